#include "extract/quotes/quote_finder.h"
#include "bundled_extractor.h"
#include "quote_test_article.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <ctime>

using summit::Quote;
using summit::QuoteFinder;

namespace {

QVector<Quote> findIn(const char *utf8, const char *published = "2008-04-06")
{
    return summit::test::quotesIn(utf8, published);
}

using summit::test::quoteStarting;
using summit::test::str;

} // namespace

TEST_CASE("attribution after the quote, with offsets and the naming words", "[quotes]")
{
    const char *text = "Talks went on.\n\n\"We are ready to talk about everything,\" Lavrov said on Tuesday.";
    const auto quotes = findIn(text);
    REQUIRE(quotes.size() == 1);
    const Quote &q = quotes[0];
    CHECK(str(q.text) == "We are ready to talk about everything,");
    CHECK(str(q.speaker) == "Sergey Lavrov");
    CHECK(str(q.speakerText) == "Lavrov");
    CHECK(str(q.rule) == "after/name");
    CHECK(q.paragraph == 1);
    CHECK(q.sentence == 1);
    CHECK(!q.fragment);
    CHECK(q.confidence > 0.9);
    const QString all = QString::fromUtf8(text);
    CHECK(all.mid(q.span.start, q.span.length()) == q.text);
    CHECK(all.mid(q.speakerSpan.start, q.speakerSpan.length()) == QLatin1String("Lavrov"));
}

TEST_CASE("attribution before the quote, with a colon or a that-clause", "[quotes]")
{
    const auto quotes = findIn("However, Secretary of State Condoleezza Rice said: \u201cWe have work to do on this.\u201d\n\n"
                               "Gates, joining Lavrov and Rice at the table, said that \u201cwe have leaned very far forward\u201d on it.");
    CHECK(str(quoteStarting(quotes, "We have work").speaker) == "Condoleezza Rice");
    CHECK(str(quoteStarting(quotes, "We have work").rule) == "before/name");
    const Quote gates = quoteStarting(quotes, "we have leaned");
    CHECK(str(gates.speaker) == "Robert Gates"); // the appositive is skipped, not "Rice"
}

TEST_CASE("inverted attribution and a middle attribution", "[quotes]")
{
    const auto quotes = findIn("\"I would not want to predict an outcome,\" said Hadley.\n\n"
                               "\"This is an opportunity,\" Hadley said, \"and we intend to use it well.\"");
    const Quote inv = quoteStarting(quotes, "I would not");
    CHECK(str(inv.speaker) == "Stephen Hadley");
    CHECK(str(inv.rule) == "inverted/name");
    CHECK(str(quoteStarting(quotes, "This is an opportunity").rule) == "after/name");
    const Quote second = quoteStarting(quotes, "and we intend");
    CHECK(str(second.speaker) == "Stephen Hadley");
    CHECK(str(second.rule) == "middle/name");
}

TEST_CASE("partial quote inside a sentence", "[quotes]")
{
    const auto quotes = findIn("MOSCOW \u2014 Foreign Minister Sergey Lavrov said Tuesday that the sides still disagree, "
                               "while Defense Secretary Robert Gates said the system \"would not constitute a threat\" to Moscow.");
    REQUIRE(quotes.size() == 1);
    CHECK(str(quotes[0].text) == "would not constitute a threat");
    CHECK(str(quotes[0].speaker) == "Robert Gates");
    CHECK(str(quotes[0].rule) == "before/name");
}

TEST_CASE("the subject of the speaking verb wins over people named nearer the quote", "[quotes]")
{
    const auto quotes = findIn("After the meeting, Putin told a news conference that although he and Bush continued to "
                               "disagree, \"there was some positive progress on the issue.\"\n\n"
                               "Asked about the view in Moscow, one Russian diplomat shrugged: \"Let us see what happens next.\"");
    CHECK(str(quoteStarting(quotes, "there was").speaker) == "Vladimir Putin");
    const Quote colon = quoteStarting(quotes, "Let us see");
    CHECK(str(colon.speaker) == "Russian diplomat (unnamed)");
    CHECK(str(colon.rule) == "before-colon/unnamed-source");
}

TEST_CASE("pronoun attribution follows the latest subject of matching gender", "[quotes]")
{
    const auto quotes = findIn("Rice met Lavrov for two hours on Monday. Lavrov later spoke to reporters.\n\n"
                               "\"It was useful,\" he said.\n\n"
                               "Rice was more upbeat. Lavrov had left by then.\n\n"
                               "\"I, for one, found the discussions constructive,\" she said.");
    CHECK(str(quoteStarting(quotes, "It was useful").speaker) == "Sergey Lavrov");
    CHECK(str(quoteStarting(quotes, "It was useful").rule) == "after/pronoun");
    CHECK(str(quoteStarting(quotes, "It was useful").speakerText) == "he");
    // "she" skips the male subject of the sentence in between and finds Rice.
    CHECK(str(quoteStarting(quotes, "I, for one").speaker) == "Condoleezza Rice");
}

TEST_CASE("a pronoun skips people who are only mentioned, not subjects", "[quotes]")
{
    const auto quotes = findIn("Hadley, who spoke aboard Air Force One, also said he saw no breakthrough before Bush leaves office. "
                               "\u201cThey can leave that to their successors,\u201d he said.",
                               "2008-04-06");
    CHECK(str(quoteStarting(quotes, "They can leave").speaker) == "Stephen Hadley");
}

TEST_CASE("descriptors resolve by the article date", "[quotes]")
{
    const char *text = "Talks ended in the evening.\n\n\"Our position has not changed,\" the Russian president said.";
    const auto before = findIn(text, "2008-04-06");
    REQUIRE(before.size() == 1);
    CHECK(str(before[0].speaker) == "Vladimir Putin");
    CHECK(str(before[0].rule) == "after/descriptor");
    CHECK(str(before[0].speakerText) == "the Russian president");
    const auto after = findIn(text, "2008-07-08");
    CHECK(str(after[0].speaker) == "Dmitry Medvedev");
    // Without a publication date the title cannot be resolved, and nobody is guessed.
    const summit::ArticleText undated = summit::test::articleFromLiteral(QString::fromUtf8(text));
    const auto unknown = summit::test::bundledExtractor().quotes().find(undated);
    CHECK(unknown[0].speaker.isEmpty());
    CHECK(str(unknown[0].speakerText) == "the Russian president");
}

TEST_CASE("a bare title resolves only against people the article named", "[quotes]")
{
    const auto named = findIn("Gates met Defense Minister Anatoly Serdyukov. The defense minister later said that "
                              "\"the conversation was useful and will continue\" at expert level.",
                              "2008-03-18");
    CHECK(str(quoteStarting(named, "the conversation").speaker) == "Anatoly Serdyukov");
    const auto unnamed = findIn("The foreign minister later said that \"the conversation was useful and will continue\".",
                                "2008-03-18");
    CHECK(quoteStarting(unnamed, "the conversation").speaker.isEmpty());
}

TEST_CASE("unnamed sources are named as such and referred back to", "[quotes]")
{
    const auto quotes = findIn("MOSCOW - The outcome was positive, a Kremlin source told RIA Novosti.\n\n"
                               "However, the Kremlin source said: \"This meeting ended on a positive note.\"\n\n"
                               "A senior U.S. official agreed. \"They had a candid exchange on Iran,\" the official said.");
    const Quote kremlin = quoteStarting(quotes, "This meeting");
    CHECK(str(kremlin.speaker) == "Kremlin source (unnamed)");
    CHECK(str(kremlin.rule) == "before/unnamed-source");
    CHECK(str(kremlin.speakerText) == "the Kremlin source");
    CHECK(str(quoteStarting(quotes, "They had").speaker) == "senior U.S. official (unnamed)");
}

TEST_CASE("continuation in the same paragraph and in the next one", "[quotes]")
{
    const auto quotes = findIn("\"The main issue is to reassure Russia,\" Hadley said Wednesday. \"We are working on it.\"\n\n"
                               "\"And we are trying to find a formula of measures.\"\n\n"
                               "Nothing else was said.\n\n"
                               "\"Nobody knows what comes next, really.\"");
    CHECK(str(quoteStarting(quotes, "We are working").rule) == "continuation-sentence");
    CHECK(str(quoteStarting(quotes, "We are working").speaker) == "Stephen Hadley");
    CHECK(str(quoteStarting(quotes, "And we are").rule) == "continuation-paragraph");
    CHECK(str(quoteStarting(quotes, "And we are").speaker) == "Stephen Hadley");
    // A paragraph without a quote breaks the chain: never guess.
    CHECK(quoteStarting(quotes, "Nobody knows").speaker.isEmpty());
    CHECK(quoteStarting(quotes, "Nobody knows").rule.isEmpty());
}

TEST_CASE("a quote running over several paragraphs is one quote per reopened paragraph", "[quotes]")
{
    // Attributed once, as one utterance ("Bush said" in the first paragraph), but each span
    // between two marks is its own quote, in its own paragraph.
    const char *text = "\"Russia is not our enemy,\" Bush said. \"The Cold War is over.\n\n"
                       "\"A defense protects our allies.\n\n"
                       "\"I will make the offer again in Sochi.\"\n\n"
                       "Lavrov was not convinced.";
    const auto quotes = findIn(text, "2008-04-02");
    REQUIRE(quotes.size() == 4);
    CHECK(str(quotes[1].text) == "The Cold War is over.");
    CHECK(str(quotes[2].text) == "A defense protects our allies.");
    CHECK(str(quotes[3].text) == "I will make the offer again in Sochi.");
    const QString all = QString::fromUtf8(text);
    for (int i = 1; i < 4; ++i) {
        INFO(i);
        CHECK(str(quotes[i].speaker) == "George W. Bush");
        CHECK(quotes[i].paragraph == i - 1);
        CHECK(all.mid(quotes[i].span.start, quotes[i].span.length()) == quotes[i].text);
    }
}

TEST_CASE("a quote the page copy broke over two lines stays one quote", "[quotes]")
{
    // No mark reopens the second part: the line break is the page's, not the writer's.
    const char *text = "The treaty was signed on Tuesday.\n\n"
                       "\"It is a treaty\n\n"
                       "for every neighbour we have,\" said Anna Lindqvist, the foreign minister.";
    const auto quotes = findIn(text, "2008-04-02");
    REQUIRE(quotes.size() == 1);
    CHECK(str(quotes[0].text) == "It is a treaty\nfor every neighbour we have,");
    CHECK(str(quotes[0].speaker) == "Anna Lindqvist");
}

TEST_CASE("doubled single quotes, guillemets and low-high quotes", "[quotes]")
{
    const auto quotes = findIn("''We support the idea of consultations on missile defense,'' Putin said. "
                               "Bush called the offer ''innovative''.\n\n"
                               "\u00abOur concerns were heard, and that is a result\u00bb, Sergey Lavrov told television.\n\n"
                               "\u201eThe dialogue is good news for all of Europe\u201c, Merkel said.",
                               "2007-07-03");
    CHECK(str(quoteStarting(quotes, "We support").speaker) == "Vladimir Putin");
    const Quote innovative = quoteStarting(quotes, "innovative");
    CHECK(innovative.fragment);
    CHECK(str(innovative.text) == "innovative");
    CHECK(str(quoteStarting(quotes, "Our concerns").speaker) == "Sergey Lavrov");
    CHECK(str(quoteStarting(quotes, "The dialogue").speaker) == "Angela Merkel");
}

TEST_CASE("fragments are kept and marked", "[quotes]")
{
    const auto quotes = findIn("The system is meant to stop attacks from \"rogue states,\" officials said. "
                               "He called Medvedev \"a straightforward fellow\" and left.");
    REQUIRE(quotes.size() == 2);
    CHECK(quotes[0].fragment);
    CHECK(quotes[1].fragment);
    CHECK(str(quotes[1].text) == "a straightforward fellow");
}

TEST_CASE("transcript labels attribute the lines that follow", "[quotes]")
{
    const auto quotes = findIn("The following is an excerpt.\n\n"
                               "PRESIDENT PUTIN: Good afternoon. We have had a frank conversation.\n\n"
                               "We did not agree on everything.\n\n"
                               "Q: Mr. President, will the declaration outlast you?\n\n"
                               "PRESIDENT BUSH: I believe it will, and \"soon\" is the word.");
    // The turns, and the marks inside the last turn: "soon" is a quote (a fragment) of its own.
    REQUIRE(quotes.size() == 5);
    CHECK(str(quotes[0].text) == "Good afternoon. We have had a frank conversation.");
    CHECK(str(quotes[0].speaker) == "Vladimir Putin");
    CHECK(str(quotes[0].rule) == "transcript-label");
    CHECK(str(quotes[0].speakerText) == "PRESIDENT PUTIN");
    CHECK(str(quotes[1].speaker) == "Vladimir Putin");
    CHECK(str(quotes[2].speaker) == "reporter (unnamed)");
    CHECK(str(quotes[3].speaker) == "George W. Bush");
    CHECK(str(quotes[4].text) == "soon");
    CHECK(quotes[4].fragment);
    CHECK(str(quotes[4].rule) != "transcript-label");
}

TEST_CASE("quotes inside a transcript turn are attributed within the turn", "[quotes]")
{
    const auto quotes = findIn("The following is an excerpt.\n\n"
                               "MS. ORTEGA-BLAKE: Good morning. I have one announcement.\n\n"
                               "Q: Did the Finnish minister, Aino Kettunen, call you?\n\n"
                               "MS. ORTEGA-BLAKE: She called twice. Kettunen told me that \"the border crossings will "
                               "stay open all winter,\" and I believe her. I also say, \"we take her at her word.\"");
    const Quote border = quoteStarting(quotes, "the border crossings");
    CHECK(str(border.speaker) == "Aino Kettunen");
    CHECK(str(border.rule) != "transcript-label");
    // "I say" in the official's turn: "I" is whoever holds the floor, so the words are hers.
    const Quote own = quoteStarting(quotes, "we take her");
    CHECK(str(own.speaker).find("Ortega-Blake") != std::string::npos);
    CHECK(str(own.rule) == "transcript-first-person");
    // The turn itself is still a quote by its label.
    int turns = 0;
    for (const Quote &q : quotes)
        turns += q.rule == QLatin1String("transcript-label") ? 1 : 0;
    CHECK(turns == 3);
}

TEST_CASE("never guess: unclear speakers stay empty", "[quotes]")
{
    const auto quotes = findIn("Some in Moscow see the offer as \"too little, too late for a relationship in trouble.\"\n\n"
                               "They said the talks were \"a step in the right direction but only a step.\"\n\n"
                               "A ministry statement said the two men had discussed \"practical steps to build confidence.\"\n\n"
                               "Bush and Putin met. \"It went well for both of us,\" the president said.");
    REQUIRE(quotes.size() == 4);
    for (const Quote &q : quotes) {
        INFO(str(q.text));
        CHECK(q.speaker.isEmpty());
        CHECK(q.confidence == 0.0);
    }
}

TEST_CASE("quote finding is fast", "[quotes][timing]")
{
    // About 5 KB of varied news text, built from the patterns above.
    QString text;
    const QString block = QString::fromUtf8(
        "\"The president believes there is a deal to be had,\" White House press secretary Dana Perino told reporters. "
        "Perino said the package included liaison officers. \"We have put real ideas on the table,\" she said, "
        "\"and we expect the Russians to take a hard look at them.\"\n\n"
        "National Security Adviser Stephen Hadley was more cautious. He said the two sides were "
        "\"not yet at the point of an agreement,\" but added that the gap had narrowed.\n\n");
    while (text.size() < 5000)
        text += block;
    const summit::ArticleText a = summit::test::articleFromLiteral(text, QDate(2008, 4, 1));
    const QuoteFinder &finder = summit::test::bundledExtractor().quotes();
    REQUIRE(!finder.find(a).isEmpty());
    // Thread CPU time as well as wall time: the build machine is often busy with other jobs.
    const auto cpuNow = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuNow();
    const int runs = 500;
    int found = 0;
    for (int i = 0; i < runs; ++i)
        found += int(finder.find(a).size());
    const double wallMs = double(timer.nsecsElapsed()) / 1e6 / runs;
    const double cpuMs = (cpuNow() - cpuStart) / runs;
    WARN("QuoteFinder: " << cpuMs << " ms CPU (" << wallMs << " ms wall) per " << text.size()
                         << "-character article with " << found / runs << " quotes");
    CHECK(found > 0);
}
