// Boilerplate removal on the real seeds: exactly which lines each seed loses, and which lines
// that look like furniture must survive. Line numbers refer to the seed files.

#include "ingest/prepared_article.h"
#include "ingest_fixture.h"

#include <QMap>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct ExpectedCleaning
{
    QString prefix;
    QStringList dropped; ///< text of each removed block (markdown links reduced to their labels), in order
    QStringList kept;    ///< lines that must be in the clean text, verbatim
};

// clang-format off
const QVector<ExpectedCleaning> kCleaning = {
    {u"000"_s,
     {u"Skip to main content"_s,                                                            // line 1, widget
      u"Story Highlights"_s,                                                                // line 5, widget head
      u"Official: Bush will visit coastal city of Sochi after stop in Croatia on April 5"_s, // lines 6-9, highlights
      u"National security adviser: Bush and Vladimir Putin to talk missile defense"_s,
      u"U.S. trying to calm Russian fears of America installing interceptor missiles in Europe"_s,
      u"Condoleezza Rice and Robert Gates \"made progress\" in Moscow this month"_s,
      u"Next Article in Politics \u00BB"_s,                                                 // line 10
      u"Decrease font Decrease font"_s,                                                     // line 11
      u"Enlarge font Enlarge font"_s,                                                       // line 12
      u"E-mail to a friend E-mail to a friend"_s,                                           // tail of line 43
      u"All About Russia"_s,                                                                // line 45
      u"E-mail"_s, u"Save"_s, u"Print"_s},                                                  // lines 47-49
     {u"Official: Bush will visit Putin in Russia"_s,                                       // title, line 3
      u"President Bush with Russian President Vladimir Putin in Australia in 2007."_s,      // caption, line 17
      u"\"There are still a lot of outstanding problems that need to be discussed,\" Putin said."_s}},
    {u"001"_s,
     {u"?"_s},                                                                              // the stray "? " of line 5
     {u"Bush and Medvedev"_s, u"Disagreements"_s, u"Defense plan not a threat"_s,           // headings, lines 11/23/33
      u"President Bush and Russian President Vladimir Putin failed to overcome"_s,
      u"That, said Putin, represents \u201Ccertain progress.\u201D"_s}},                    // last line
    {u"002"_s,
     {u"By Global Research"_s,                                                              // line 5, byline
      // lines 7 and 9 are date stamps: kept as stamp lines (checked below), not dropped
      u"Region: Russia and FSU"_s,                                                          // line 11
      u"Theme: Militarization and WMD"_s,                                                   // line 13
      u"The original source of this article is RIA Novosti"_s,                              // line 41
      u"Copyright \u00A9 Global Research, RIA Novosti, 2008"_s,                             // line 42
      u"Comment on Global Research Articles on our Facebook page"_s,                        // line 44
      u"Become a Member of Global Research"_s,                                              // line 46
      u"Articles by: Global Research"_s,                                                    // line 48
      u"Disclaimer: The contents of this article are of sole responsibility"_s,             // line 50 (prefix)
      u"www.globalresearch.ca contains copyrighted material"_s,                             // line 52 (prefix)
      u"For media inquiries: publications@globalresearch.ca"_s},                            // line 54
     {u"Kremlin upbeat over Bush-Putin talks"_s,
      u"A document released after the meeting said the countries would continue to work on a new "
      "Strategic Arms Reduction Treaty to replace START-1"_s}},                             // last body line 39
    {u"003"_s,
     {u"By Staff"_s,                                                                        // line 3, byline
      u"|"_s,                                                                               // line 4
      u"Google Oneindia News"_s,                                                            // line 5, site name
      u"Reuters"_s,                                                                         // line 35, credit
      u"RelatedStories"_s,                                                                  // line 37
      u"Anti-war protesters rally before Bush-Putin talks"_s,                               // line 40, related link
      u">"_s,                                                                               // line 41
      u"For Daily Alerts"_s, u"Get Instant News Updates"_s, u"Enable"_s, u"x"_s,            // lines 42-45
      u"Notification Settings X"_s, u"Time Settings"_s, u"Done"_s,                          // lines 46-48
      u"Clear Notification X"_s,                                                            // line 49
      u"Do you want to clear all the notifications from your inbox?"_s,                     // line 50
      u"Settings X"_s, u"X"_s},                                                             // lines 51-52
     {u"Putin offers Bush wider missile defense cooperation"_s,
      u"Instead, they portrayed the meeting as a chance for Bush and Putin"_s}},
    {u"004"_s,
     {u"Facebook Twitter"_s,                                                                // line 1
      u"SHARE Lavrov: Russia and the U.S. still have differences over missile defense"_s},  // line 5, repeat
     {u"Lavrov: Russia and the U.S. still have differences over missile defense"_s,         // title, line 3
      u"\"He wanted to see ... whether President Putin is really interested"_s}},
};
// clang-format on

} // namespace

TEST_CASE("Boilerplate removal drops exactly the furniture lines of each seed", "[ingest][seeds][boilerplate]")
{
    for (const ExpectedCleaning &seed : kCleaning) {
        DYNAMIC_SECTION("seed " << seed.prefix.toStdString())
        {
            const PreparedArticle a = readArticleFile(seedPath(seed.prefix));
            QStringList removed;
            for (const RemovedBlock &r : a.removed)
                removed << r.text.trimmed();
            INFO("removed: " << removed.join(u" | "_s).toStdString());
            REQUIRE(removed.size() == seed.dropped.size());
            for (int i = 0; i < removed.size(); ++i) {
                INFO("removed block " << i);
                CHECK(removed[i].startsWith(seed.dropped[i]));
                CHECK_FALSE(a.removed[i].reason.isEmpty());
                // Dropped furniture never reaches the clean text (a one-letter "x" would match
                // any word, so only lines with a few letters are searched for).
                if (seed.dropped[i].size() > 3)
                    CHECK_FALSE(a.text.text.contains(seed.dropped[i]));
            }
            for (const QString &line : seed.kept) {
                INFO("kept: " << line.toStdString());
                CHECK(a.text.text.contains(line));
            }
        }
    }
}

TEST_CASE("Removed blocks point at their own text in the raw file", "[ingest][seeds][boilerplate]")
{
    for (const QString &path : seedFiles()) {
        const PreparedArticle a = readArticleFile(path);
        INFO(path.toStdString());
        for (const RemovedBlock &r : a.removed) {
            INFO(r.text.toStdString() << " (" << r.reason.toStdString() << ")");
            REQUIRE(r.rawStart >= 0);
            REQUIRE(r.rawEnd <= a.rawText.size());
            REQUIRE(r.rawStart <= r.rawEnd);
            const QString raw = a.rawText.mid(r.rawStart, r.rawEnd - r.rawStart);
            // The raw span holds the block; markdown links are reduced in the block text, so
            // compare the first word only.
            const QString firstWord = r.text.trimmed().section(QLatin1Char(' '), 0, 0);
            CHECK(raw.contains(firstWord));
        }
    }
}

TEST_CASE("Reasons name the kind of furniture", "[ingest][seeds][boilerplate]")
{
    const PreparedArticle a = readArticleFile(seedPath(u"002"_s));
    QMap<QString, QString> reasonOf;
    for (const RemovedBlock &r : a.removed)
        reasonOf.insert(r.text.trimmed().left(20), r.reason);
    CHECK(reasonOf.value(u"By Global Research"_s).contains(u"byline"_s));
    CHECK(reasonOf.value(u"Region: Russia and FS"_s.left(20)).contains(u"label"_s));
    CHECK(reasonOf.value(u"Copyright \u00A9 Global Res"_s.left(20)).contains(u"copyright"_s));
    const PreparedArticle c = readArticleFile(seedPath(u"000"_s));
    bool sawHighlights = false;
    for (const RemovedBlock &r : c.removed)
        sawHighlights |= r.text.startsWith(u"National security adviser"_s) && r.reason.contains(u"highlights"_s);
    CHECK(sawHighlights);
}

TEST_CASE("Page date stamps stay in the text as stamp lines, never as body", "[ingest][seeds][boilerplate]")
{
    // Seed 002 lines 7 and 9 ("Global Research, April 06, 2008", "RIA Novosti 6 April 2008") give
    // the publication year, and the date tagger must see them too: they are kept as non-body
    // (heading) paragraphs.
    const PreparedArticle a = readArticleFile(seedPath(u"002"_s));
    const ArticleText &t = a.text;
    int stamps = 0;
    for (const Paragraph &p : t.paragraphs) {
        const QString text = t.slice(p.span);
        if (text == u"Global Research, April 06, 2008"_s || text == u"RIA Novosti 6 April 2008"_s) {
            CHECK(p.kind == ParagraphKind::Heading);
            ++stamps;
        }
    }
    CHECK(stamps == 2);
    for (const RemovedBlock &r : a.removed)
        CHECK_FALSE(r.text.contains(u"April 06, 2008"_s));
}
