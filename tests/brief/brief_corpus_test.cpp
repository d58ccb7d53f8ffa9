// The briefing of the bundled corpus, as `summitline-cli init` loads it.

#include "brief/brief_loader.h"
#include "brief/briefing.h"
#include "brief_test_support.h"
#include "ingest/bundled_corpus.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::test;

namespace {

struct CorpusDb
{
    CorpusDb() : db(dir.filePath(QStringLiteral("corpus.db"))) { initialiseDatabase(db); }
    QTemporaryDir dir;
    Database db;
};

} // namespace

TEST_CASE("bundled corpus: the three summits are sections in date order, quotes verbatim and cited", "[brief]")
{
    CorpusDb c;
    const QString path = c.dir.filePath(QStringLiteral("corpus.pdf"));
    const brief::BriefContent content = brief::loadBriefContent(c.db, {});
    brief::writeBriefing(brief::Briefing(content), path);
    const PdfProbe pdf(path);
    const BriefText text(pdf.text);

    const int events = text.headingLine(QStringLiteral("Events"));
    REQUIRE(events > 0);
    const QStringList lines = text.bodyLines.mid(events);
    auto line = [&lines](const QString &title) { return lines.indexOf(title); };
    const auto kpt = line(QStringLiteral("Kennebunkport summit (the 'lobster summit')"));
    const auto moscow = line(QStringLiteral("Second '2+2' talks, Moscow"));
    const auto sochi = line(QStringLiteral("Sochi summit"));
    CHECK(kpt > 0);
    CHECK(moscow > kpt);
    CHECK(sochi > moscow);

    REQUIRE(!printedQuotes(content).isEmpty());
    checkQuotesVerbatimAndCited(c.db, content, text);
    checkCitationsMatchAppendix(text);
    // Every article of the corpus reports something in scope, and each is cited once listed.
    CHECK(text.appendix.size() <= content.figures.articles);

    INFO(pdf.errors.toStdString());
    CHECK(pdf.pages() >= 5);
    CHECK(pdf.pages() <= 30);
    CHECK(pdf.info.value(QStringLiteral("Title")) == content.title);
    CHECK(pdf.info.value(QStringLiteral("Author")) == QStringLiteral("Summitline"));
    CHECK(pdf.imageCount == 0);
}

TEST_CASE("bundled corpus: a Sochi briefing frames the summit per outlet", "[brief]")
{
    CorpusDb c;
    brief::BriefRequest request;
    request.eventSlugs = {QStringLiteral("sochi-summit-2008")};
    const brief::BriefContent content = brief::loadBriefContent(c.db, request);
    REQUIRE(content.events.size() == 1);
    const brief::EventBrief &sochi = content.events.front();
    CHECK(sochi.outlets.size() >= 2);
    REQUIRE(sochi.framings.size() >= 2);
    for (const brief::Framing &f : sochi.framings)
        CHECK(cleanTextOf(c.db, f.articleId).contains(f.sentence.left(40)));
}

TEST_CASE("write the bundled corpus briefing", "[.sample-corpus]")
{
    CorpusDb c;
    brief::BriefRequest request;
    request.title = QStringLiteral("Bush\u2013Putin Diplomacy, 2007\u20132008");
    request.from = QDate(2007, 6, 1);
    request.to = QDate(2008, 7, 31);
    const QString out = qEnvironmentVariable("SUMMITLINE_BRIEF_SAMPLE", QStringLiteral("/tmp/brief_corpus.pdf"));
    CHECK(brief::writeBriefing(c.db, request, out) > 0);
}
