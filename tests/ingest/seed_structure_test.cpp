// Paragraph and sentence counts of each seed's body, against counts made by reading the files.
//
// How the hand counts were made: each seed was read in a text viewer with line numbers. A body
// paragraph is one block of story prose separated by a blank line (a hard-wrapped line would
// count once; the seeds have none). Not body: the title line, photo captions, section headings
// ("Bush and Medvedev"), page date stamps, highlights bullets, widgets and footers. Sentences were counted as a
// reader would: a sentence ends at . ! or ? (inside or before closing quotes) followed by a
// capitalised word; abbreviations and initials ("U.S.", "Mr.", "George W.") and an ellipsis
// followed by a lowercase word ("can ... consolidate") do not end one. One judgement call,
// noted where it is: "characterize the ideas. ... Now they need" counts as two sentences, the
// "..." being a pause inside the quote; wherever the "..." is attached the count is the same.
//
// Each expectation lists the opening words of the paragraph and its sentence count, so a
// disagreement points at the exact paragraph.

#include "ingest/prepared_article.h"
#include "ingest_fixture.h"

#include <map>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct ExpectedParagraph
{
    QString opening;
    int sentences;
};

struct ExpectedSeed
{
    QString prefix;
    QVector<ExpectedParagraph> body;
    QStringList captions; ///< openings of photo captions (not body)
    QStringList headings; ///< section headings and the title line (not body)
};

// clang-format off
const QVector<ExpectedSeed> kSeeds = {
    {u"000"_s, {
        {u"WASHINGTON (CNN) -- President Bush plans"_s, 1},       // line 14
        {u"Bush intends to visit Sochi"_s, 1},                     // line 19
        {u"\"This is an opportunity"_s, 1},                        // line 21: "can ... consolidate" is one sentence
        {u"Secretary of State Condoleezza Rice"_s, 2},             // line 23
        {u"In the Moscow meetings"_s, 2},                          // line 25
        {u"In addition, America said"_s, 1},                       // line 27
        {u"Putin, who becomes prime minister"_s, 2},               // line 29
        {u"The United States has offered"_s, 1},                   // line 31
        {u"\"The main issue there"_s, 1},                          // line 33
        {u"\"And we are trying"_s, 1},                             // line 35
        {u"He said the administration"_s, 1},                      // line 37
        {u"\"We are prepared"_s, 1},                               // line 39
        {u"After meeting with Rice and Gates"_s, 1},               // line 41
        {u"\"There are still a lot"_s, 1},                         // line 43, without "E-mail to a friend"
     }, // 14 paragraphs, 17 sentences
     {u"President Bush with Russian President Vladimir Putin in Australia"_s},
     {u"Official: Bush will visit Putin in Russia"_s}},
    {u"001"_s, {
        {u"President Bush and Russian President Vladimir Putin failed"_s, 1}, // line 5, after the stray "? "
        {u"\u201COur fundamental attitude"_s, 3},                  // line 7
        {u"Putin declared there were"_s, 3},                       // line 9
        {u"Bush also conferred"_s, 2},                             // line 13
        {u"Putin was asked whether"_s, 1},                         // line 15
        {u"Putin said Medvedev would"_s, 3},                       // line 17: "Mr. Medvedev" is no break
        {u"National Security Adviser Stephen Hadley"_s, 2},        // line 19
        {u"Hadley, who spoke with"_s, 2},                          // line 21
        {u"At their 28th and final"_s, 2},                         // line 25
        {u"Russia remains adamantly"_s, 1},                        // line 27
        {u"The Sochi meeting came"_s, 2},                          // line 29
        {u"Putin called the U.S. missile plan"_s, 4},              // line 31
        {u"Bush reiterated his insistence"_s, 2},                  // line 35
        {u"\u201CI view this as defensive"_s, 2},                  // line 37
        {u"Bush and Putin did issue"_s, 1},                        // line 39
        {u"The statement outlined"_s, 2},                          // line 41
     }, // 16 paragraphs, 33 sentences
     {u"Russian President Vladimir Putin and President Bush walk"_s}, // line 3, AP photo caption
     {u"Bush, Putin remain divided"_s, u"Bush and Medvedev"_s, u"Disagreements"_s, u"Defense plan not a threat"_s}},
    {u"002"_s, {
        {u"MOSCOW, April 6 (RIA Novosti)"_s, 1},                  // line 15
        {u"George W. Bush and outgoing"_s, 1},                     // line 17: "W." is an initial
        {u"However, the Kremlin source said"_s, 1},                // line 19
        {u"\"The most important result"_s, 1},                     // line 21
        {u"After the meeting, Putin told"_s, 2},                   // line 23
        {u"He said he believes Bush"_s, 2},                        // line 25
        {u"The Kremlin source said that at"_s, 1},                 // line 27
        {u"\"The sides agreed"_s, 1},                              // line 29
        {u"After meeting Medvedev"_s, 2},                          // line 31
        {u"Russia views a planned"_s, 1},                          // line 33
        {u"As well as missile defense"_s, 1},                      // line 35
        {u"\"As for strategic offensive"_s, 1},                    // line 37
        {u"A document released after"_s, 1},                       // line 39
     }, // 13 paragraphs, 16 sentences
     {},
     {u"Kremlin upbeat over Bush-Putin talks"_s,
      u"Global Research, April 06, 2008"_s, // lines 7 and 9: page date stamps, kept for the date tagger
      u"RIA Novosti 6 April 2008"_s}},
    {u"003"_s, {
        {u"Kennebunkport (Maine), July 3:"_s, 1},                  // line 7: "George W Bush" has no period
        {u"After talks at the Bush family compound"_s, 1},         // line 9
        {u"The two-day summit"_s, 1},                              // line 11
        {u"The two leaders turned"_s, 1},                          // line 13
        {u"With the two countries"_s, 1},                          // line 15
        {u"''We support the idea"_s, 3},                           // line 17: '' is used as a quote mark
        {u"Putin has said is not convinced"_s, 1},                 // line 19
        {u"Russia considers it"_s, 1},                             // line 21
        {u"Other key areas"_s, 1},                                 // line 23
        {u"Bush, pushing for tougher"_s, 1},                       // line 25
        {u"The United States is seeking"_s, 1},                    // line 27
        {u"''I've been counting"_s, 1},                            // line 29
        {u"Both sides had advised"_s, 1},                          // line 31
        {u"Instead, they portrayed"_s, 1},                         // line 33
     }, // 14 paragraphs, 16 sentences
     {},
     {u"Putin offers Bush wider missile defense cooperation"_s}},
    {u"004"_s, {
        {u"MOSCOW \u2014 Foreign Minister"_s, 1},                  // line 7
        {u"After talks with Gates"_s, 2},                          // line 9
        {u"\"When we have differences"_s, 1},                      // line 11
        {u"Gates, joining Lavrov"_s, 1},                           // line 13
        {u"\"I would say they listened"_s, 6},                     // line 15 (see the note on "...")
        {u"Lavrov said that the two sides"_s, 2},                  // line 17
        {u"But he did say"_s, 1},                                  // line 19
        {u"Despite tensions"_s, 1},                                // line 21
        {u"A senior U.S. official"_s, 2},                          // line 23
        {u"During a brief greeting"_s, 1},                         // line 25
        {u"Gates and Rice came"_s, 1},                             // line 27
        {u"Rice said the two sides did agree"_s, 1},               // line 29
        {u"\"I, for one"_s, 3},                                    // line 31
        {u"\"We have work to do"_s, 1},                            // line 33
        {u"Although President Bush"_s, 1},                         // line 35
        {u"Greeting Gates and Rice"_s, 1},                         // line 37
        {u"\"Six months have passed"_s, 1},                        // line 39
        {u"Even before the Americans"_s, 2},                       // line 41
        {u"\"The president wanted"_s, 2},                          // line 43: "see ... whether" is one sentence
     }, // 19 paragraphs, 31 sentences
     {},
     {u"Lavrov: Russia and the U.S. still have differences"_s}},
};
// clang-format on

const std::map<QString, std::pair<int, int>> kTotals = {
    {u"000"_s, {14, 17}}, {u"001"_s, {16, 33}}, {u"002"_s, {13, 16}}, {u"003"_s, {14, 16}}, {u"004"_s, {19, 31}},
};

int sentencesIn(const ArticleText &t, int paragraph)
{
    int n = 0;
    for (const Sentence &s : t.sentences)
        n += s.paragraph == paragraph ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("Hand-counted totals agree with the per-paragraph expectations", "[ingest][seeds][counts]")
{
    // Guards the table above against typos: the totals were counted separately.
    for (const ExpectedSeed &seed : kSeeds) {
        int sentences = 0;
        for (const ExpectedParagraph &p : seed.body)
            sentences += p.sentences;
        INFO(seed.prefix.toStdString());
        CHECK(int(seed.body.size()) == kTotals.at(seed.prefix).first);
        CHECK(sentences == kTotals.at(seed.prefix).second);
    }
}

TEST_CASE("Each seed's body paragraphs and sentences match the hand counts", "[ingest][seeds][counts]")
{
    for (const ExpectedSeed &seed : kSeeds) {
        DYNAMIC_SECTION("seed " << seed.prefix.toStdString())
        {
            const PreparedArticle a = readArticleFile(seedPath(seed.prefix));
            const ArticleText &t = a.text;
            QVector<int> body;
            QStringList captions, headings;
            for (int i = 0; i < t.paragraphs.size(); ++i) {
                const QString text = t.slice(t.paragraphs[i].span);
                switch (t.paragraphs[i].kind) {
                case ParagraphKind::Body: body << i; break;
                case ParagraphKind::Caption: captions << text; break;
                case ParagraphKind::Heading: headings << text; break;
                }
            }
            CHECK(body.size() == seed.body.size());
            int bodySentences = 0;
            for (int i : std::as_const(body))
                bodySentences += sentencesIn(t, i);
            CHECK(bodySentences == kTotals.at(seed.prefix).second);

            for (int k = 0; k < std::min(body.size(), seed.body.size()); ++k) {
                const QString text = t.slice(t.paragraphs[body[k]].span);
                INFO("body paragraph " << k << ": " << text.left(80).toStdString());
                CHECK(text.startsWith(seed.body[k].opening));
                CHECK(sentencesIn(t, body[k]) == seed.body[k].sentences);
            }
            REQUIRE(captions.size() == seed.captions.size());
            for (int k = 0; k < captions.size(); ++k)
                CHECK(captions[k].startsWith(seed.captions[k]));
            REQUIRE(headings.size() == seed.headings.size());
            for (int k = 0; k < headings.size(); ++k)
                CHECK(headings[k].startsWith(seed.headings[k]));
        }
    }
}

TEST_CASE("Sentences tile their paragraphs: ordered, inside, trimmed, non-empty", "[ingest][seeds][counts]")
{
    for (const QString &path : seedFiles()) {
        const PreparedArticle a = readArticleFile(path);
        const ArticleText &t = a.text;
        INFO(path.toStdString());
        int previousEnd = 0;
        int previousParagraph = 0;
        for (const Sentence &s : t.sentences) {
            REQUIRE(s.paragraph >= 0);
            REQUIRE(s.paragraph < t.paragraphs.size());
            CHECK(s.paragraph >= previousParagraph);
            CHECK(t.paragraphs[s.paragraph].span.contains(s.span));
            CHECK(s.span.start >= previousEnd);
            CHECK(s.span.length() > 0);
            const QString text = t.slice(s.span);
            CHECK_FALSE(text.front().isSpace());
            CHECK_FALSE(text.back().isSpace());
            previousEnd = s.span.end;
            previousParagraph = s.paragraph;
        }
        // Every paragraph has at least one sentence, and paragraphs are separated by a blank line.
        for (int p = 0; p < t.paragraphs.size(); ++p) {
            CHECK(sentencesIn(t, p) > 0);
            if (p > 0)
                CHECK(t.text.mid(t.paragraphs[p - 1].span.end, 2) == u"\n\n"_s);
        }
    }
}
