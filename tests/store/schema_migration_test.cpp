// The store's schema versioning: a fresh file gets the current schema, an older file is
// migrated in place without losing rows, and a file from a newer build is refused by name.

#include "store/database.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "sql_values.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <sqlite3.h>
#include <QTemporaryDir>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList tableNames(Database &db)
{
    QStringList names;
    Statement st(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (st.step())
        names << st.text(0);
    return names;
}


} // namespace

TEST_CASE("A new database gets the current schema, WAL and foreign keys", "[store][schema]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"sub/folder/new.sqlite"_s); // parent folders are created
    Database db(path);
    CHECK(QFile::exists(path));
    CHECK(db.userVersion() == Database::currentSchemaVersion());
    CHECK(Database::currentSchemaVersion() >= 2);
    CHECK(scalarText(db, "PRAGMA journal_mode") == u"wal"_s);
    CHECK(scalar(db, "PRAGMA foreign_keys") == 1);
    const QStringList tables = tableNames(db);
    for (const QString &t : {u"articles"_s, u"paragraphs"_s, u"sentences"_s, u"removed_blocks"_s,
                             u"sentence_fts"_s, u"events"_s, u"quotes"_s, u"timexes"_s, u"mentions"_s,
                             u"event_links"_s, u"notes"_s}) {
        INFO(t.toStdString());
        CHECK(tables.contains(t));
    }
}

TEST_CASE("Migration steps are numbered 1..N without gaps", "[store][schema]")
{
    int count = 0;
    const Migration *all = migrations(&count);
    REQUIRE(count >= 1);
    for (int i = 0; i < count; ++i)
        CHECK(all[i].version == i + 1);
    CHECK(all[count - 1].version == Database::currentSchemaVersion());
}

namespace {

// Database's constructor always migrates to the current version, so an older file is built
// with a bare connection running only the first `version` steps of the real migration list.
void writeOldSchemaFile(const QString &path, int version, const char *extraSql = nullptr)
{
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    int count = 0;
    const Migration *all = migrations(&count);
    for (int i = 0; i < count && all[i].version <= version; ++i)
        REQUIRE(sqlite3_exec(raw, all[i].sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(version);
    REQUIRE(sqlite3_exec(raw, pragma.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    if (extraSql) {
        char *error = nullptr;
        const int rc = sqlite3_exec(raw, extraSql, nullptr, nullptr, &error);
        INFO((error ? error : ""));
        sqlite3_free(error);
        REQUIRE(rc == SQLITE_OK);
    }
    sqlite3_close(raw);
}

const char kOneV1Article[] =
    "INSERT INTO articles (source, sha256, raw, encoding, format, clean_text, offset_map, title, imported_at) "
    "VALUES ('old.txt', 'abc', x'4869', 'utf-8', 'txt', 'Hi.', x'', 'Old', '2008-01-01T00:00:00Z');"
    "INSERT INTO paragraphs (article_id, ord, kind, start, end) VALUES (1, 0, 'body', 0, 3);"
    "INSERT INTO sentences (article_id, paragraph_id, ord, start, end) VALUES (1, 1, 0, 0, 3);"
    "INSERT INTO sentence_fts (rowid, text) VALUES (1, 'Hi.');";

} // namespace

TEST_CASE("A version-1 file is migrated on open and keeps its rows", "[store][schema][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    writeOldSchemaFile(path, 1, kOneV1Article);
    {
        Database db(path, Database::Mode::ReadOnly); // read-only never migrates an older file
        CHECK(db.userVersion() == 1);
        CHECK_FALSE(tableNames(db).contains(u"quotes"_s));
    }
    Database db(path);
    CHECK(db.userVersion() == Database::currentSchemaVersion());
    const QStringList tables = tableNames(db);
    CHECK(tables.contains(u"quotes"_s));
    CHECK(tables.contains(u"events"_s));
    CHECK(scalar(db, "SELECT COUNT(*) FROM articles") == 1);
    CHECK(scalarText(db, "SELECT title FROM articles WHERE id = 1") == u"Old"_s);
    CHECK(scalar(db, "SELECT COUNT(*) FROM sentence_fts WHERE sentence_fts MATCH 'hi'") == 1);
    // The migrated file is usable by the new schema: a quote row referencing the old article.
    db.exec("INSERT INTO quotes (article_id, start, end, text, rule, confidence) VALUES (1, 0, 3, 'Hi.', 't', 1)");
    CHECK(scalar(db, "SELECT COUNT(*) FROM quotes") == 1);
    CHECK(scalarText(db, "PRAGMA integrity_check") == u"ok"_s);
}

TEST_CASE("Version 3 indexes topic mentions only, and topic look-ups use it", "[store][schema][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.sqlite"_s);
    writeOldSchemaFile(path, 2, kOneV1Article);
    {
        Database db(path, Database::Mode::ReadOnly);
        REQUIRE(db.userVersion() == 2);
    }
    Database db(path);
    CHECK(db.userVersion() >= 3);
    CHECK(scalar(db, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'mentions_key'") == 0);
    CHECK(scalar(db, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'mentions_topic'") == 1);
    db.exec("INSERT INTO mentions (article_id, sentence_id, kind, key, start, end, text) VALUES "
            "(1, 1, 'topic', 'nato', 0, 2, 'Hi'), (1, 1, 'person', 'George W. Bush', 0, 2, 'Hi')");
    CHECK(scalar(db, "SELECT COUNT(*) FROM mentions WHERE kind = 'topic' AND key = 'nato'") == 1);
    // The queries of the library and the briefing filter on kind = 'topic', which the partial
    // index covers; a plan without it would scan every person and place mention.
    Statement plan(db, "EXPLAIN QUERY PLAN SELECT article_id FROM mentions WHERE kind = 'topic' AND key = ?");
    QString details;
    while (plan.step())
        details += plan.text(3) + u'\n';
    INFO(details.toStdString());
    CHECK(details.contains(u"mentions_topic"_s));
    CHECK(scalarText(db, "PRAGMA integrity_check") == u"ok"_s);
}

TEST_CASE("Version 7 adds the user's layer to a version-6 file without touching its rows", "[store][schema][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v6.sqlite"_s);
    writeOldSchemaFile(path, 6, kOneV1Article);
    {
        // A v6 file with a catalog event and a quote on it, as an older build wrote them.
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw, "INSERT INTO events (slug, title, kind, start, end, origin) VALUES "
                                  "('sochi', 'Sochi summit', 'summit', '2008-04-05', '2008-04-06', 'catalog');"
                                  "INSERT INTO quotes (article_id, start, end, text, speaker, rule, confidence, event_id) "
                                  "VALUES (1, 0, 3, 'Hi.', 'Putin', 't', 1, 1);",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    Database db(path);
    CHECK(db.userVersion() >= 7);
    const QStringList tables = tableNames(db);
    for (const QString &t : {u"annotations"_s, u"speaker_corrections"_s, u"event_user_links"_s}) {
        INFO(t.toStdString());
        CHECK(tables.contains(t));
    }
    CHECK(scalar(db, "SELECT COUNT(*) FROM events WHERE edited_at IS NULL AND deleted = 0") == 1);
    CHECK(scalarText(db, "SELECT speaker FROM quotes") == u"Putin"_s);
    CHECK(scalar(db, "SELECT speaker_by_user + event_by_user FROM quotes") == 0);
    CHECK(scalar(db, "SELECT event_id FROM quotes") == 1);
    CHECK(scalar(db, "SELECT COUNT(*) FROM pragma_foreign_key_check") == 0);
    CHECK(scalarText(db, "PRAGMA integrity_check") == u"ok"_s);
}

TEST_CASE("migrateTo stops at the asked version and is idempotent", "[store][schema][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v0.sqlite"_s);
    writeOldSchemaFile(path, 0);
    Database db(path); // full migration from zero
    CHECK(db.userVersion() == Database::currentSchemaVersion());
    const QStringList before = tableNames(db);
    migrateTo(db, 1); // asking for an older version never goes backwards or re-runs a step
    migrate(db);
    CHECK(db.userVersion() == Database::currentSchemaVersion());
    CHECK(tableNames(db) == before);
}

TEST_CASE("A failing migration step leaves the file at the previous version", "[store][schema][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clash.sqlite"_s);
    // A v1 file that already has a table called `notes`: step 2 creates `events`, `quotes` and
    // others before it reaches CREATE TABLE notes and fails part-way.
    writeOldSchemaFile(path, 1, "CREATE TABLE notes (x INTEGER);");
    try {
        Database db(path);
        FAIL("opening should have failed on the clashing table");
    } catch (const StoreError &e) {
        const QString message = e.message();
        INFO(message.toStdString());
        CHECK(message.contains(path));
    }
    Database ro(path, Database::Mode::ReadOnly);
    CHECK(ro.userVersion() == 1);
    // Step 2 creates `events` before `notes`: all of it must have been rolled back.
    const QStringList tables = tableNames(ro);
    CHECK_FALSE(tables.contains(u"events"_s));
    CHECK_FALSE(tables.contains(u"quotes"_s));
    CHECK(tables.contains(u"articles"_s));
}

TEST_CASE("A database from a newer Summitline is refused with a clear message", "[store][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    writeOldSchemaFile(path, 99);
    const auto fileBytes = [&path] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = fileBytes();
    REQUIRE(before.size() > 100);
    for (const auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        try {
            Database db(path, mode);
            FAIL("a version-99 file was opened");
        } catch (const StoreError &e) {
            const QString message = e.message();
            INFO(message.toStdString());
            CHECK(message.contains(path));
            CHECK(message.contains(u"newer"_s));
            CHECK(message.contains(u"99"_s));
        }
    }
    // Refusing must not touch the file: not even the switch to WAL (header bytes 18-19), which
    // once ran before the version check.
    CHECK(fileBytes() == before);
    CHECK_FALSE(QFile::exists(path + u"-wal"_s));
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == 99);
    sqlite3_finalize(st);
    sqlite3_close(raw);
}

TEST_CASE("A file that is not a database gives an error naming it", "[store][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.sqlite"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    try {
        Database db(path);
        FAIL("a text file was opened as a database");
    } catch (const StoreError &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(path));
    }
}

TEST_CASE("Opening a missing file read-only fails instead of creating it", "[store][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.sqlite"_s);
    CHECK_THROWS_AS(Database(path, Database::Mode::ReadOnly), StoreError);
    CHECK_FALSE(QFile::exists(path));
}
