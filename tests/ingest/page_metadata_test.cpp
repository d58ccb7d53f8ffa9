// Metadata read from the page itself (issue 10, section 2) and boilerplate removed by shape
// (section 3), on test pages written for these tests in styles the seeds do not have: a text
// copy with heavy menus and reader comments, a wire story republished on a local site, an HTML
// page with Open Graph metadata and an agency byline, a story whose date can only be inferred,
// a later page stamp over a story that dates itself, and an archive banner with a numeric stamp.

#include "ingest/date_parsing.h"
#include "ingest/line_shapes.h"
#include "ingest/prepared_article.h"
#include "ingest_fixture.h"

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

PreparedArticle page(const QString &name)
{
    return readArticleFile(dataDir() + u"/ingest/"_s + name);
}

QString reasonFor(const PreparedArticle &a, const QString &start)
{
    for (const RemovedBlock &r : a.removed)
        if (r.text.trimmed().startsWith(start))
            return r.reason;
    return {};
}

const MetadataSource *sourceOf(const PreparedArticle &a, const QString &field)
{
    for (const MetadataSource &m : a.sources)
        if (m.field == field)
            return &m;
    return nullptr;
}

bool bodyContains(const PreparedArticle &a, const QString &needle)
{
    for (const Paragraph &p : a.text.paragraphs)
        if (p.kind == ParagraphKind::Body && a.text.slice(p.span).contains(needle))
            return true;
    return false;
}

} // namespace

TEST_CASE("Page stamps in common forms give full dates", "[ingest][metadata][dates]")
{
    CHECK(findFullDate(u"Updated: 2008-07-07 15:19"_s) == QDate(2008, 7, 7));
    CHECK(findFullDate(u"7 Jul, 2008 11:12"_s) == QDate(2008, 7, 7));
    CHECK(findFullDate(u"Monday, July 7, 2008"_s) == QDate(2008, 7, 7));
    CHECK(findFullDate(u"DW staff (win)June 7, 2007"_s) == QDate(2007, 6, 7));
    CHECK(findFullDate(u"Friday, April 4, 2008"_s) == QDate(2008, 4, 4));
    CHECK(findFullDate(u"Dec. 19, 2007 \u2014"_s) == QDate(2007, 12, 19));
    CHECK(findFullDate(u"August 28th, 2008"_s) == QDate(2008, 8, 28));
    CHECK(findFullDate(u"Saturday, 10 February 2007, 21:42 GMT"_s) == QDate(2007, 2, 10));
    // Day and month order of a numeric date is ambiguous: never a date, only a stamp's shape.
    CHECK_FALSE(findFullDate(u"Last Updated: 07/27/2016"_s).isValid());
    CHECK(hasNumericDate(u"Last Updated: 07/27/2016"_s));
}

TEST_CASE("Line shapes that mark page furniture", "[ingest][boilerplate]")
{
    CHECK(isSkipLink(u"skip to main contentskip to navigation"_s));
    CHECK(isSkipLink(u"the white house skip main navigation"_s));
    CHECK_FALSE(isSkipLink(u"talks skipped the main issue"_s));
    CHECK(isIconRun(u"icon bookmark-bicon icon share-icon"_s));
    CHECK_FALSE(isIconRun(u"A well-known follow-up to the talks"_s));
    CHECK(isBracketedMessage(u"[an error occurred while processing this directive]"_s));
    CHECK_FALSE(isBracketedMessage(u"[Editor's note: an earlier version of this story gave the wrong date.]"_s));
    CHECK(isWeatherWidget(u"68\u00B0 Good Afternoon"_s, 3));
    CHECK(isClockLine(u"12:40 PM ET"_s, 3));
    CHECK(isClockLine(u"10:43 A.M. CDT"_s, 3));
    CHECK(isBreadcrumb(u"Home > News & Policies > Press Secretary Briefings"_s));
    CHECK(startsWithSeparator(u"- Example Wire Service"_s));
    CHECK(isArchiveBanner(u"this story is more than 9 years old"_s, 8));
}

TEST_CASE("A text copy with heavy menus and reader comments", "[ingest][metadata][boilerplate]")
{
    const PreparedArticle a = page(u"heavy_menus_comments.txt"_s);
    const ArticleText &t = a.text;
    CHECK(t.title == u"Ministers agree to reopen arms talks in the autumn"_s);
    CHECK_FALSE(a.titleFromFileName);
    CHECK(t.outlet == u"Harbour Line Daily"_s); // the site-name line above the headline
    CHECK(a.republisher.isEmpty());
    CHECK(a.byline == u"Petra Lindqvist"_s);
    CHECK(t.published == QDate(2008, 7, 7));
    CHECK(a.publishedSource == u"page-stamp"_s);
    REQUIRE(sourceOf(a, u"published"_s));
    CHECK(sourceOf(a, u"published"_s)->source.contains(u"Updated: 2008-07-07"_s));
    CHECK(t.datelinePlace == u"Oslo"_s);

    CHECK(reasonFor(a, u"Skip to main content"_s).contains(u"skip"_s));
    CHECK(reasonFor(a, u"icon search-icon"_s).contains(u"icon"_s));
    CHECK(reasonFor(a, u"Home > World"_s).contains(u"breadcrumb"_s));
    CHECK(reasonFor(a, u"Play Live Radio"_s).contains(u"prompt"_s));
    CHECK(reasonFor(a, u"Subscribe to our free"_s).contains(u"prompt"_s));
    CHECK(reasonFor(a, u"12\u00B0 Light rain"_s).contains(u"weather"_s));
    CHECK(reasonFor(a, u"Arms talks stall"_s).contains(u"related"_s));
    CHECK(reasonFor(a, u"3 Comments"_s).contains(u"comments"_s));
    CHECK(reasonFor(a, u"1. Gregor"_s).contains(u"comments"_s));
    CHECK(reasonFor(a, u"This is the first sensible"_s).contains(u"comments"_s));
    CHECK_FALSE(bodyContains(a, u"first sensible thing"_s));
    CHECK_FALSE(bodyContains(a, u"Talks about talks"_s));
    // The comment stamps are dates on the page, kept as stamp lines, never the story's date.
    bool stampKept = false;
    for (const Paragraph &p : t.paragraphs)
        stampKept |= p.kind == ParagraphKind::Heading && t.slice(p.span).startsWith(u"July 8, 2008"_s);
    CHECK(stampKept);
    // The page stamp is kept as a non-body line for the date tagger.
    bool headerStamp = false;
    for (const Paragraph &p : t.paragraphs)
        headerStamp |= p.kind == ParagraphKind::Heading && t.slice(p.span) == u"Updated: 2008-07-07 15:19"_s;
    CHECK(headerStamp);
    CHECK(bodyContains(a, u"OSLO -- Foreign ministers"_s));
    CHECK(bodyContains(a, u"prepare papers for the ministers."_s));
}

TEST_CASE("A wire story on a local site keeps agency and republisher apart", "[ingest][metadata]")
{
    const PreparedArticle a = page(u"wire_on_local_site.txt"_s);
    const ArticleText &t = a.text;
    CHECK(t.title == u"Ukraine and Russia resume gas talks after overnight cutoff"_s);
    CHECK(t.outlet == u"Associated Press"_s);
    CHECK(a.republisher == u"Valley Evening Standard"_s);
    CHECK(t.published == QDate(2008, 4, 4));
    CHECK(a.publishedSource == u"page-stamp"_s);
    CHECK(t.datelinePlace == u"Kiev, Ukraine"_s);
    REQUIRE(sourceOf(a, u"outlet"_s));
    CHECK(sourceOf(a, u"outlet"_s)->rule.contains(u"dateline"_s));
    CHECK(reasonFor(a, u"Watch Live"_s).contains(u"prompt"_s));
    CHECK(reasonFor(a, u"Sign in"_s).contains(u"prompt"_s));
    CHECK(reasonFor(a, u"Copyright 2008"_s).contains(u"copyright"_s));
}

TEST_CASE("An HTML page with Open Graph metadata and an agency byline", "[ingest][metadata]")
{
    const PreparedArticle a = page(u"wire_og_meta.html"_s);
    const ArticleText &t = a.text;
    CHECK(t.title == u"Ministers sign grain corridor accord"_s); // <title> with the site split off
    CHECK(t.outlet == u"Agence France-Presse"_s);
    CHECK(a.republisher == u"Lakeside Courier"_s);
    CHECK(a.byline == u"Anna Weiss"_s);
    CHECK(t.published == QDate(2008, 10, 14));
    CHECK(a.publishedSource == u"html-meta"_s);
    REQUIRE(sourceOf(a, u"republisher"_s));
    CHECK(sourceOf(a, u"republisher"_s)->source.contains(u"og:site_name"_s));
    CHECK(reasonFor(a, u"icon share-facebook"_s).contains(u"icon"_s));
    // "Photo: AFP" is a photo credit: out of the body, and never read as the outlet.
    CHECK_FALSE(bodyContains(a, u"Photo: AFP"_s));
}

TEST_CASE("A date inferred from the dateline, the lead's weekday and a year in the text", "[ingest][metadata][dates]")
{
    const PreparedArticle a = page(u"inferred_date.txt"_s);
    CHECK(a.text.published == QDate(2008, 8, 12)); // a Tuesday; "on Tuesday" and "2008" in the text
    CHECK(a.publishedSource == u"inferred"_s);
    REQUIRE(sourceOf(a, u"published"_s));
    CHECK(sourceOf(a, u"published"_s)->rule.contains(u"inferred"_s));
    CHECK(sourceOf(a, u"published"_s)->source.contains(u"TBILISI, Aug. 12"_s));
}

TEST_CASE("No year to agree with the weekday: the article needs a date", "[ingest][metadata][dates]")
{
    QByteArray raw = readBytes(dataDir() + u"/ingest/inferred_date.txt"_s);
    raw.replace("before the end of 2008", "before the end of the year");
    const PreparedArticle a = prepareArticle(u"no_year.txt"_s, raw);
    CHECK_FALSE(a.text.published.isValid());
    bool warned = false;
    for (const QString &w : a.warnings)
        warned |= w.contains(u"needs a date"_s);
    CHECK(warned);
}

TEST_CASE("A lead whose opening names two weekdays gives the dateline no weekday", "[ingest][metadata][dates]")
{
    // Filed on the Wednesday about the Tuesday: the lead's "Tuesday" is not the dateline's day,
    // so the year named in the text (1999 had 12 October on a Tuesday) must not date it.
    const QByteArray raw = "Harbour pact signed after long night\n\n"
                           "VALLETTA, Oct. 12 (Wire) - Port authorities agreed on Tuesday to share berths, "
                           "ending a dispute that began when the old quay closed in 1999.\n\n"
                           "The deal was sealed over dinner and announced on Wednesday morning by both sides.\n";
    const PreparedArticle a = prepareArticle(u"two_weekdays.txt"_s, raw);
    CHECK_FALSE(a.text.published.isValid());
    CHECK_FALSE(a.dateClue.has_value());
}

TEST_CASE("A story that dates itself wins over a later page stamp", "[ingest][metadata][dates]")
{
    const PreparedArticle a = page(u"later_stamp.txt"_s);
    CHECK(a.text.published == QDate(2007, 12, 19));
    CHECK(a.publishedSource == u"lead-date"_s);
    CHECK(a.text.title == u"Villagers shrug at the summit next door"_s);
    CHECK(a.text.outlet == u"Riverside Broadcasting"_s); // an organisation as byline ("ByRiverside ...")
}

TEST_CASE("An archive stamp in numeric form gives no date, and a prompt is never the title", "[ingest][metadata]")
{
    const PreparedArticle a = page(u"archive_stamp.txt"_s);
    CHECK(a.text.title == u"Port workers vote to end the strike"_s);
    CHECK_FALSE(a.text.published.isValid());
    CHECK(reasonFor(a, u"Get every new story"_s).contains(u"prompt"_s));
}

TEST_CASE("A page with no headline marks the file-name title as such", "[ingest][metadata]")
{
    const QByteArray raw = "MOSCOW -- The ministry said on Monday that the talks would continue next week in the "
                           "capital, according to a statement released in the evening.\n\nOfficials gave no further "
                           "details about the agenda of the talks or who would attend them.\n";
    const PreparedArticle a = prepareArticle(u"untitled_copy.txt"_s, raw);
    CHECK(a.titleFromFileName);
    CHECK(a.text.title == u"untitled_copy"_s);
    REQUIRE(sourceOf(a, u"title"_s));
    CHECK(sourceOf(a, u"title"_s)->source == u"file name"_s);
}

TEST_CASE("The site's name beside a repeat of the headline, before a skip link, or in a tagline",
          "[ingest][metadata]")
{
    const PreparedArticle echo = page(u"echo_title.txt"_s);
    CHECK(echo.text.title == u"Ferry service to the islands resumes after storm"_s);
    CHECK(echo.text.outlet == u"RGZ"_s);
    CHECK(echo.text.published == QDate(2008, 10, 14));

    const QByteArray story = "\n\nRiver levels fall as the rain moves east\n\nBy Tomas Berg\n\n"
                             "Water levels on the lower river fell through the night as the rain moved east, and "
                             "the ferry crossings reopened in the morning, the county said.\n\n"
                             "Residents were told to keep sandbags in place until the weekend.\n";
    const PreparedArticle skip = prepareArticle(u"skip.txt"_s, "The Ridgeway Gazette Skip to main content" + story);
    CHECK(skip.text.outlet == u"The Ridgeway Gazette"_s);
    CHECK(skip.text.title == u"River levels fall as the rain moves east"_s);
    const PreparedArticle tagline = prepareArticle(u"tagline.txt"_s, "your morning paper, The Ridgeway Gazette" + story);
    CHECK(tagline.text.outlet == u"The Ridgeway Gazette"_s);
    // A site-name line is shaped like a short title-case headline but is never the title.
    const PreparedArticle named = prepareArticle(u"named.txt"_s, "World | Business | Sport\n\nThe Ridgeway Gazette" + story);
    CHECK(named.text.title == u"River levels fall as the rain moves east"_s);
    CHECK(named.text.outlet == u"The Ridgeway Gazette"_s);
    bool menuDropped = false;
    for (const RemovedBlock &r : named.removed)
        menuDropped |= r.text.startsWith(u"World | Business"_s) && r.reason.contains(u"menu"_s);
    CHECK(menuDropped);

    // Section labels, kickers, menu rows and widget words beside a skip link name no outlet:
    // never guess.
    for (const QByteArray &header : {QByteArray("Weather Sports Opinion Classifieds"), QByteArray("World News"),
                                     QByteArray("Latest News"), QByteArray("Home Business Tech Media News"),
                                     QByteArray("Menu Skip to content"),
                                     QByteArray("Analysis: River levels fall as the rain moves east")}) {
        INFO(header.toStdString());
        const PreparedArticle none = prepareArticle(u"none.txt"_s, header + story);
        CHECK(none.text.outlet.isEmpty());
        CHECK(none.text.title == u"River levels fall as the rain moves east"_s);
    }
}

TEST_CASE("A markdown blockquote is one paragraph, its credit line included", "[ingest][markdown]")
{
    const QByteArray raw = "# Notes on the harbour talks\n\n"
                           "The minister spoke at length on Monday about the new berths.\n\n"
                           "> \"We will open the southern quay to every ship that pays, and we will do it this year.\"\n"
                           "> \xe2\x80\x94 Rosa Albescu, speech to the port council\n\n"
                           "Nobody in the council objected to the plan.\n";
    const PreparedArticle a = prepareArticle(u"notes.md"_s, raw);
    bool found = false;
    for (const Paragraph &p : a.text.paragraphs) {
        const QString text = a.text.slice(p.span);
        CHECK_FALSE(text.startsWith(u'>'));
        if (text.contains(u"southern quay"_s)) {
            found = true;
            CHECK(text.contains(u"Rosa Albescu, speech to the port council"_s));
        }
    }
    CHECK(found);
}

TEST_CASE("A headline over its standfirst is the title, and a compiled-from credit is a byline", "[ingest][metadata]")
{
    const QByteArray raw = "THE LAKESIDE WEEKLY\n"
                           "World | Interviews\n\n"
                           "Albescu: The Harbour Deal Is Not Dead Yet\n"
                           "The port minister on the vote, the council and the neighbours who walked away\n\n"
                           "By Ilse Marten\n\n"
                           "Rosa Albescu has spent a month defending the harbour deal, and on Friday she sat down with "
                           "us in her office to explain why she still thinks it will pass.\n\n"
                           "She was calm and precise, and she answered every question we put to her.\n";
    const PreparedArticle a = prepareArticle(u"interview.txt"_s, raw);
    CHECK(a.text.title == u"Albescu: The Harbour Deal Is Not Dead Yet"_s);
    CHECK(a.byline == u"Ilse Marten"_s);

    const QByteArray digest = "THE LAKESIDE TIMES\n"
                              "Tuesday, March 3, 2009\n\n"
                              "Compiled from staff and wire reports\n\n"
                              "Port Council Delays Vote on the Southern Quay\n\n"
                              "VALLETTA - The port council put off its vote on the southern quay on Tuesday, saying "
                              "it needed another month to study the costs.\n\n"
                              "Members said the delay would not change the outcome.\n";
    const PreparedArticle d = prepareArticle(u"digest.txt"_s, digest);
    CHECK(d.text.title == u"Port Council Delays Vote on the Southern Quay"_s);
}

TEST_CASE("A header sentence whose weekday and full date agree is the page's stamp", "[ingest][metadata][dates]")
{
    const QByteArray raw = "The Valley Dispatch\n\n"
                           "LIVE: Port council votes on the southern quay\n"
                           "Rolling coverage on Wednesday, Oct. 15, 2008. All times local.\n"
                           "By the Dispatch city desk\n\n"
                           "9:05 a.m. - The council meets at ten, and the public gallery is already full.\n\n"
                           "9:40 a.m. - Members are arriving; the chair says the vote will come before lunch.\n";
    const PreparedArticle a = prepareArticle(u"live.txt"_s, raw);
    CHECK(a.text.published == QDate(2008, 10, 15));
    CHECK(a.text.title == u"LIVE: Port council votes on the southern quay"_s);

    // The weekday must agree: 15 October 2008 was a Wednesday, not a Monday.
    QByteArray wrong = raw;
    wrong.replace("Wednesday, Oct. 15", "Monday, Oct. 15");
    CHECK_FALSE(prepareArticle(u"live_wrong.txt"_s, wrong).text.published.isValid());
}

TEST_CASE("Page furniture above the headline is never the title",
          "[ingest][metadata]")
{
    const QByteArray story = "Harbour board approves the new southern quay\n\n"
                             "VALLETTA - The harbour board approved the southern quay on Tuesday after a long "
                             "debate, and work is expected to begin in the spring.\n\n"
                             "Members said the cost had been checked twice by outside engineers.\n";
    struct Case
    {
        const char *header;
        const char *why;
    };
    for (const Case &c : {Case{"MALTA PORTS INSTITUTE\n\n", "an all-capital publisher's line atop the page"},
                          Case{"Analysis | Ports and Shipping Program\n\n", "a section label before a trail"},
                          Case{"VALLEY MORNING DAILY - WORLD - text version\n\n", "a site name heading a trail"},
                          Case{"The Valley Ledger\nServing the valley since 1889\n\nHome > News > World\n\n",
                               "a tagline above the menu row"},
                          Case{"CORRECTION, Oct. 8, 2008: An earlier version of this article gave the wrong cost "
                               "of the quay and the wrong name of the board's chairman. We regret the errors.\n\n",
                               "a correction notice over the headline"}}) {
        INFO(c.why);
        const PreparedArticle a = prepareArticle(u"header.txt"_s, QByteArray(c.header) + story);
        CHECK(a.text.title == u"Harbour board approves the new southern quay"_s);
    }
    const PreparedArticle reprint =
        prepareArticle(u"reprint.txt"_s, QByteArray("Harbour board approves the new southern quay\n\n"
                                                    "Reprinted from The Valley Ledger\n\n") +
                                             story.mid(story.indexOf("VALLETTA")));
    CHECK(reprint.text.title == u"Harbour board approves the new southern quay"_s);
}

TEST_CASE("A site name beside a section trail joined by an ampersand", "[ingest][metadata]")
{
    const PreparedArticle a = prepareArticle(
        u"amp.txt"_s, QByteArray("THE VALLEY LEDGER | NATION & WORLD\n\n"
                                 "Harbour board approves the new southern quay\n\n"
                                 "VALLETTA - The harbour board approved the southern quay on Tuesday after a long "
                                 "debate, and work is expected to begin in the spring.\n\n"
                                 "Members said the cost had been checked twice by outside engineers.\n"));
    CHECK(a.text.outlet == u"THE VALLEY LEDGER"_s);
    CHECK(a.text.title == u"Harbour board approves the new southern quay"_s);
}

TEST_CASE("A dateline with a single hyphen, a repeated place line, and no dateline from a section word",
          "[ingest][metadata]")
{
    const QByteArray tail = "The harbour board approved the southern quay on Tuesday after a long debate.\n\n"
                            "Members said the cost had been checked twice.\n";
    const PreparedArticle hyphen =
        prepareArticle(u"hyphen.txt"_s, "Quay approved\n\nVALLETTA, Malta - " + tail);
    CHECK(hyphen.text.datelinePlace == u"Valletta, Malta"_s);
    const PreparedArticle twice =
        prepareArticle(u"twice.txt"_s, "Quay approved\n\nVALLETTA - VALLETTA (AP) \u2014 " + tail);
    CHECK(twice.text.datelinePlace == u"Valletta"_s);
    for (const char *section : {"WORLD - ", "LIVE - ", "ANALYSIS - "}) {
        INFO(section);
        const PreparedArticle none = prepareArticle(u"section.txt"_s, QByteArray("Quay approved\n\n") + section + tail);
        CHECK(none.text.datelinePlace.isEmpty());
    }
}

TEST_CASE("A correction notice over the headline stays in the text but opens no story", "[ingest][metadata]")
{
    const QByteArray raw = "CORRECTION, Oct. 8, 2008: An earlier version of this article gave the wrong cost of the "
                           "quay on Monday and the wrong name of the board's chairman. We regret the errors.\n\n"
                           "Harbour board approves the new southern quay\n\n"
                           "VALLETTA, Malta - The harbour board approved the southern quay on Tuesday after a long "
                           "debate, and work is expected to begin in the spring.\n\n"
                           "Members said the cost had been checked twice by outside engineers.\n";
    const PreparedArticle a = prepareArticle(u"corrected.txt"_s, raw);
    CHECK(a.text.title == u"Harbour board approves the new southern quay"_s);
    CHECK(a.text.datelinePlace == u"Valletta, Malta"_s);
    CHECK(a.text.text.contains(u"An earlier version of this article"_s));
}
