// summitline-cli export on the bundled corpus: a CSV round-trip through Python's csv module,
// CSL-JSON checked by the schema's rules, RIS parsed back, filters and exit codes.

#include "../export/citation_rules.h"
#include "cli_fixture.h"

#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>

using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct ExportCli
{
    QTemporaryDir home;
    QString db;

    /// A library with the bundled corpus; firstFile is imported before it when given.
    explicit ExportCli(const QString &firstFile = {})
    {
        REQUIRE(home.isValid());
        db = home.filePath(u"export.sqlite"_s);
        if (!firstFile.isEmpty()) {
            REQUIRE(runCli(home.path(), {u"--db"_s, db, u"init"_s, u"--empty"_s}).code == 0);
            REQUIRE(runCli(home.path(), {u"--db"_s, db, u"import"_s, firstFile}).code == 0);
        }
        const CliRun run = runCli(home.path(), {u"--db"_s, db, u"init"_s});
        REQUIRE(run.code == 0);
    }
    CliRun run(const QStringList &args) const { return runCli(home.path(), QStringList{u"--db"_s, db} + args); }
    QString path(const QString &name) const { return home.filePath(name); }
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Reads the CSV with Python's csv module (as a spreadsheet user's script would) and prints the
// rows as JSON, so the test compares what Python understood with what the JSON export says.
const char *kPythonReader = R"PY(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.DictReader(f, strict=True))
json.dump(rows, sys.stdout, ensure_ascii=False)
)PY";

} // namespace

TEST_CASE("export quotes as CSV survives a round-trip through Python's csv module", "[cli][export]")
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    REQUIRE_FALSE(python.isEmpty()); // .ci/deps.sh installs it
    ExportCli cli;
    const CliRun csv = cli.run({u"export"_s, u"quotes"_s, u"--format"_s, u"csv"_s, u"--bom"_s, u"-o"_s, cli.path(u"q.csv"_s)});
    INFO(csv.err.toStdString());
    REQUIRE(csv.code == 0);
    CHECK(csv.out.contains(u"exported"_s));
    REQUIRE(readFile(cli.path(u"q.csv"_s)).startsWith("\xEF\xBB\xBF"));
    const CliRun json = cli.run({u"export"_s, u"quotes"_s, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s});
    REQUIRE(json.code == 0);
    const QJsonArray expected = jsonArray(json);
    REQUIRE(expected.size() > 20);

    QProcess py;
    py.start(python, {u"-c"_s, QString::fromUtf8(kPythonReader), cli.path(u"q.csv"_s)});
    REQUIRE(py.waitForFinished(30'000));
    INFO(QString::fromUtf8(py.readAllStandardError()).toStdString());
    REQUIRE(py.exitCode() == 0);
    const QJsonArray rows = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
    REQUIRE(rows.size() == expected.size());
    bool sawComma = false;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject r = rows.at(i).toObject();
        const QJsonObject e = expected.at(i).toObject();
        INFO("row " << i);
        CHECK(r.value(u"id"_s).toString() == QString::number(e.value(u"id"_s).toInteger()));
        CHECK(r.value(u"text"_s).toString() == e.value(u"text"_s).toString());
        CHECK(r.value(u"speaker"_s).toString() == e.value(u"speaker"_s).toString());
        CHECK(r.value(u"outlet"_s).toString() == e.value(u"outlet"_s).toString());
        CHECK(r.value(u"article_title"_s).toString() == e.value(u"article_title"_s).toString());
        CHECK(r.value(u"date"_s).toString() == e.value(u"date"_s).toString());
        sawComma |= r.value(u"text"_s).toString().contains(u',');
    }
    CHECK(sawComma); // the corpus exercises quoting, or the round-trip would prove little
}

TEST_CASE("export citations as CSL-JSON passes the schema's rules; RIS parses back", "[cli][export]")
{
    ExportCli cli;
    const CliRun csl = cli.run({u"export"_s, u"citations"_s, u"-o"_s, cli.path(u"c.json"_s)});
    REQUIRE(csl.code == 0);
    const QByteArray cslBytes = readFile(cli.path(u"c.json"_s));
    INFO(cslBytes.left(800).toStdString());
    CHECK(cslViolations(cslBytes).isEmpty());
    const QJsonArray items = QJsonDocument::fromJson(cslBytes).array();
    REQUIRE(items.size() == 5);

    const CliRun ris = cli.run({u"export"_s, u"citations"_s, u"--format"_s, u"ris"_s, u"-o"_s, cli.path(u"c.ris"_s)});
    REQUIRE(ris.code == 0);
    QString error;
    const QVector<RisRecord> records = parseRis(QString::fromUtf8(readFile(cli.path(u"c.ris"_s))), &error);
    REQUIRE(error.isEmpty());
    REQUIRE(records.size() == items.size());
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        CHECK(records.at(i).value("TY") == u"NEWS"_s);
        CHECK(records.at(i).value("TI") == item.value(u"title"_s).toString());
        CHECK(records.at(i).value("T2") == item.value(u"container-title"_s).toString());
        const QJsonArray ymd = item.value(u"issued"_s)[u"date-parts"_s][0].toArray();
        REQUIRE(ymd.size() == 3);
        CHECK(records.at(i).value("PY")
              == u"%1/%2/%3/"_s.arg(ymd.at(0).toInt()).arg(ymd.at(1).toInt(), 2, 10, QChar(u'0')).arg(ymd.at(2).toInt(), 2, 10, QChar(u'0')));
    }

    // A quote export cites each quote with its words and speaker in N1.
    const CliRun quotes = cli.run({u"export"_s, u"quotes"_s, u"--format"_s, u"ris"_s, u"--speaker"_s,
                                   u"Condoleezza Rice"_s, u"-o"_s, u"-"_s});
    REQUIRE(quotes.code == 0);
    const QVector<RisRecord> quoteRecords = parseRis(quotes.out, &error);
    REQUIRE(error.isEmpty());
    REQUIRE(quoteRecords.size() > 0);
    for (const RisRecord &r : quoteRecords)
        CHECK(r.value("N1").endsWith(u"— Condoleezza Rice"_s));
}

TEST_CASE("export applies the app's filters", "[cli][export]")
{
    ExportCli cli;
    const CliRun all = cli.run({u"export"_s, u"events"_s, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s});
    const CliRun spring = cli.run({u"export"_s, u"events"_s, u"--format"_s, u"json"_s, u"--from"_s, u"2008-03-01"_s,
                                   u"--to"_s, u"2008-04-30"_s, u"-o"_s, u"-"_s});
    REQUIRE(all.code == 0);
    REQUIRE(spring.code == 0);
    const QJsonArray springRows = jsonArray(spring);
    CHECK(springRows.size() < jsonArray(all).size());
    for (const QJsonValue &v : springRows) {
        CHECK(v[u"end"_s].toString() >= u"2008-03-01"_s);
        CHECK(v[u"start"_s].toString() <= u"2008-04-30"_s);
    }
    const CliRun sochi = cli.run({u"export"_s, u"articles"_s, u"--format"_s, u"json"_s, u"--event"_s,
                                  u"sochi-summit-2008"_s, u"--outlet"_s, u"CNN"_s, u"-o"_s, u"-"_s});
    REQUIRE(sochi.code == 0);
    const QJsonArray articles = jsonArray(sochi);
    REQUIRE(articles.size() == 1);
    CHECK(articles.at(0)[u"outlet"_s].toString() == u"CNN"_s);
}

TEST_CASE("export refuses bad arguments with 2 and unwritable files with 1", "[cli][export]")
{
    ExportCli cli;
    struct Case
    {
        QStringList args;
        QString says;
    };
    const QVector<Case> usage = {
        {{u"export"_s}, u"say what to export"_s},
        {{u"export"_s, u"speeches"_s, u"-o"_s, u"x"_s}, u"speeches"_s},
        {{u"export"_s, u"quotes"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, u"x"_s}, u"xlsx"_s},
        {{u"export"_s, u"events"_s, u"--format"_s, u"csl-json"_s, u"-o"_s, u"x"_s}, u"events cannot be exported"_s},
        {{u"export"_s, u"citations"_s, u"--format"_s, u"csv"_s, u"-o"_s, u"x"_s}, u"citations are csl-json or ris"_s},
        {{u"export"_s, u"quotes"_s}, u"-o FILE"_s},
        {{u"export"_s, u"quotes"_s, u"--from"_s, u"April"_s, u"-o"_s, u"x"_s}, u"--from must be a date"_s},
        {{u"export"_s, u"quotes"_s, u"--event"_s, u"no-such-event"_s, u"-o"_s, u"x"_s}, u"no-such-event"_s},
        {{u"export"_s, u"quotes"_s, u"--format"_s, u"json"_s, u"--bom"_s, u"-o"_s, u"x"_s}, u"--bom"_s},
    };
    for (const Case &c : usage) {
        const CliRun run = cli.run(c.args);
        INFO(c.args.join(u' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(run.code == 2);
        CHECK(run.err.contains(c.says));
    }
    const QString missing = cli.path(u"no/folder/q.csv"_s);
    const CliRun io = cli.run({u"export"_s, u"quotes"_s, u"-o"_s, missing});
    CHECK(io.code == 1);
    CHECK(io.err.contains(missing));
    CHECK_FALSE(QFile::exists(cli.path(u"x"_s)));
}

TEST_CASE("export --help explains the kinds, formats and filters", "[cli][export][usage]")
{
    QTemporaryDir home;
    const CliRun run = runCli(home.path(), {u"export"_s, u"--help"_s});
    CHECK(run.code == 0);
    for (const QString &words : {u"Zotero"_s, u"csl-json"_s, u"--speaker"_s, u"--event"_s, u"--bom"_s, u"-o, --output"_s})
        CHECK(run.out.contains(words));
}

TEST_CASE("Citation ids are the same from another library holding the same articles", "[cli][export]")
{
    // A reference manager recognises a re-exported article only if its id does not change.
    // The second library holds another article before the corpus, so its row ids differ.
    ExportCli first, second(dataDir() + u"/ingest/plain_article.txt"_s);
    const CliRun rows = second.run({u"articles"_s, u"--json"_s});
    REQUIRE(jsonArray(rows).size() == 6);
    REQUIRE(jsonArray(rows).at(0)[u"source"_s].toString() == u"plain_article.txt"_s);
    QStringList ids[2];
    int i = 0;
    for (const ExportCli *cli : {&first, &second}) {
        const CliRun run = cli->run({u"export"_s, u"quotes"_s, u"--format"_s, u"csl-json"_s, u"-o"_s, u"-"_s});
        REQUIRE(run.code == 0);
        for (const QJsonValue &v : jsonArray(run))
            ids[i] << v[u"id"_s].toString();
        ++i;
    }
    REQUIRE(ids[0].size() > 20);
    for (const QString &id : ids[0])
        CHECK(ids[1].contains(id));
}
