// Deleting and merging articles, and their undo: every row comes back exactly, the search
// index included, and reads never see a deleted article.
#include "ingest/bundled_corpus.h"
#include "library/article_edits.h"
#include "library/library.h"
#include "store/database.h"
#include "store/library_copy.h"
#include "store/statement.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::library;

namespace {

// A digest of every row of every table (rowids included) and of the search index.
QByteArray fingerprint(Database &db)
{
    QStringList tables;
    Statement names(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sentence_fts%' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (names.step())
        tables << names.text(0);
    tables << QStringLiteral("sentence_fts");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &t : std::as_const(tables)) {
        const QByteArray sql = "SELECT rowid, * FROM \"" + t.toUtf8() + "\" ORDER BY rowid";
        Statement st(db, sql.constData());
        hash.addData(t.toUtf8());
        while (st.step())
            for (int c = 0; c < st.columnCount(); ++c) {
                const QVariant v = st.value(c);
                hash.addData(QByteArray::number(v.typeId()));
                hash.addData(v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8());
                hash.addData("|");
            }
    }
    return hash.result();
}

qint64 count(Database &db, const char *sql, qint64 id)
{
    Statement st(db, sql);
    st.bind(1, id);
    REQUIRE(st.step());
    return st.int64(0);
}

qint64 scalarId(Database &db, const char *sql)
{
    Statement st(db, sql);
    REQUIRE(st.step());
    return st.int64(0);
}

// Every row that belongs to one article (by article_id), with its id, and its search rows.
QByteArray articleFingerprint(Database &db, qint64 articleId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT * FROM articles WHERE id = ?", "SELECT * FROM paragraphs WHERE article_id = ? ORDER BY id",
                            "SELECT * FROM sentences WHERE article_id = ? ORDER BY id",
                            "SELECT * FROM quotes WHERE article_id = ? ORDER BY id",
                            "SELECT * FROM timexes WHERE article_id = ? ORDER BY id",
                            "SELECT * FROM mentions WHERE article_id = ? ORDER BY id",
                            "SELECT * FROM event_links WHERE article_id = ? ORDER BY id",
                            "SELECT rowid, * FROM event_reports WHERE article_id = ? ORDER BY rowid",
                            "SELECT f.rowid, f.text FROM sentence_fts f JOIN sentences s ON s.id = f.rowid "
                            "WHERE s.article_id = ? ORDER BY f.rowid"}) {
        Statement st(db, sql);
        st.bind(1, articleId);
        while (st.step())
            for (int c = 0; c < st.columnCount(); ++c)
                hash.addData(st.value(c).toString().toUtf8() + '|');
    }
    return hash.result();
}

// The bundled articles, imported the real way: sentences, search rows, quotes, timexes,
// mentions, event links and reports, signatures.
struct Imported
{
    Imported() : path(dir.filePath(QStringLiteral("lib.sqlite"))), db(path) { initialiseDatabase(db); }
    QTemporaryDir dir;
    QString path;
    Database db;
    // The article with the most quotes: the one whose deletion touches the most tables.
    qint64 richest()
    {
        Statement st(db, "SELECT article_id FROM quotes GROUP BY article_id ORDER BY COUNT(*) DESC, article_id LIMIT 1");
        REQUIRE(st.step());
        return st.int64(0);
    }
};

} // namespace

TEST_CASE("Deleting an article removes every row of it and undo puts all back exactly", "[library][edits]")
{
    Imported lib;
    const qint64 id = lib.richest();
    Library library(lib.db);
    const QByteArray before = fingerprint(lib.db);
    const int articlesBefore = library.counts().articles;
    REQUIRE(count(lib.db, "SELECT COUNT(*) FROM sentences WHERE article_id = ?", id) > 0);
    REQUIRE(count(lib.db, "SELECT COUNT(*) FROM quotes WHERE article_id = ?", id) > 0);
    // A word of the article's first sentence finds it before the delete.
    Statement first(lib.db, "SELECT substr(a.clean_text, s.start + 1, s.end - s.start) FROM sentences s "
                            "JOIN articles a ON a.id = s.article_id WHERE s.article_id = ? ORDER BY s.ord LIMIT 1");
    first.bind(1, id);
    REQUIRE(first.step());
    const QString sentence = first.text(0);
    first.reset();
    auto hitsIn = [&](qint64 article) {
        int n = 0;
        for (const SearchHit &h : library.search(sentence, {}, 1000).hits)
            n += h.articleId == article ? 1 : 0;
        return n;
    };
    REQUIRE(hitsIn(id) > 0);

    const QVector<ArticleSnapshot> snapshot = deleteArticles(lib.db, {id});
    REQUIRE(snapshot.size() == 1);
    CHECK(snapshot.first().rowCount() > 10);
    CHECK(library.counts().articles == articlesBefore - 1);
    CHECK_FALSE(library.article(id).has_value());
    for (const char *sql : {"SELECT COUNT(*) FROM sentences WHERE article_id = ?", "SELECT COUNT(*) FROM paragraphs WHERE article_id = ?",
                            "SELECT COUNT(*) FROM quotes WHERE article_id = ?", "SELECT COUNT(*) FROM timexes WHERE article_id = ?",
                            "SELECT COUNT(*) FROM mentions WHERE article_id = ?", "SELECT COUNT(*) FROM event_links WHERE article_id = ?",
                            "SELECT COUNT(*) FROM event_reports WHERE article_id = ?",
                            "SELECT COUNT(*) FROM article_signatures WHERE article_id = ?"}) {
        INFO(sql);
        CHECK(count(lib.db, sql, id) == 0);
    }
    CHECK(hitsIn(id) == 0);
    for (const ArticleSummary &a : library.articleSummaries())
        CHECK(a.id != id);
    CHECK(fingerprint(lib.db) != before);

    restoreArticles(lib.db, snapshot);
    CHECK(fingerprint(lib.db) == before);
    CHECK(hitsIn(id) > 0);
    CHECK(library.counts().articles == articlesBefore);
    // And again: redo after undo is the same delete.
    deleteArticles(lib.db, {id});
    CHECK_FALSE(library.article(id).has_value());
}

TEST_CASE("A table added later is covered: its rows go with the article and come back", "[library][edits]")
{
    Imported lib;
    const qint64 id = lib.richest();
    // As a later feature might add it: a star on a quote, its key naming no column.
    lib.db.exec("CREATE TABLE stars (id INTEGER PRIMARY KEY, quote_id INTEGER NOT NULL REFERENCES quotes "
                "ON DELETE CASCADE, note TEXT)");
    Statement(lib.db, "INSERT INTO stars (quote_id, note) SELECT id, 'keep' FROM quotes WHERE article_id = ?").bind(1, id).run();
    const qint64 stars = count(lib.db, "SELECT COUNT(*) + 0 * ? FROM stars", 0);
    REQUIRE(stars > 0);
    const QByteArray before = fingerprint(lib.db);
    const auto snapshot = deleteArticles(lib.db, {id});
    CHECK(count(lib.db, "SELECT COUNT(*) + 0 * ? FROM stars", 0) == 0);
    restoreArticles(lib.db, snapshot);
    CHECK(count(lib.db, "SELECT COUNT(*) + 0 * ? FROM stars", 0) == stars);
    CHECK(fingerprint(lib.db) == before);
}

TEST_CASE("Deleting several articles at once comes back in one piece", "[library][edits]")
{
    Imported lib;
    QVector<qint64> all;
    for (const ArticleSummary &a : Library(lib.db).articleSummaries())
        all << a.id;
    REQUIRE(all.size() >= 3);
    const QByteArray before = fingerprint(lib.db);
    const auto snapshots = deleteArticles(lib.db, all);
    CHECK(Library(lib.db).counts().articles == 0);
    CHECK(count(lib.db, "SELECT COUNT(*) + ? FROM sentence_fts", 0) == 0);
    restoreArticles(lib.db, snapshots);
    CHECK(fingerprint(lib.db) == before);
}

TEST_CASE("A missing article is refused and nothing changes", "[library][edits]")
{
    Imported lib;
    const QByteArray before = fingerprint(lib.db);
    const qint64 id = lib.richest();
    CHECK_THROWS_AS(deleteArticles(lib.db, {id, 999999}), StoreError);
    CHECK(fingerprint(lib.db) == before); // the first delete rolled back with the failed one
    CHECK_THROWS_AS(mergeArticles(lib.db, id, id, storedMetadata(lib.db, id)), StoreError);
    CHECK_THROWS_AS(storedMetadata(lib.db, 999999), StoreError);
}

TEST_CASE("Merging keeps the primary with the chosen metadata and undo restores both", "[library][edits]")
{
    Imported lib;
    const auto list = Library(lib.db).articleSummaries();
    REQUIRE(list.size() >= 2);
    const qint64 primary = list.at(0).id;
    const qint64 duplicate = list.at(1).id;
    const StoredMetadata primaryBefore = storedMetadata(lib.db, primary);
    const StoredMetadata dup = storedMetadata(lib.db, duplicate);
    REQUIRE(dup.published != primaryBefore.published);

    SECTION("metadata unchanged: the merge and its undo are exact")
    {
        const QByteArray before = fingerprint(lib.db);
        const MergeRecord merge = mergeArticles(lib.db, primary, duplicate, primaryBefore);
        CHECK_FALSE(Library(lib.db).article(duplicate).has_value());
        CHECK(mergedInto(lib.db, list.at(1).sha256) == primary);
        unmergeArticles(lib.db, merge);
        CHECK(fingerprint(lib.db) == before);
        CHECK(mergedInto(lib.db, list.at(1).sha256) == 0);
    }
    SECTION("the duplicate's date, with its source, goes to the primary and comes back")
    {
        StoredMetadata combined = primaryBefore;
        combined.published = dup.published;
        combined.publishedSource = dup.publishedSource;
        const MergeRecord merge = mergeArticles(lib.db, primary, duplicate, combined);
        CHECK(storedMetadata(lib.db, primary) == combined);
        CHECK(Library(lib.db).article(primary)->published.toString(Qt::ISODate) == dup.published);
        unmergeArticles(lib.db, merge);
        CHECK(storedMetadata(lib.db, primary) == primaryBefore);
        CHECK(storedMetadata(lib.db, duplicate) == dup);
        CHECK(count(lib.db, "SELECT COUNT(*) FROM sentences WHERE article_id = ?", duplicate) > 0);
    }
}

TEST_CASE("Importing a merged duplicate again is a duplicate of the article it was merged into", "[library][edits]")
{
    Imported lib;
    const auto list = Library(lib.db).articleSummaries();
    const qint64 primary = list.at(0).id;
    const ArticleSummary duplicate = list.at(1);
    const MergeRecord merge = mergeArticles(lib.db, primary, duplicate.id, storedMetadata(lib.db, primary));
    // The duplicate's bytes, written back to a file and imported.
    QTemporaryDir dir;
    const QString file = dir.filePath(duplicate.source);
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    for (const ArticleSnapshot::Rows &rows : merge.duplicate.tables)
        if (rows.table == QLatin1String("articles"))
            out.write(rows.inserted.first().at(rows.columns.indexOf(QStringLiteral("raw"))).toByteArray());
    REQUIRE(out.size() > 0);
    out.close();
    const QVector<FileResult> results = Importer(lib.db).importPaths({file});
    REQUIRE(results.size() == 1);
    CHECK(results.first().status == FileResult::Status::Duplicate);
    CHECK(results.first().articleId == primary);
    CHECK(Library(lib.db).counts().articles == list.size() - 1);
}

TEST_CASE("A metadata edit and its undo restore the date source and re-extract in one step", "[library][edits]")
{
    Imported lib;
    const qint64 id = lib.richest();
    const StoredMetadata before = storedMetadata(lib.db, id);
    REQUIRE(!before.publishedSource.isEmpty());
    const StoredMetadata after = userMetadata(before, before.title, before.outlet, QStringLiteral("2008-12-01"));
    CHECK(after.publishedSource == QStringLiteral("user"));
    // Mark the article's extraction rows: the edit must rewrite them in the same call.
    Statement(lib.db, "UPDATE timexes SET rule = 'stale' WHERE article_id = ?").bind(1, id).run();
    REQUIRE(count(lib.db, "SELECT COUNT(*) FROM timexes WHERE article_id = ? AND rule = 'stale'", id) > 0);
    writeMetadata(lib.db, id, after);
    CHECK(storedMetadata(lib.db, id) == after);
    CHECK(count(lib.db, "SELECT COUNT(*) FROM timexes WHERE article_id = ? AND rule = 'stale'", id) == 0);
    CHECK(count(lib.db, "SELECT COUNT(*) FROM timexes WHERE article_id = ?", id) > 0);
    writeMetadata(lib.db, id, before);
    CHECK(storedMetadata(lib.db, id) == before); // the found date's source, not "user"
    // A failed write changes nothing.
    CHECK_THROWS_AS(writeMetadata(lib.db, 999999, after), StoreError);
}

TEST_CASE("Save a Copy writes a whole, openable library", "[library][edits]")
{
    Imported lib;
    const QString copy = lib.dir.filePath(QStringLiteral("copy.sqlite"));
    copyDatabase(lib.db, copy);
    Database other(copy);
    CHECK(Library(other).counts().articles == Library(lib.db).counts().articles);
    CHECK_THROWS_AS(copyDatabase(lib.db, lib.path), StoreError); // never over the open file
    copyDatabase(lib.db, copy);                                    // replaces an older copy
    CHECK(notALibraryReason(copy).isEmpty());
    CHECK(notALibraryReason(lib.dir.filePath(QStringLiteral("missing.sqlite"))).isEmpty());
}

TEST_CASE("Files that are not libraries are named as such before anything writes to them", "[library][edits]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Shopping list: bread, milk, and a fresh SQLite header this is not.\n");
    f.close();
    CHECK(notALibraryReason(text).contains(QStringLiteral("not an SQLite database")));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        Database db(other);   // becomes a library: it has a version
        db.exec("PRAGMA user_version = 0; CREATE TABLE contacts (name TEXT);");
    }
    CHECK(notALibraryReason(other).contains(QStringLiteral("another program")));
}

TEST_CASE("Undo of a delete survives rows that took the deleted ids meanwhile", "[library][edits]")
{
    Imported lib;
    // The last imported article holds the highest ids: a re-extraction after its delete reuses them.
    const qint64 last = scalarId(lib.db, "SELECT MAX(id) FROM articles");
    const qint64 other = scalarId(lib.db, "SELECT MIN(id) FROM articles");
    const qint64 otherQuotes = count(lib.db, "SELECT COUNT(*) FROM timexes WHERE article_id = ?", other);
    const QByteArray lastRows = articleFingerprint(lib.db, last);
    const auto snapshot = deleteArticles(lib.db, {last});
    const StoredMetadata m = storedMetadata(lib.db, other);
    writeMetadata(lib.db, other, userMetadata(m, m.title + QStringLiteral(" (edited)"), m.outlet, m.published));
    REQUIRE(count(lib.db, "SELECT COUNT(*) FROM timexes WHERE id > (SELECT MAX(id) - 1 FROM timexes) AND article_id = ?",
                  other) == 1); // the edit's rows sit at the top, where the deleted ones were
    restoreArticles(lib.db, snapshot);
    CHECK(articleFingerprint(lib.db, last) == lastRows); // same ids, same values
    CHECK(count(lib.db, "SELECT COUNT(*) FROM timexes WHERE article_id = ?", other) == otherQuotes);
    CHECK(count(lib.db, "SELECT COUNT(*) FROM sentences s WHERE s.article_id = ? AND NOT EXISTS "
                        "(SELECT 1 FROM sentence_fts f WHERE f.rowid = s.id)", other) == 0);
    CHECK(count(lib.db, "SELECT COUNT(*) + ? FROM pragma_foreign_key_check", 0) == 0);
}

// Hidden: times delete and undo on a copy of a big library, e.g.
//   SUMMITLINE_BENCH_DB=/tmp/lib.sqlite test_store "[.bench][edits]"
TEST_CASE("Delete and undo timing on a big library", "[.bench][edits]")
{
    const QString source = qEnvironmentVariable("SUMMITLINE_BENCH_DB");
    if (source.isEmpty()) {
        WARN("set SUMMITLINE_BENCH_DB to a library file");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        Database original(source, Database::Mode::ReadOnly);
        copyDatabase(original, path);
    }
    Database db(path);
    const qint64 id = scalarId(db, "SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM articles)");
    QElapsedTimer t;
    t.start();
    const auto snapshot = deleteArticles(db, {id});
    const qint64 deleteMs = t.restart();
    restoreArticles(db, snapshot);
    const qint64 restoreMs = t.elapsed();
    WARN("articles " << Library(db).counts().articles << ", rows " << snapshot.first().rowCount() << ": delete "
                     << deleteMs << " ms, undo " << restoreMs << " ms");
    CHECK(Library(db).article(id).has_value());
}
