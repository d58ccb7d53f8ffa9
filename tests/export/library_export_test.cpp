// Exports read through the Library from the bundled corpus: filters select what the app's
// views would show, and every format carries the same records.
#include "citation_rules.h"
#include "export/record_export.h"
#include "library/library.h"
#include "store/database.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace summit;
using namespace summit::exporting;

namespace {

/// A library holding the bundled corpus, made by the real `summitline-cli init` once per run.
Database &corpusDatabase()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db;
    if (!db) {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("corpus.db"));
        QProcess init;
        init.start(test::cliPath(), {QStringLiteral("--db"), path, QStringLiteral("init")});
        REQUIRE(init.waitForFinished(60'000));
        REQUIRE(init.exitCode() == 0);
        db = std::make_unique<Database>(path);
    }
    return *db;
}

QJsonArray jsonRows(const ExportedRecords &records)
{
    const QJsonDocument doc = QJsonDocument::fromJson(records.bytes);
    REQUIRE(doc.isArray());
    return doc.array();
}

} // namespace

TEST_CASE("Quote exports follow the filter and the selected event", "[export][library]")
{
    const library::Library lib(corpusDatabase());
    ExportSelection all;
    const QJsonArray everything = jsonRows(renderRecords(lib, RecordKind::Quotes, ExportFormat::Json, all));
    CHECK(everything.size() == lib.quotes({}, false).size());
    REQUIRE(everything.size() > 10);

    ExportSelection putin;
    putin.filter.speaker = QStringLiteral("Vladimir Putin");
    const QJsonArray rows = jsonRows(renderRecords(lib, RecordKind::Quotes, ExportFormat::Json, putin));
    REQUIRE(rows.size() > 0);
    CHECK(rows.size() < everything.size());
    for (const QJsonValue &r : rows)
        CHECK(r.toObject().value(QStringLiteral("speaker")).toString() == QStringLiteral("Vladimir Putin"));

    ExportSelection sochi;
    sochi.eventSlug = QStringLiteral("sochi-summit-2008");
    const QJsonArray sochiRows = jsonRows(renderRecords(lib, RecordKind::Quotes, ExportFormat::Json, sochi));
    REQUIRE(sochiRows.size() > 0);
    for (const QJsonValue &r : sochiRows)
        CHECK(r.toObject().value(QStringLiteral("event")).toString() == QStringLiteral("Sochi summit"));

    ExportSelection unknown;
    unknown.eventSlug = QStringLiteral("no-such-summit");
    CHECK_THROWS_WITH(renderRecords(lib, RecordKind::Quotes, ExportFormat::Csv, unknown),
                      Catch::Contains("no-such-summit"));
}

TEST_CASE("Event exports use the event rule of the filter", "[export][library]")
{
    const library::Library lib(corpusDatabase());
    ExportSelection spring;
    spring.filter.from = QDate(2008, 3, 1);
    spring.filter.to = QDate(2008, 4, 30);
    const QJsonArray rows = jsonRows(renderRecords(lib, RecordKind::Events, ExportFormat::Json, spring));
    QStringList slugs;
    for (const QJsonValue &r : rows)
        slugs << r.toObject().value(QStringLiteral("slug")).toString();
    CHECK(slugs.contains(QStringLiteral("sochi-summit-2008")));
    CHECK_FALSE(slugs.contains(QStringLiteral("kennebunkport-summit-2007")));
    int expected = 0;
    for (const library::EventRecord &e : lib.events())
        expected += spring.filter.matchesEvent(e) ? 1 : 0;
    CHECK(rows.size() == expected);
    CHECK_THROWS_WITH(renderRecords(lib, RecordKind::Events, ExportFormat::Ris, spring),
                      Catch::Contains("events cannot be exported as ris"));
}

TEST_CASE("Article and citation exports select articles like the views", "[export][library]")
{
    const library::Library lib(corpusDatabase());
    const QVector<library::CitedArticle> all = lib.citedArticles({});
    REQUIRE(all.size() == 5);

    library::LibraryFilter cnn;
    cnn.outlet = QStringLiteral("CNN");
    const QVector<library::CitedArticle> cnnArticles = lib.citedArticles(cnn);
    REQUIRE(cnnArticles.size() == 1);
    CHECK(cnnArticles.first().outlet == QStringLiteral("CNN"));

    library::LibraryFilter bush;
    bush.speaker = QStringLiteral("George W. Bush");
    const QVector<library::CitedArticle> withBush = lib.citedArticles(bush);
    QSet<qint64> quoted;
    for (const library::QuoteRecord &q : lib.quotes(bush, true))
        quoted << q.articleId;
    CHECK(withBush.size() == quoted.size());
    for (const library::CitedArticle &a : withBush)
        CHECK(quoted.contains(a.id));

    library::LibraryFilter early;
    early.to = QDate(2007, 12, 31);
    CHECK(lib.citedArticles(early).size() == 1);

    // The citation formats carry one item per article, valid by the CSL rules, and RIS agrees.
    const ExportedRecords csl = renderRecords(lib, RecordKind::Citations, ExportFormat::CslJson, {});
    INFO(csl.bytes.left(600).toStdString());
    CHECK(test::cslViolations(csl.bytes).isEmpty());
    CHECK(csl.count == 5);
    QString error;
    const auto ris = test::parseRis(QString::fromUtf8(renderRecords(lib, RecordKind::Citations, ExportFormat::Ris, {}).bytes), &error);
    CHECK(error.isEmpty());
    REQUIRE(ris.size() == 5);
    const QJsonArray items = QJsonDocument::fromJson(csl.bytes).array();
    for (int i = 0; i < 5; ++i) {
        const QJsonObject item = items.at(i).toObject();
        CHECK(ris.at(i).value("ID") == item.value(QStringLiteral("id")).toString());
        CHECK(ris.at(i).value("T2") == item.value(QStringLiteral("container-title")).toString());
        CHECK(ris.at(i).value("UR") == item.value(QStringLiteral("URL")).toString());
        // No byline of the corpus names a person ("Staff", a publication): no invented authors.
        CHECK_FALSE(item.contains(QStringLiteral("author")));
    }
}

TEST_CASE("Quote citations hold the words and the speaker in the note", "[export][library]")
{
    const library::Library lib(corpusDatabase());
    ExportSelection putin;
    putin.filter.speaker = QStringLiteral("Vladimir Putin");
    const ExportedRecords csl = renderRecords(lib, RecordKind::Quotes, ExportFormat::CslJson, putin);
    CHECK(test::cslViolations(csl.bytes).isEmpty());
    const QJsonArray items = QJsonDocument::fromJson(csl.bytes).array();
    REQUIRE(items.size() == lib.quotes(putin.filter, false).size());
    for (const QJsonValue &v : items) {
        const QString note = v.toObject().value(QStringLiteral("note")).toString();
        CHECK(note.startsWith(QStringLiteral("“")));
        CHECK(note.endsWith(QStringLiteral("— Vladimir Putin")));
        static const QRegularExpression idShape(QStringLiteral("^summitline-[0-9a-f]{16}-q\\d+$"));
        CHECK(idShape.match(v.toObject().value(QStringLiteral("id")).toString()).hasMatch());
    }
}

TEST_CASE("Export files are written whole, and failures name the file", "[export][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quotes.csv"));
    writeExportFile(path, "old");
    writeExportFile(path, "id\r\n1\r\n");
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "id\r\n1\r\n");
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/quotes.csv"));
    CHECK_THROWS_WITH(writeExportFile(missing, "x"), Catch::Contains(missing.toStdString()));
}

TEST_CASE("A right-clicked article narrows quotes, articles and citations to it", "[export][library]")
{
    const library::Library lib(corpusDatabase());
    const QVector<library::CitedArticle> all = lib.citedArticles({});
    REQUIRE(all.size() > 1);
    // The article with the most quotes, so the quote export has something to narrow.
    const library::CitedArticle chosen =
        *std::max_element(all.cbegin(), all.cend(), [](const auto &a, const auto &b) { return a.quoteCount < b.quoteCount; });
    REQUIRE(chosen.quoteCount > 0);
    ExportSelection one;
    one.articleId = chosen.id;

    const ExportedRecords ris = renderRecords(lib, RecordKind::Citations, ExportFormat::Ris, one);
    CHECK(ris.count == 1);
    CHECK(QString::fromUtf8(ris.bytes).contains(chosen.title));
    CHECK(renderRecords(lib, RecordKind::Articles, ExportFormat::Json, one).count == 1);

    const QJsonArray quotes = jsonRows(renderRecords(lib, RecordKind::Quotes, ExportFormat::Json, one));
    REQUIRE_FALSE(quotes.isEmpty());
    for (const QJsonValue &q : quotes)
        CHECK(q.toObject().value(QStringLiteral("article_id")).toInteger() == chosen.id);
    CHECK(quotes.size() < jsonRows(renderRecords(lib, RecordKind::Quotes, ExportFormat::Json, {})).size());
}

TEST_CASE("Library::quote reads one quote exactly as quotes() lists it", "[library]")
{
    // The app's right-click and speaker review read one quote by id (the exports, every one).
    const library::Library lib(corpusDatabase());
    const QVector<library::QuoteRecord> all = lib.quotes({}, true);
    REQUIRE(all.size() > 2);
    for (const library::QuoteRecord &q : {all.first(), all.at(all.size() / 2), all.last()}) {
        const std::optional<library::QuoteRecord> one = lib.quote(q.id);
        REQUIRE(one);
        CHECK(one->id == q.id);
        CHECK(one->text == q.text);
        CHECK(one->speaker == q.speaker);
        CHECK(one->eventId == q.eventId);
        CHECK(one->articleTitle == q.articleTitle);
        CHECK(one->topics == q.topics); // its article's topics too
        CHECK(one->alternatives.size() == q.alternatives.size());
    }
    CHECK_FALSE(lib.quote(-1));
}
