// A full disk in the middle of an import. SQLite then rolls back the whole batch transaction on
// its own; the importer must not report any of that batch as imported, must not go on committing
// file by file outside a transaction, and must never leave sentences without their search rows.
// The disk is "filled" with PRAGMA max_page_count, which makes SQLite fail with SQLITE_FULL
// exactly as a full file system does, without needing to mount one.

#include "ingest_fixture.h"

#include "ingest/importer.h"

#include <QTemporaryDir>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList writeArticles(const QString &folder, int count)
{
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        QString text = u"Envoys meet for round %1 of the talks\n\n"_s.arg(i);
        for (int p = 0; p < 12; ++p)
            text += u"GENEVA -- Delegates from both sides met on day %1 of round %2 and discussed point %3 of the "
                    u"agenda at length. They agreed to meet again and to report to their capitals.\n\n"_s
                        .arg(p)
                        .arg(i)
                        .arg(p * 7 + i);
        paths << writeBytes(folder + u"/article_%1.txt"_s.arg(i, 3, 10, QLatin1Char('0')), text.toUtf8());
    }
    return paths;
}

qint64 storedWithPath(Database &db, const QString &path)
{
    Statement st(db, "SELECT COUNT(*) FROM articles WHERE path = ?");
    st.bind(1, path);
    REQUIRE(st.step());
    return st.int64(0);
}

} // namespace

TEST_CASE("A full disk mid-import: only committed files are reported imported, index rows never go missing",
          "[ingest][bad][diskfull]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"full.sqlite"_s);
    const QStringList files = writeArticles(dir.filePath(u"in"_s), 60);
    ImportOptions options;
    options.extract = false;
    options.batchSize = 8;

    QVector<FileResult> results;
    {
        Database db(dbPath);
        const qint64 pages = scalar(db, "PRAGMA page_count");
        // Room for a few batches, not for all sixty files.
        db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 24).toUtf8().constData());
        int reported = 0;
        results = Importer(db).importPaths({dir.filePath(u"in"_s)}, options,
                                           [&](int, int, const FileResult &) { ++reported; });
        CHECK(reported == 60);
    }
    REQUIRE(results.size() == 60);
    int imported = 0, failed = 0;
    for (const FileResult &r : results) {
        imported += r.status == FileResult::Status::Imported;
        if (r.status == FileResult::Status::Failed) {
            ++failed;
            CHECK(r.message.contains(u"full"_s, Qt::CaseInsensitive));
            CHECK(r.message.contains(QFileInfo(r.path).fileName()));
        }
    }
    INFO("imported " << imported << ", failed " << failed);
    REQUIRE(imported > 0);
    REQUIRE(failed > 0);

    Database db(dbPath);
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles") == imported);
    for (const FileResult &r : results) {
        INFO(r.path.toStdString() << ": " << r.message.toStdString());
        CHECK(storedWithPath(db, QFileInfo(r.path).absoluteFilePath())
              == (r.status == FileResult::Status::Imported ? 1 : 0));
    }
    CHECK(countRows(db, "SELECT COUNT(*) FROM sentences WHERE id NOT IN (SELECT rowid FROM sentence_fts)") == 0);
    CHECK(countRows(db, "SELECT COUNT(*) FROM sentence_fts WHERE rowid NOT IN (SELECT id FROM sentences)") == 0);
    {
        Statement check(db, "PRAGMA integrity_check");
        REQUIRE(check.step());
        CHECK(check.text(0) == u"ok"_s);
    }

    // Space again: the same folder imports the rest, and what was stored is a duplicate.
    const QVector<FileResult> again = Importer(db).importPaths({dir.filePath(u"in"_s)}, options);
    int nowImported = 0, duplicates = 0;
    for (const FileResult &r : again) {
        nowImported += r.status == FileResult::Status::Imported;
        duplicates += r.status == FileResult::Status::Duplicate;
    }
    CHECK(nowImported == failed);
    CHECK(duplicates == imported);
    CHECK(countRows(db, "SELECT COUNT(*) FROM sentences WHERE id NOT IN (SELECT rowid FROM sentence_fts)") == 0);
}
