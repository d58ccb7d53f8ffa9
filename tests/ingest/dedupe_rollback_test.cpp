// Dedupe (same bytes never stored twice) and rollback (a file that fails half-way through being
// written leaves nothing behind, and the rest of its batch is kept).

#include "ingest/importer.h"
#include "ingest_fixture.h"

#include <QTemporaryDir>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QMap<QString, FileResult::Status> statusByName(const QVector<FileResult> &results)
{
    QMap<QString, FileResult::Status> out;
    for (const FileResult &r : results)
        out.insert(QFileInfo(r.path).fileName(), r.status);
    return out;
}

/// Articles missing any of: a paragraph, a sentence, or an FTS row per sentence.
qint64 halfStoredArticles(Database &db)
{
    return countRows(db, "SELECT COUNT(*) FROM articles a WHERE "
                         "NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = a.id) OR "
                         "NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id) OR "
                         "EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id AND "
                         "        NOT EXISTS (SELECT 1 FROM sentence_fts f WHERE f.rowid = s.id))");
}

} // namespace

TEST_CASE("Importing the same file twice stores it once", "[ingest][dedupe]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"dedupe.sqlite"_s));
    Importer importer(db);
    const QString seed = seedPath(u"002"_s);
    const QVector<FileResult> first = importer.importPaths({seed});
    REQUIRE(first.size() == 1);
    REQUIRE(first[0].status == FileResult::Status::Imported);
    const QByteArray before = tableFingerprint(db);

    const QVector<FileResult> second = importer.importPaths({seed});
    REQUIRE(second.size() == 1);
    CHECK(second[0].status == FileResult::Status::Duplicate);
    CHECK(second[0].articleId == first[0].articleId);
    CHECK(second[0].message.contains(QString::number(first[0].articleId)));
    CHECK(tableFingerprint(db) == before);
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles") == 1);
}

TEST_CASE("Dedupe is by content: a renamed copy and a repeat in one call are duplicates", "[ingest][dedupe]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"dedupe2.sqlite"_s));
    const QString seed = seedPath(u"000"_s);
    const QString copy = writeBytes(dir.filePath(u"in/renamed copy.txt"_s), readBytes(seed));
    const QString changed = writeBytes(dir.filePath(u"in/changed.txt"_s), readBytes(seed) + "\n");
    ImportOptions o;
    o.extract = false;
    const QVector<FileResult> results = Importer(db).importPaths({seed, copy, seed, changed}, o);
    REQUIRE(results.size() == 4);
    CHECK(results[0].status == FileResult::Status::Imported);
    CHECK(results[1].status == FileResult::Status::Duplicate);
    CHECK(results[2].status == FileResult::Status::Duplicate);
    CHECK(results[3].status == FileResult::Status::Imported); // one byte more is another file
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles") == 2);
}

namespace {

// Injects a store failure after an article row and its paragraphs are written, when its
// sentences go in: exactly the "half an article" state a savepoint must undo.
void failWhenStoring(Database &db, const char *sourcePrefix)
{
    // DDL takes no parameters; the prefix is a literal of this test, never input.
    const QByteArray sql = QByteArray("CREATE TRIGGER fail_half BEFORE INSERT ON sentences "
                                      "WHEN (SELECT source FROM articles WHERE id = NEW.article_id) LIKE '")
                           + sourcePrefix + "%' BEGIN SELECT RAISE(ABORT, 'injected failure while storing sentences'); END";
    db.exec(sql.constData());
}

} // namespace

TEST_CASE("A file that fails half-way through being stored leaves nothing behind", "[ingest][rollback]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"rollback.sqlite"_s));
    failWhenStoring(db, "002");
    const QVector<FileResult> results = Importer(db).importPaths(seedFiles()); // one batch, with extraction
    REQUIRE(results.size() == 5);
    for (const FileResult &r : results) {
        INFO(r.path.toStdString() << ": " << r.message.toStdString());
        if (QFileInfo(r.path).fileName().startsWith(u"002"_s)) {
            CHECK(r.status == FileResult::Status::Failed);
            CHECK(r.message.contains(QFileInfo(r.path).fileName()));
            CHECK(r.message.contains(u"injected failure"_s));
        }
    }
    // The files before it in the same batch transaction are kept.
    CHECK(statusByName(results).value(u"000_6cac3eef17d2f720.txt"_s) == FileResult::Status::Imported);
    CHECK(statusByName(results).value(u"001_01acb846c52d416f.txt"_s) == FileResult::Status::Imported);
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles WHERE source LIKE '002%'") == 0);
    // Nothing of the failed article survives: no orphan paragraphs, removed blocks or extraction rows.
    for (const char *sql : {"SELECT COUNT(*) FROM paragraphs WHERE article_id NOT IN (SELECT id FROM articles)",
                            "SELECT COUNT(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)",
                            "SELECT COUNT(*) FROM removed_blocks WHERE article_id NOT IN (SELECT id FROM articles)",
                            "SELECT COUNT(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)",
                            "SELECT COUNT(*) FROM timexes WHERE article_id NOT IN (SELECT id FROM articles)",
                            "SELECT COUNT(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)",
                            "SELECT COUNT(*) FROM sentence_fts WHERE rowid NOT IN (SELECT id FROM sentences)"}) {
        INFO(sql);
        CHECK(countRows(db, sql) == 0);
    }
    CHECK(halfStoredArticles(db) == 0);
    CHECK(countRows(db, "SELECT COUNT(*) FROM sentences") == countRows(db, "SELECT COUNT(*) FROM sentence_fts"));

    // With the fault gone, importing again completes the set and skips what is stored.
    db.exec("DROP TRIGGER fail_half");
    const qint64 stored = countRows(db, "SELECT COUNT(*) FROM articles");
    const auto again = statusByName(Importer(db).importPaths(seedFiles()));
    int imported = 0, duplicate = 0;
    for (auto s : again) {
        imported += s == FileResult::Status::Imported;
        duplicate += s == FileResult::Status::Duplicate;
    }
    CHECK(duplicate == stored);
    CHECK(imported == 5 - stored);
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles") == 5);
    CHECK(halfStoredArticles(db) == 0);
}

TEST_CASE("A file that fails after its sentences were queued for the index leaves no index rows",
          "[ingest][rollback]")
{
    // Removed blocks are written after the sentences, whose search rows wait for the batch's
    // commit: the failed file's queued rows must go with it, or the next file (which reuses
    // the rolled-back sentence ids) would collide with them in the index.
    QTemporaryDir dir;
    Database db(dir.filePath(u"late.sqlite"_s));
    db.exec("CREATE TRIGGER fail_late BEFORE INSERT ON removed_blocks "
            "WHEN (SELECT source FROM articles WHERE id = NEW.article_id) LIKE '002%' "
            "BEGIN SELECT RAISE(ABORT, 'injected failure after the sentences'); END");
    REQUIRE(countRows(db, "SELECT COUNT(*) FROM articles") == 0);
    const QVector<FileResult> results = Importer(db).importPaths(seedFiles());
    REQUIRE(results.size() == 5);
    int failed = 0;
    for (const FileResult &r : results) {
        INFO(r.path.toStdString() << ": " << r.message.toStdString());
        const bool is002 = QFileInfo(r.path).fileName().startsWith(u"002"_s);
        CHECK(r.status == (is002 ? FileResult::Status::Failed : FileResult::Status::Imported));
        failed += r.status == FileResult::Status::Failed;
    }
    REQUIRE(failed == 1); // the trigger did fire: 002 has removed blocks
    CHECK(countRows(db, "SELECT COUNT(*) FROM sentence_fts WHERE rowid NOT IN (SELECT id FROM sentences)") == 0);
    CHECK(countRows(db, "SELECT COUNT(*) FROM sentences") == countRows(db, "SELECT COUNT(*) FROM sentence_fts"));
    CHECK(halfStoredArticles(db) == 0);
    // The index answers with the right sentences: every hit's text is its sentence's text.
    CHECK(countRows(db, "SELECT COUNT(*) FROM sentence_fts f JOIN sentences s ON s.id = f.rowid "
                        "JOIN articles a ON a.id = s.article_id "
                        "WHERE f.text <> substr(a.clean_text, s.start + 1, s.end - s.start)") == 0);
}

TEST_CASE("Files after a failed one in the same import still import", "[ingest][rollback]")
{
    // Known failure, reported: when storing one file throws, the writer's cached statement is
    // left un-reset (Statement::run() skips reset() when step() throws), and every later file of
    // the same import fails with "cannot bind: bad parameter or other API misuse".
    QTemporaryDir dir;
    Database db(dir.filePath(u"cascade.sqlite"_s));
    failWhenStoring(db, "002");
    const QVector<FileResult> results = Importer(db).importPaths(seedFiles());
    REQUIRE(results.size() == 5);
    for (const FileResult &r : results) {
        if (QFileInfo(r.path).fileName().startsWith(u"002"_s))
            continue;
        INFO(r.path.toStdString() << ": " << r.message.toStdString());
        CHECK(r.status == FileResult::Status::Imported);
    }
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles") == 4);
}

TEST_CASE("A cancelled import keeps whole articles only", "[ingest][rollback]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"cancel.sqlite"_s));
    std::atomic_bool cancel = false;
    ImportOptions o;
    o.extract = false;
    o.batchSize = 1; // files are reported once their batch is committed: one file, one report
    const QVector<FileResult> results = Importer(db).importPaths(
        seedFiles(), o, [&](int done, int, const FileResult &) { cancel = done >= 3; }, &cancel);
    CHECK(results.size() == 3);
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles") == 3);
    CHECK(halfStoredArticles(db) == 0);
}
