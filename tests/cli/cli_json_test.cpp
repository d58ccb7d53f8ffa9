// The CLI's JSON contract (articles, search, stats), its exit codes for partial imports, the
// idempotence of init, robustness against FTS5 syntax in queries, and refusal of newer files.

#include "../ingest/ingest_fixture.h"
#include "cli_fixture.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A temporary home with a database initialised by `summitline-cli init`.
struct InitialisedCli
{
    QTemporaryDir home;
    QString db;

    InitialisedCli()
    {
        REQUIRE(home.isValid());
        db = home.filePath(u"cli.sqlite"_s);
        const CliRun run = runCli(home.path(), {u"--db"_s, db, u"init"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.exitedNormally());
        REQUIRE(run.code == 0);
        REQUIRE(run.out.contains(u"bundled articles imported: 5"_s));
    }
    CliRun run(const QStringList &args) const { return runCli(home.path(), QStringList{u"--db"_s, db} + args); }
};

bool isNullOrString(const QJsonValue &v)
{
    return v.isNull() || v.isString();
}

} // namespace

TEST_CASE("articles --json gives every field with the right type", "[cli][json]")
{
    InitialisedCli cli;
    // One article without any date or outlet, to see the nulls.
    const CliRun imp = cli.run({u"import"_s, dataDir() + u"/ingest/plain_article.txt"_s});
    REQUIRE(imp.code == 0);
    const CliRun run = cli.run({u"articles"_s, u"--json"_s});
    REQUIRE(run.exitedNormally());
    REQUIRE(run.code == 0);
    const QJsonArray rows = jsonArray(run);
    REQUIRE(rows.size() == 6);
    static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression hex64(u"^[0-9a-f]{64}$"_s);
    Database db(cli.db, Database::Mode::ReadOnly);
    QSet<qint64> ids;
    for (const auto &v : rows) {
        const QJsonObject o = v.toObject();
        INFO(QJsonDocument(o).toJson().toStdString());
        for (const char *key : {"id", "source", "title", "outlet", "published", "dateline", "url", "sha256",
                                "paragraphs", "sentences"})
            CHECK(o.contains(QLatin1String(key)));
        CHECK(o.value(u"id"_s).isDouble());
        CHECK(o.value(u"source"_s).isString());
        CHECK(o.value(u"title"_s).isString());
        CHECK(isNullOrString(o.value(u"outlet"_s)));
        CHECK(isNullOrString(o.value(u"dateline"_s)));
        CHECK(isNullOrString(o.value(u"url"_s)));
        const QJsonValue published = o.value(u"published"_s);
        CHECK((published.isNull() || isoDate.match(published.toString()).hasMatch()));
        CHECK(hex64.match(o.value(u"sha256"_s).toString()).hasMatch());
        CHECK(o.value(u"paragraphs"_s).isDouble());
        CHECK(o.value(u"sentences"_s).isDouble());
        const qint64 id = o.value(u"id"_s).toInteger();
        ids.insert(id);

        // The numbers are the database's own.
        Statement st(db, "SELECT source, sha256, (SELECT COUNT(*) FROM paragraphs WHERE article_id = a.id), "
                         "(SELECT COUNT(*) FROM sentences WHERE article_id = a.id) FROM articles a WHERE id = ?");
        st.bind(1, id);
        REQUIRE(st.step());
        CHECK(o.value(u"source"_s).toString() == st.text(0));
        CHECK(o.value(u"sha256"_s).toString() == st.text(1));
        CHECK(o.value(u"paragraphs"_s).toInteger() == st.int64(2));
        CHECK(o.value(u"sentences"_s).toInteger() == st.int64(3));
        CHECK(st.int64(3) > 0);

        const QString source = o.value(u"source"_s).toString();
        if (source == u"plain_article.txt"_s) {
            CHECK(published.isNull());
            CHECK(o.value(u"url"_s).isNull());
        } else if (source.startsWith(u"002"_s)) {
            CHECK(published.toString() == u"2008-04-06"_s);
            CHECK(o.value(u"outlet"_s).toString() == u"RIA Novosti (Global Research)"_s);
            CHECK(o.value(u"dateline"_s).toString() == u"MOSCOW, April 6 (RIA Novosti)"_s);
        } else if (source.startsWith(u"003"_s)) {
            CHECK(published.toString() == u"2007-07-03"_s);
        }
    }
    CHECK(ids.size() == 6);
}

TEST_CASE("search --json gives ranked sentences with their article", "[cli][json][search]")
{
    InitialisedCli cli;
    const CliRun run = cli.run({u"search"_s, u"missile"_s, u"--json"_s, u"--limit"_s, u"7"_s});
    REQUIRE(run.exitedNormally());
    REQUIRE(run.code == 0);
    const QJsonArray rows = jsonArray(run);
    REQUIRE(rows.size() == 7);
    Database db(cli.db, Database::Mode::ReadOnly);
    double previousRank = -1e300;
    for (const auto &v : rows) {
        const QJsonObject o = v.toObject();
        INFO(QJsonDocument(o).toJson().toStdString());
        for (const char *key : {"article_id", "source", "sentence_id", "snippet", "rank"})
            CHECK(o.contains(QLatin1String(key)));
        CHECK(o.value(u"rank"_s).isDouble());
        CHECK(o.value(u"rank"_s).toDouble() >= previousRank); // bm25: lower is better, ascending
        previousRank = o.value(u"rank"_s).toDouble();
        CHECK(o.value(u"snippet"_s).toString().contains(u"[missile"_s, Qt::CaseInsensitive));
        Statement st(db, "SELECT s.article_id, a.source FROM sentences s JOIN articles a ON a.id = s.article_id "
                         "WHERE s.id = ?");
        st.bind(1, o.value(u"sentence_id"_s).toInteger());
        REQUIRE(st.step());
        CHECK(o.value(u"article_id"_s).toInteger() == st.int64(0));
        CHECK(o.value(u"source"_s).toString() == st.text(1));
    }
    // A word in no seed finds nothing and still exits 0 with an empty array.
    const CliRun none = cli.run({u"search"_s, u"zeppelin"_s, u"--json"_s});
    CHECK(none.code == 0);
    CHECK(jsonArray(none).isEmpty());
}

TEST_CASE("stats --json agrees with the database", "[cli][json]")
{
    InitialisedCli cli;
    const CliRun run = cli.run({u"stats"_s, u"--json"_s});
    REQUIRE(run.code == 0);
    const QJsonArray rows = jsonArray(run);
    REQUIRE(rows.size() == 1);
    const QJsonObject o = rows.first().toObject();
    Database db(cli.db, Database::Mode::ReadOnly);
    CHECK(o.value(u"articles"_s).toInteger() == 5);
    CHECK(o.value(u"paragraphs"_s).toInteger() == countRows(db, "SELECT COUNT(*) FROM paragraphs"));
    CHECK(o.value(u"sentences"_s).toInteger() == countRows(db, "SELECT COUNT(*) FROM sentences"));
    CHECK(o.value(u"events"_s).toInteger() == countRows(db, "SELECT COUNT(*) FROM events"));
    CHECK(o.value(u"removed_blocks"_s).toInteger() == countRows(db, "SELECT COUNT(*) FROM removed_blocks"));
    CHECK(o.value(u"outlets"_s).toInteger() == 5);
    // Hand counts: 5 titles + 76 body paragraphs + 2 captions + 3 headings + 2 page date stamps
    // kept as stamp lines in seed 002 (see test_ingest).
    CHECK(o.value(u"paragraphs"_s).toInteger() == 88);
    for (const char *key : {"quotes", "fragments", "timexes", "mentions", "catalog_events", "extracted_events",
                            "event_links", "notes"})
        CHECK(o.value(QLatin1String(key)).isDouble());
}

TEST_CASE("search survives stray quotes and operators", "[cli][search]")
{
    InitialisedCli cli;
    const QStringList queries = {u"\"missile"_s, u"AND"_s,  u"NEAR("_s,     u"*"_s,        u"missile AND"_s,
                                 u"\""_s,        u"("_s,    u"NOT missile"_s, u"-"_s,      u"^"_s,
                                 u"col:missile"_s, u"OR OR"_s, u"missile*"_s, u"\"\""_s,  u"{"_s,
                                 u"'"_s,         u"NEAR(missile defense, 2)"_s};
    for (const QString &q : queries) {
        INFO("query: " << q.toStdString());
        const CliRun run = cli.run({u"search"_s, q, u"--json"_s});
        INFO("stderr: " << run.err.toStdString());
        REQUIRE(run.exitedNormally()); // never a signal
        CHECK((run.code == 0 || run.code == 1));
        if (run.code == 0)
            jsonArray(run); // valid JSON on success
        else
            CHECK(run.err.contains(u"error"_s));
    }
    // Words inside broken syntax are still searched.
    const CliRun quoted = cli.run({u"search"_s, u"\"missile"_s, u"--json"_s});
    CHECK(quoted.code == 0);
    CHECK_FALSE(jsonArray(quoted).isEmpty());
}

TEST_CASE("init twice changes nothing", "[cli][init]")
{
    InitialisedCli cli;
    QByteArray before;
    {
        Database db(cli.db, Database::Mode::ReadOnly);
        before = tableFingerprint(db);
    }
    const CliRun again = cli.run({u"init"_s});
    CHECK(again.code == 0);
    CHECK(again.out.contains(u"bundled articles imported: 0 (already present: 5)"_s));
    Database db(cli.db, Database::Mode::ReadOnly);
    CHECK(tableFingerprint(db) == before);
}

TEST_CASE("import exits 1 when a file failed, and imports the rest", "[cli][import]")
{
    InitialisedCli cli;
    const QString folder = cli.home.filePath(u"batch"_s);
    writeBytes(folder + u"/good.txt"_s, readBytes(dataDir() + u"/ingest/plain_article.txt"_s));
    writeBytes(folder + u"/empty.txt"_s, {});
    writeBytes(folder + u"/notes.md"_s, readBytes(dataDir() + u"/ingest/wrapped_notes.md"_s));
    const CliRun run = cli.run({u"import"_s, folder, seedFiles().first()});
    REQUIRE(run.exitedNormally());
    CHECK(run.code == 1);
    // Content errors name the file by its name; path errors by the path as given.
    CHECK(run.out.contains(u"failed: "_s));
    CHECK(run.out.contains(u"empty.txt: the file is empty"_s));
    CHECK(run.out.contains(u"imported: "_s + folder + u"/good.txt"_s));
    CHECK(run.out.contains(u"duplicate: "_s + seedFiles().first()));
    CHECK(run.out.contains(u"2 imported, 1 duplicate, 1 failed"_s));
    Database db(cli.db, Database::Mode::ReadOnly);
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles") == 7);

    // All good: exit 0. All duplicates: still 0.
    const CliRun dup = cli.run({u"import"_s, folder + u"/good.txt"_s});
    CHECK(dup.code == 0);
    CHECK(dup.out.contains(u"0 imported, 1 duplicate, 0 failed"_s));
}

TEST_CASE("A database from a newer Summitline is refused by the CLI", "[cli][schema]")
{
    QTemporaryDir home;
    const QString path = home.filePath(u"future.sqlite"_s);
    {
        Database db(path);
        db.exec("PRAGMA user_version = 99");
    }
    for (const QStringList &args : {QStringList{u"stats"_s}, QStringList{u"articles"_s, u"--json"_s},
                                    QStringList{u"init"_s}, QStringList{u"search"_s, u"missile"_s},
                                    QStringList{u"import"_s, dataDir() + u"/ingest/plain_article.txt"_s}}) {
        INFO(args.join(u" "_s).toStdString());
        const CliRun run = runCli(home.path(), QStringList{u"--db"_s, path} + args);
        REQUIRE(run.exitedNormally());
        CHECK(run.code == 1);
        CHECK(run.err.contains(path));
        CHECK(run.err.contains(u"newer"_s));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("articles --needs-date lists the undated articles, and --json says needs_date", "[cli][json][metadata]")
{
    InitialisedCli cli;
    REQUIRE(cli.run({u"import"_s, dataDir() + u"/ingest/archive_stamp.txt"_s}).code == 0);      // no usable date
    REQUIRE(cli.run({u"import"_s, dataDir() + u"/ingest/wire_on_local_site.txt"_s}).code == 0); // dated by its stamp
    const CliRun all = cli.run({u"articles"_s, u"--json"_s});
    REQUIRE(all.code == 0);
    int needing = 0;
    for (const auto &v : jsonArray(all)) {
        const QJsonObject o = v.toObject();
        REQUIRE(o.value(u"needs_date"_s).isBool());
        CHECK(o.value(u"needs_date"_s).toBool() == o.value(u"published"_s).isNull());
        needing += o.value(u"needs_date"_s).toBool() ? 1 : 0;
        if (o.value(u"source"_s).toString() == u"wire_on_local_site.txt"_s) {
            CHECK(o.value(u"outlet"_s).toString() == u"Associated Press"_s);
            CHECK(o.value(u"republisher"_s).toString() == u"Valley Evening Standard"_s);
            CHECK(o.value(u"published_source"_s).toString() == u"page-stamp"_s);
            CHECK(o.value(u"metadata_sources"_s).toArray().size() >= 4);
        }
    }
    const CliRun undated = cli.run({u"articles"_s, u"--json"_s, u"--needs-date"_s});
    REQUIRE(undated.code == 0);
    const QJsonArray rows = jsonArray(undated);
    CHECK(rows.size() == needing);
    bool sawArchive = false;
    for (const auto &v : rows) {
        CHECK(v.toObject().value(u"published"_s).isNull());
        sawArchive |= v.toObject().value(u"source"_s).toString() == u"archive_stamp.txt"_s;
    }
    CHECK(sawArchive);
    const CliRun text = cli.run({u"articles"_s, u"--needs-date"_s});
    CHECK(text.out.contains(u"archive_stamp"_s) == false); // text lists titles, not file names
    CHECK(text.out.contains(u"Port workers vote to end the strike"_s));
    CHECK_FALSE(text.out.contains(u"Ukraine and Russia resume gas talks"_s));
}
