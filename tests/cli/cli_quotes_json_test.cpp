// quotes --json: the speaker, its confidence and the alternatives the finder weighed (schema v4).

#include "../ingest/ingest_fixture.h"
#include "cli_fixture.h"

#include <QJsonObject>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("quotes --json prints speakers outside the directory, confidence and alternatives", "[cli][json][quotes]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString db = home.filePath(u"cli.sqlite"_s);
    const CliRun imp = runCli(home.path(), {u"--db"_s, db, u"import"_s,
                                            dataDir() + u"/articles/quote_wire_chain.txt"_s});
    INFO(imp.err.toStdString());
    REQUIRE(imp.code == 0);
    const CliRun run = runCli(home.path(), {u"--db"_s, db, u"quotes"_s, u"--json"_s});
    REQUIRE(run.code == 0);
    const QJsonArray rows = jsonArray(run);
    REQUIRE(rows.size() >= 10);
    int withAlternatives = 0;
    bool sawLund = false;
    for (const auto &v : rows) {
        const QJsonObject o = v.toObject();
        INFO(QJsonDocument(o).toJson().toStdString());
        REQUIRE(o.value(u"alternatives"_s).isArray());
        REQUIRE(o.value(u"confidence"_s).isDouble());
        const QString speaker = o.value(u"speaker"_s).toString();
        if (o.value(u"speaker"_s).isNull())
            CHECK(o.value(u"confidence"_s).toDouble() == 0.0);
        for (const auto &a : o.value(u"alternatives"_s).toArray()) {
            const QJsonObject alt = a.toObject();
            CHECK(alt.value(u"speaker"_s).isString());
            CHECK(alt.value(u"confidence"_s).toDouble() > 0.0);
            CHECK(alt.value(u"speaker"_s).toString() != speaker);
            ++withAlternatives;
        }
        if (o.value(u"text"_s).toString().startsWith(u"No decision has been taken"_s)) {
            sawLund = true;
            CHECK(speaker == u"Jens Oddvar Lund"_s);
            CHECK(o.value(u"rule"_s).toString() == u"after/name"_s);
        }
    }
    CHECK(sawLund);
    CHECK(withAlternatives > 0);
}
