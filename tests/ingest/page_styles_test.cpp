// Metadata on pages in styles the first rules were not tuned for, each a test page written for
// these tests: a masthead over a menu row, a document type as the page's headline, a contents
// list, a blog's post line and repost credit, a paper's own desk credit, a kicker label, a
// whole-line dateline with a bare agency, and numeric stamps whose reading the page must settle.

#include "ingest/page_rules.h"
#include "ingest/date_parsing.h"
#include "ingest/dateline_parser.h"
#include "ingest/outlet_credits.h"
#include "ingest/page_stamps.h"
#include "ingest/prepared_article.h"
#include "ingest_fixture.h"

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The bundled dateline rules, whose outlet words the credit readers use.
const DatelineParser &dp() { return *PageRules::bundled().datelines; }

PreparedArticle page(const QString &name)
{
    return readArticleFile(dataDir() + u"/ingest/"_s + name);
}

} // namespace

TEST_CASE("A briefing page: masthead as outlet, document type as headline, contents list skipped",
          "[ingest][metadata][styles]")
{
    const PreparedArticle a = page(u"embassy_briefing.txt"_s);
    CHECK(a.text.title == u"Weekly Press Briefing"_s);      // not a topic from the contents list
    CHECK(a.text.outlet == u"Embassy of the United States"_s); // the masthead, not "Weekly Press Briefing"
    CHECK(a.text.published == QDate(2008, 3, 4));
    CHECK_FALSE(looksLikeOutletName(dp(), u"Weekly Press Briefing"_s));
    CHECK(looksLikeOutletName(dp(), u"THE VALLEY GAZETTE-LEADER"_s)); // a hyphenated outlet word
}

TEST_CASE("A blog repost: the post line is a stamp, the credited paper the outlet", "[ingest][metadata][styles]")
{
    const PreparedArticle a = page(u"blog_repost_credit.txt"_s);
    CHECK(a.text.title == u"Ministers trade warnings over Baltic exercises"_s);
    CHECK(a.text.outlet == u"Lakeview Sentinel"_s);
    CHECK(a.republisher == u"THE STEPPE LETTER"_s);
    CHECK(a.text.published == QDate(2008, 6, 10));
    CHECK(repostCredit(dp(), u"Reprinted with permission from The Harbor Times, where it ran last week."_s)
          == u"Harbor Times"_s);
    CHECK(repostCredit(dp(), u"From the Harbor Times"_s) == u"Harbor Times"_s);
    CHECK(repostCredit(dp(), u"From the Archives"_s).isEmpty());
    CHECK(repostCredit(dp(), u"From the start, the talks went badly for both sides and everyone knew it."_s).isEmpty());
}

TEST_CASE("A paper's own desk credit names the paper; a kicker label leaves the headline",
          "[ingest][metadata][styles]")
{
    const PreparedArticle a = page(u"desk_credit_kicker.txt"_s);
    CHECK(a.text.title == u"Why the summit left both sides claiming a win"_s);
    CHECK(a.text.outlet == u"THE VALLEY GAZETTE-LEADER"_s); // not "Gazette-Leader Wire Services"
    CHECK(a.republisher.isEmpty());
    CHECK(a.text.published == QDate(2008, 4, 3));
    // After a standfirst the desk line is still the byline's affiliation, not a heading of the story.
    CHECK_FALSE(a.text.text.contains(u"Wire Services"_s));
    CHECK(a.text.text.contains(u"each side read it its own way"_s));
    CHECK(deskOwner(dp(), u"Harbor Times Foreign Staff"_s) == u"Harbor Times"_s);
    CHECK(deskOwner(dp(), u"HARBOR TIMES LISBON BUREAU"_s) == u"HARBOR TIMES"_s);
    CHECK(deskOwner(dp(), u"Associated Press Writer"_s).isEmpty()); // an agency: agencyInCredit reads it
    CHECK(withoutKicker(u"OPINION: A thaw that nobody planned"_s) == u"A thaw that nobody planned"_s);
    CHECK(withoutKicker(u"News Analysis - A thaw that nobody planned"_s) == u"A thaw that nobody planned"_s);
    CHECK(withoutKicker(u"US: Arms talks to drag into next year"_s) == u"US: Arms talks to drag into next year"_s);
    CHECK(withoutKicker(u"Russia: a new chill"_s) == u"Russia: a new chill"_s);
}

TEST_CASE("A whole-line dateline with a bare agency; a year-first numeric stamp", "[ingest][metadata][styles]")
{
    const PreparedArticle a = page(u"wire_bare_dateline.txt"_s);
    CHECK(a.text.title == u"Leaders agree to press on with arms talks after brief meeting"_s);
    CHECK(a.text.outlet == u"Kyodo News"_s);
    CHECK(a.republisher == u"Pacific Rim Policy Review"_s);
    CHECK(a.text.datelinePlace == u"Tokyo"_s);
    CHECK(a.text.published == QDate(2009, 7, 8));
}

TEST_CASE("Numeric stamps: read when the order is certain and the page agrees, else left alone",
          "[ingest][metadata][dates][styles]")
{
    CHECK(numericDateReadings(u"10:12 21/03/2008"_s) == QVector<QDate>{QDate(2008, 3, 21)});
    CHECK(numericDateReadings(u"2009/11/15 22:41"_s) == QVector<QDate>{QDate(2009, 11, 15)});
    CHECK(numericDateReadings(u"05/09/2008"_s) == (QVector<QDate>{QDate(2008, 5, 9), QDate(2008, 9, 5)}));
    CHECK(numericDateReadings(u"no date here"_s).isEmpty());

    const QVector<QDate> both{QDate(2008, 5, 9), QDate(2008, 9, 5)};
    // The dateline's day settles it; a weekday on the stamp line does too.
    CHECK(settleNumericStamp(both, u"05/09/2008"_s, 9, 5, {}, false) == QDate(2008, 9, 5));
    const QVector<QDate> marchOrApril{QDate(2008, 3, 4), QDate(2008, 4, 3)}; // a Tuesday, a Thursday
    CHECK(settleNumericStamp(marchOrApril, u"Thursday 04/03/2008"_s, 0, 0, {}, true) == QDate(2008, 4, 3));
    CHECK_FALSE(settleNumericStamp(marchOrApril, u"Thursday 04/03/2008"_s, 0, 0, {}, false).isValid()); // year unnamed
    CHECK_FALSE(settleNumericStamp(marchOrApril, u"Sunday 04/03/2008"_s, 0, 0, {}, true).isValid());    // neither fits
    CHECK_FALSE(settleNumericStamp(both, u"Friday 05/09/2008"_s, 0, 0, {}, true).isValid()); // both are Fridays
    // A day named in the opening within two weeks of one reading only.
    CHECK(settleNumericStamp(both, u"05/09/2008"_s, 0, 0, u"On May 7th the new cabinet met."_s, false)
          == QDate(2008, 5, 9));
    // Nothing on the page speaks to it: no date, whatever the year.
    CHECK_FALSE(settleNumericStamp(both, u"05/09/2008"_s, 0, 0, u"The talks went on."_s, true).isValid());
    // A certain reading far from the dateline is a later re-stamp, not the story's day.
    CHECK_FALSE(settleNumericStamp({QDate(2016, 7, 27)}, u"Last Updated: 07/27/2016"_s, 4, 24, {}, false).isValid());
    // With no dateline and no day named, a certain reading stands only if the story names its year.
    CHECK(settleNumericStamp({QDate(2009, 5, 15)}, u"15/05/2009"_s, 0, 0, {}, true) == QDate(2009, 5, 15));
    CHECK_FALSE(settleNumericStamp({QDate(2016, 7, 27)}, u"07/27/2016"_s, 0, 0, {}, false).isValid());

    const PreparedArticle settled = page(u"editorial_numeric_stamp.txt"_s);
    CHECK(settled.text.published == QDate(2008, 4, 3)); // "On April 2nd" rules out 4 March
    CHECK(settled.text.outlet == u"Radio Harbor"_s);     // the masthead without its section word
    CHECK(settled.text.title == u"Talking Is Not Conceding"_s);

    const PreparedArticle open = page(u"section_site_ambiguous_stamp.txt"_s);
    CHECK_FALSE(open.text.published.isValid()); // 6 July or 7 June: nothing on the page says
    CHECK(open.text.outlet == u"The Eastbrook Herald"_s); // "Name | Section" header line
    CHECK(open.text.title == u"Envoys meet again as treaty deadline nears"_s);
}

TEST_CASE("A page's og:url or canonical link is stored only when it is a web link", "[ingest][metadata][links]")
{
    CHECK(page(u"unsafe_og_url.html"_s).url.isEmpty());
    CHECK(page(u"safe_og_url.html"_s).url == u"https://www.example.org/world/envoys-spring.html"_s);
}

TEST_CASE("A whole-line dateline and the lead's weekday date a page with no stamp", "[ingest][metadata][dates][styles]")
{
    // "OSLO, Sept. 3 Kyodo", "on Wednesday" in the next paragraph, 2008 in the text: 3 September
    // 2008 was a Wednesday.
    const PreparedArticle a = page(u"bare_dateline_weekday.txt"_s);
    CHECK(a.text.published == QDate(2008, 9, 3));
    CHECK(a.publishedSource == u"inferred"_s);
    CHECK(a.text.outlet == u"Kyodo News"_s);
    CHECK(a.republisher == u"Northern Security Monitor"_s);
    CHECK(a.text.title == u"Ministers open new round on missile plans"_s);
}

TEST_CASE("Guards: no outlet from a rank, a place, a weekday, a widget or a headline over a share row",
          "[ingest][metadata][styles]")
{
    CHECK(deskOwner(dp(), u"Senior Staff Writer"_s).isEmpty());
    CHECK(deskOwner(dp(), u"Moscow Bureau"_s).isEmpty());
    CHECK(deskOwner(dp(), u"Foreign Desk Staff"_s).isEmpty());
    CHECK(repostCredit(dp(), u"Originally published on Monday, this piece has been updated."_s).isEmpty());
    CHECK(repostCredit(dp(), u"Originally published in March, before the vote."_s).isEmpty());
    CHECK(repostCredit(dp(), u"From the Editor's Desk"_s).isEmpty());
    CHECK(repostCredit(dp(), u"Originally published by Reuters. Reposted with permission."_s) == u"Reuters"_s);
    CHECK(siteNameInHeader(dp(), u"The Eastbrook Herald | World"_s) == u"The Eastbrook Herald"_s);
    CHECK(siteNameInHeader(dp(), u"Harbor Radio Editorials"_s) == u"Harbor Radio"_s);
    CHECK(siteNameInHeader(dp(), u"Department of State"_s) == u"Department of State"_s);
    CHECK(siteNameInHeader(dp(), u"The Eastbrook Herald | Envoys meet again"_s).isEmpty());

    const PreparedArticle share = page(u"headline_over_share_row.txt"_s);
    CHECK(share.text.title == u"Envoys Fail To Agree On Observers For The Border"_s);
    CHECK(share.text.outlet.isEmpty());

    const PreparedArticle advert = page(u"advert_over_menu.txt"_s);
    CHECK(advert.text.title == u"Talks on the gas contract resume after a week's pause"_s);
    CHECK(advert.text.outlet.isEmpty());
}

TEST_CASE("Variants of the new shapes: wire kickers, hyphenated stamps, a bracketed whole-line dateline",
          "[ingest][metadata][styles]")
{
    CHECK(withoutKicker(u"ANALYSIS-Moscow bets on a long winter of talks"_s) == u"Moscow bets on a long winter of talks"_s);
    CHECK(withoutKicker(u"UPDATE 2-Talks resume in Geneva after a pause"_s) == u"Talks resume in Geneva after a pause"_s);
    CHECK(withoutKicker(u"Anti-missile plan splits the alliance again"_s) == u"Anti-missile plan splits the alliance again"_s);
    CHECK(withoutKicker(u"Op-Ed pages split on the summit"_s) == u"Op-Ed pages split on the summit"_s);
    CHECK(numericDateReadings(u"21-03-2008 10:12"_s) == QVector<QDate>{QDate(2008, 3, 21)});
    CHECK(repostCredit(dp(), u"Republished with permission of the Harbor Times."_s) == u"Harbor Times"_s);
    Dateline d;
    REQUIRE(PageRules::bundled().datelines->parse(u"OSLO, Sept. 3 (Kyodo)"_s, &d));
    CHECK(d.place == u"Oslo"_s);
    CHECK(d.agency == u"Kyodo"_s);
    CHECK_FALSE(PageRules::bundled().datelines->parse(u"OSLO, Sept. 3 Meeting"_s, &d)); // no agency we know
}
