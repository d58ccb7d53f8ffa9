// The briefing as a reader gets it: the PDF read back with poppler-utils.

#include "brief/brief_loader.h"
#include "brief_test_support.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::test;

namespace {

QString pdfPath(const BriefFixture &f, const char *name) { return f.dir() + u'/' + QLatin1String(name); }

} // namespace

TEST_CASE("the three summits appear as event sections in date order", "[brief]")
{
    BriefFixture f;
    f.fillSummits();
    const QString path = pdfPath(f, "all.pdf");
    writeFixtureBriefing(f, {}, path);
    const PdfProbe pdf(path);
    const BriefText text(pdf.text);

    const int events = text.headingLine(QStringLiteral("Events"));
    REQUIRE(events > 0);
    const QString sections = text.bodyLines.mid(events).join(u'\n');
    const auto kpt = sections.indexOf(QStringLiteral("\nKennebunkport summit\n"));
    const auto moscow = sections.indexOf(QStringLiteral("\nSecond \u201c2+2\u201d talks in Moscow\n"));
    const auto sochi = sections.indexOf(QStringLiteral("\nSochi summit\n"));
    CHECK(kpt >= 0);
    CHECK(moscow > kpt);
    CHECK(sochi > moscow);
    // Catalog-only events are listed once, in the summary, and get no section of their own.
    CHECK(sections.indexOf(QStringLiteral("\nNATO summit, Bucharest\n")) < 0);
    CHECK(flatten(text.bodyLines.mid(0, events).join(u'\n')).contains(QStringLiteral("NATO summit, Bucharest")));
}

TEST_CASE("every printed quote is verbatim and cites the article it comes from", "[brief]")
{
    BriefFixture f;
    f.fillSummits();
    const brief::BriefContent content = brief::loadBriefContent(f.db(), {}, fixtureSides());
    REQUIRE(printedQuotes(content).size() >= 6);
    const QString path = pdfPath(f, "quotes.pdf");
    writeFixtureBriefing(f, {}, path);
    checkQuotesVerbatimAndCited(f.db(), content, BriefText(PdfProbe(path).text));
}

TEST_CASE("every citation has its appendix entry and the appendix lists only cited articles", "[brief]")
{
    BriefFixture f;
    f.fillSummits();
    brief::BriefRequest request;
    request.eventSlugs = {QStringLiteral("sochi-2008")};
    const QString path = pdfPath(f, "sochi.pdf");
    writeFixtureBriefing(f, request, path);
    const BriefText text(PdfProbe(path).text);

    checkCitationsMatchAppendix(text);
    // Only the two Sochi reports are cited; the Maine and Moscow reports are not listed.
    CHECK(text.appendix.size() == 2);
    const QString appendix = QStringList(text.appendix.values()).join(u'\n');
    CHECK(appendix.contains(QStringLiteral("Leaders stay divided on missile defense and NATO")));
    CHECK(appendix.contains(QStringLiteral("Kremlin pleased with Sochi talks")));
    CHECK(appendix.contains(QStringLiteral("https://example.org/2008/04/06/kremlin-pleased")));
    CHECK(!appendix.contains(QStringLiteral("Putin proposes joint radar plan in Maine")));
}

TEST_CASE("outlets that frame an event differently are shown side by side", "[brief]")
{
    BriefFixture f;
    f.fillSummits();
    brief::BriefRequest request;
    request.eventSlugs = {QStringLiteral("sochi-2008")};
    const brief::BriefContent content = brief::loadBriefContent(f.db(), request, fixtureSides());
    REQUIRE(content.events.size() == 1);
    const QVector<brief::Framing> &framings = content.events.front().framings;
    REQUIRE(framings.size() == 2);
    QStringList sentences;
    for (const brief::Framing &fr : framings)
        sentences << fr.sentence;
    // Each outlet's lede, since both ledes are linked to the event.
    CHECK(sentences.contains(QStringLiteral("SOCHI, Russia \u2014 President Bush and President Putin failed to bridge their "
                                            "differences over missile defense at their last meeting as presidents.")));
    CHECK(sentences.contains(QStringLiteral("MOSCOW, April 6 \u2014 The talks in Sochi ended on a positive note, a Kremlin "
                                            "source said on Sunday.")));

    const QString path = pdfPath(f, "framing.pdf");
    writeFixtureBriefing(f, request, path);
    const QString body = flatten(BriefText(PdfProbe(path).text).body);
    CHECK(body.contains(QStringLiteral("ended on a positive note")));
    CHECK(body.contains(QStringLiteral("failed to bridge their differences")));
}

TEST_CASE("where an article disagrees with the record, the note is shown with its citation", "[brief]")
{
    BriefFixture f;
    f.fillSummits();
    const QString path = pdfPath(f, "notes.pdf");
    writeFixtureBriefing(f, {}, path);
    const QString body = flatten(BriefText(PdfProbe(path).text).body);
    CHECK(body.contains(QStringLiteral("The talks took place on 2 July 2007 (US time); July 3 is the date in India.")));
    CHECK(body.contains(QStringLiteral("Harbor Wire writes: \u201cJuly 3\u201d [")));
}

TEST_CASE("each side's position on the main topics cites its source", "[brief]")
{
    BriefFixture f;
    f.fillSummits();
    const brief::BriefContent content = brief::loadBriefContent(f.db(), {}, fixtureSides());
    const auto md = std::find_if(content.topics.begin(), content.topics.end(),
                                 [](const brief::TopicBrief &t) { return t.key == u"missile-defense"; });
    REQUIRE(md != content.topics.end());
    REQUIRE(!md->russia.isEmpty());
    REQUIRE(!md->us.isEmpty());
    // Latest statement first: Putin in Sochi (April 2008) before anything older.
    CHECK(md->russia.front().text == QStringLiteral("Our basic attitude toward the American plan is unchanged,"));
    CHECK(md->russia.front().speaker == QStringLiteral("Vladimir Putin"));
    for (const brief::Excerpt &e : md->us + md->russia)
        CHECK(f.cleanText(e.articleId).contains(e.text));
}

TEST_CASE("pdfinfo sees a sensible page count, the title and the creator; the timeline is vector", "[brief]")
{
    BriefFixture f;
    f.fillSummits();
    brief::BriefRequest request;
    request.title = QStringLiteral("Missile Defense Talks 2007\u20132008");
    const QString path = pdfPath(f, "info.pdf");
    writeFixtureBriefing(f, request, path);
    const PdfProbe pdf(path);
    INFO(pdf.errors.toStdString());
    CHECK(pdf.pages() >= 4);
    CHECK(pdf.pages() <= 12);
    CHECK(pdf.info.value(QStringLiteral("Title")) == request.title);
    CHECK(pdf.info.value(QStringLiteral("Creator")) == QStringLiteral("Summitline"));
    CHECK(pdf.info.value(QStringLiteral("Author")) == QStringLiteral("Summitline"));
    CHECK(pdf.info.value(QStringLiteral("Page size")).contains(QStringLiteral("A4")));
    CHECK(pdf.imageCount == 0); // the timeline is drawn, not pasted as a bitmap
    CHECK(!pdf.errors.contains(QStringLiteral("Error")));
    // Running header and page numbers on body pages.
    CHECK(pdf.text.contains(QStringLiteral("Page 2 of %1").arg(pdf.pages())));
    CHECK(pdf.text.count(request.title) >= pdf.pages());

    request.paper = brief::Paper::Letter;
    writeFixtureBriefing(f, request, path);
    CHECK(PdfProbe(path).info.value(QStringLiteral("Page size")).contains(QStringLiteral("letter")));
}

TEST_CASE("source URLs are clickable links", "[brief]")
{
    BriefFixture f;
    f.fillSummits();
    const QString path = pdfPath(f, "links.pdf");
    writeFixtureBriefing(f, {}, path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const char *url : {"https://example.org/2007/07/03/maine-talks", "https://example.org/2008/03/18/lavrov",
                            "https://example.org/2008/04/06/sochi-divided",
                            "https://example.org/2008/04/06/kremlin-pleased"}) {
        INFO(url);
        CHECK(bytes.contains(QByteArray("/URI (") + url + ')'));
    }
}
