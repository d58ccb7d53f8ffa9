// The format writers on records built by hand: quoting, encodings, names and dates, checked
// against the formats' own rules (citation_rules.h), not against the writers' code.
#include "citation_rules.h"
#include "export/csl_json.h"
#include "export/csv_writer.h"
#include "export/json_export.h"
#include "export/ris_writer.h"

#include <catch2/catch.hpp>

using namespace summit::exporting;
using summit::test::cslViolations;
using summit::test::parseRis;

namespace {

CitationItem quoteItem()
{
    return {QStringLiteral("summitline-quote-7"), QStringLiteral("Leaders meet on the Black Sea, \"warmly\""),
            QStringLiteral("The Daily Ledger"), QStringLiteral("By Marta van der Berg and Tom Ellis, Moscow"),
            QDate(2008, 4, 6), QStringLiteral("https://ledger.example/2008/04/06/sochi"),
            QStringLiteral("We are not\nenemies any more"), QStringLiteral("Vladimir Putin")};
}

} // namespace

TEST_CASE("CSV fields are quoted as RFC 4180 asks", "[export][csv]")
{
    CHECK(csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csvField(QStringLiteral("a, b")) == QStringLiteral("\"a, b\""));
    CHECK(csvField(QStringLiteral("say \"no\"")) == QStringLiteral("\"say \"\"no\"\"\""));
    CHECK(csvField(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(csvField(QStringLiteral(" padded")) == QStringLiteral("\" padded\""));
    CHECK(csvField(QString()).isEmpty());
}

TEST_CASE("CSV has a header, CRLF rows, typed cells and an optional BOM", "[export][csv]")
{
    ExportTable t{{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("topics"), QStringLiteral("text")},
                  {{qint64(3), QDate(2008, 4, 6), QStringList{QStringLiteral("nato"), QStringLiteral("missile")},
                    QStringLiteral("“Да,” he said")},
                   {qint64(4), QVariant(), QStringList{}, QVariant()}}};
    const QByteArray plain = toCsv(t, false);
    CHECK(plain == QStringLiteral("id,date,topics,text\r\n3,2008-04-06,nato; missile,\"“Да,” he said\"\r\n4,,,\r\n").toUtf8());
    const QByteArray bom = toCsv(t, true);
    REQUIRE(bom.startsWith("\xEF\xBB\xBF"));
    CHECK(bom.mid(3) == plain);
}

TEST_CASE("JSON export keeps types: numbers, arrays, null for unknowns", "[export][json]")
{
    ExportTable t{{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("topics"), QStringLiteral("fragment"),
                   QStringLiteral("confidence")},
                  {{qint64(3), QVariant(), QStringList{QStringLiteral("nato")}, false, 0.75}}};
    const QJsonArray rows = QJsonDocument::fromJson(toJson(t)).array();
    REQUIRE(rows.size() == 1);
    const QJsonObject o = rows.at(0).toObject();
    CHECK(o.value(QStringLiteral("id")).toInteger() == 3);
    CHECK(o.value(QStringLiteral("date")).isNull());
    CHECK(o.value(QStringLiteral("topics")).toArray() == QJsonArray{QStringLiteral("nato")});
    CHECK(o.value(QStringLiteral("fragment")).isBool());
    CHECK(o.value(QStringLiteral("confidence")).toDouble() == 0.75);
}

TEST_CASE("Bylines give authors only when they name people", "[export][names]")
{
    auto names = [](const char *byline, const char *outlet = "") {
        QStringList out;
        for (const PersonName &p : bylinePeople(QString::fromUtf8(byline), QString::fromUtf8(outlet)))
            out << p.family + QStringLiteral("|") + p.given;
        return out;
    };
    CHECK(names("By Jane Doe") == QStringList{QStringLiteral("Doe|Jane")});
    CHECK(names("JANE Q. DOE") == QStringList{QStringLiteral("Doe|Jane Q.")}); // wire capitals
    CHECK(names("By TERENCE O'MALLORY-SMITH, Associated Press Writer")
          == QStringList{QStringLiteral("O'Mallory-Smith|Terence")});
    CHECK(names("STAFF WRITER").isEmpty());
    CHECK(names("Jane Doe AFP").isEmpty());
    CHECK(names("by Jane Q. Doe, Reuters") == QStringList{QStringLiteral("Doe|Jane Q.")});
    CHECK(names("Marta van der Berg and Tom Ellis") == QStringList{QStringLiteral("van der Berg|Marta"), QStringLiteral("Ellis|Tom")});
    CHECK(names("Sergei Lavrov-Ivanov") == QStringList{QStringLiteral("Lavrov-Ivanov|Sergei")});
    CHECK(names("Staff").isEmpty());
    CHECK(names("Staff Writer").isEmpty());
    CHECK(names("Associated Press").isEmpty());
    CHECK(names("AP").isEmpty());
    CHECK(names("Moscow Bureau").isEmpty());
    CHECK(names("Jane Doe and the Foreign Desk").isEmpty());
    CHECK(names("Global Insight", "RIA Novosti (Global Insight)").isEmpty());
    CHECK(names("").isEmpty());
}

TEST_CASE("CSL-JSON items pass the CSL data schema's rules", "[export][csl]")
{
    CitationItem undated{QStringLiteral("summitline-article-2"), {}, QStringLiteral("Wire"), QStringLiteral("Staff"),
                         QDate(), {}, {}, {}};
    const QByteArray json = toCslJson({quoteItem(), undated});
    INFO(json.toStdString());
    CHECK(cslViolations(json).isEmpty());

    const QJsonArray items = QJsonDocument::fromJson(json).array();
    REQUIRE(items.size() == 2);
    const QJsonObject q = items.at(0).toObject();
    CHECK(q.value(QStringLiteral("type")).toString() == QStringLiteral("article-newspaper"));
    CHECK(q.value(QStringLiteral("id")).toString() == QStringLiteral("summitline-quote-7"));
    CHECK(q.value(QStringLiteral("container-title")).toString() == QStringLiteral("The Daily Ledger"));
    CHECK(q.value(QStringLiteral("title")).toString() == QStringLiteral("Leaders meet on the Black Sea, \"warmly\""));
    CHECK(q.value(QStringLiteral("URL")).toString() == QStringLiteral("https://ledger.example/2008/04/06/sochi"));
    CHECK(q.value(QStringLiteral("issued")).toObject().value(QStringLiteral("date-parts")).toArray()
          == QJsonArray{QJsonArray{2008, 4, 6}});
    const QJsonArray authors = q.value(QStringLiteral("author")).toArray();
    REQUIRE(authors.size() == 2);
    CHECK(authors.at(0).toObject() == QJsonObject{{QStringLiteral("family"), QStringLiteral("van der Berg")},
                                                 {QStringLiteral("given"), QStringLiteral("Marta")}});
    CHECK(q.value(QStringLiteral("note")).toString() == QStringLiteral("“We are not enemies any more” — Vladimir Putin"));

    // Unknowns are left out, never empty strings or a guessed date.
    const QJsonObject a = items.at(1).toObject();
    CHECK_FALSE(a.contains(QStringLiteral("issued")));
    CHECK_FALSE(a.contains(QStringLiteral("author")));
    CHECK_FALSE(a.contains(QStringLiteral("title")));
    CHECK_FALSE(a.contains(QStringLiteral("note")));
}

TEST_CASE("The CSL check rejects what the schema forbids", "[export][csl]")
{
    // The check must be able to fail, or its pass above means nothing.
    CHECK_FALSE(cslViolations(R"([{"type":"article-newspaper"}])").isEmpty());
    CHECK_FALSE(cslViolations(R"([{"id":"a","type":"newspaper"}])").isEmpty());
    CHECK_FALSE(cslViolations(R"([{"id":"a","type":"article","issued":{"date-parts":[[2008,4,6,1]]}}])").isEmpty());
    CHECK_FALSE(cslViolations(R"([{"id":"a","type":"article","issued":{"date-parts":[["2008-04-06"]]}}])").isEmpty());
    CHECK_FALSE(cslViolations(R"([{"id":"a","type":"article","issued":{"year":2008}}])").isEmpty());
    CHECK_FALSE(cslViolations(R"([{"id":"a","type":"article","author":"Jane Doe"}])").isEmpty());
    CHECK_FALSE(cslViolations(R"([{"id":"a","type":"article","author":[{"first":"Jane"}]}])").isEmpty());
    CHECK_FALSE(cslViolations(R"([{"id":"a","type":"article"},{"id":"a","type":"article"}])").isEmpty());
    CHECK(cslViolations(R"([{"id":1,"type":"article","issued":{"date-parts":[[2008,4]]}}])").isEmpty());
}

TEST_CASE("RIS records parse back with every field", "[export][ris]")
{
    CitationItem undated{QStringLiteral("summitline-article-2"), QStringLiteral("Talks end"), QStringLiteral("Wire"),
                         {}, QDate(), {}, {}, {}};
    const QByteArray ris = toRis({quoteItem(), undated});
    QString error;
    const QVector<summit::test::RisRecord> records = parseRis(QString::fromUtf8(ris), &error);
    INFO(ris.toStdString());
    REQUIRE(error.isEmpty());
    REQUIRE(records.size() == 2);
    const summit::test::RisRecord &r = records.at(0);
    CHECK(r.tags.first() == QStringLiteral("TY"));
    CHECK(r.tags.last() == QStringLiteral("ER"));
    CHECK(r.value("TY") == QStringLiteral("NEWS"));
    CHECK(r.value("TI") == QStringLiteral("Leaders meet on the Black Sea, \"warmly\""));
    CHECK(r.value("T2") == QStringLiteral("The Daily Ledger"));
    CHECK(r.value("PY") == QStringLiteral("2008/04/06/"));
    CHECK(r.value("DA") == QStringLiteral("2008/04/06/"));
    CHECK(r.value("UR") == QStringLiteral("https://ledger.example/2008/04/06/sochi"));
    CHECK(r.all("AU") == QStringList{QStringLiteral("van der Berg, Marta"), QStringLiteral("Ellis, Tom")});
    // The quote's line break does not break the record: RIS has no continuation lines.
    CHECK(r.value("N1") == QStringLiteral("“We are not enemies any more” — Vladimir Putin"));
    CHECK(records.at(1).value("TI") == QStringLiteral("Talks end"));
    CHECK_FALSE(records.at(1).values.contains(QStringLiteral("PY")));
    CHECK_FALSE(records.at(1).values.contains(QStringLiteral("AU")));
}
