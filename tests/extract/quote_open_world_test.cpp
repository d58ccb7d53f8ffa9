// Speakers outside people.json: names read from the text's shape, organisations, unnamed
// sources, more attribution forms, transcript labels for anyone, and alternatives. All people
// in these texts are invented for the tests.

#include "extract/quotes/quote_finder.h"
#include "bundled_extractor.h"
#include "quote_test_article.h"

#include <catch2/catch.hpp>

#include <ctime>

using summit::Quote;
using summit::QuoteFinder;

namespace {

QVector<Quote> findIn(const char *utf8, const char *published = "2008-09-02")
{
    return summit::test::quotesIn(utf8, published);
}

using summit::test::quoteStarting;
using summit::test::str;

} // namespace

TEST_CASE("people outside the directory: titles, appositions, surnames and honorifics", "[quotes][open]")
{
    const auto quotes = findIn(
        "Estonian Defense Minister Jaak Aaviksoo-Tamm visited the base on Monday.\n\n"
        "\"We will not move the aircraft before spring,\" Aaviksoo-Tamm said.\n\n"
        "\"The runway is ready for any season,\" said Kadri L\u00f5hmus, the base commander.\n\n"
        "\"Nobody asked us about the fuel,\" Ms. L\u00f5hmus added.\n\n"
        "\"It is a question of money, not of will,\" a NATO spokesman, Pieter de Vries, said.");
    const Quote a = quoteStarting(quotes, "We will not move");
    CHECK(str(a.speaker) == "Jaak Aaviksoo-Tamm");
    CHECK(str(a.speakerText) == "Aaviksoo-Tamm");
    CHECK(str(a.rule) == "after/name");
    CHECK(a.confidence > 0.5);
    CHECK(a.confidence < 0.9); // a name read from the text is less sure than a directory name
    const Quote b = quoteStarting(quotes, "The runway");
    CHECK(str(b.speaker) == "Kadri L\u00f5hmus");
    CHECK(str(b.rule) == "inverted/name");
    const Quote c = quoteStarting(quotes, "Nobody asked");
    CHECK(str(c.speaker) == "Kadri L\u00f5hmus");
    CHECK(str(c.speakerText) == "Ms. L\u00f5hmus");
    CHECK(str(quoteStarting(quotes, "It is a question").speaker) == "Pieter de Vries");
}

TEST_CASE("false names: openers, places, headline case and unintroduced surnames", "[quotes][open]")
{
    const auto quotes = findIn(
        "## Critics Of The Plan Said \"It Will Never Be Built\"\n\n"
        "Yesterday Kowalczyk said: \"The plan will never be built in our lifetime.\"\n\n"
        "\"We stand ready for any outcome,\" officials in Moscow said.\n\n"
        "On Monday officials said the talks were \"a step in the right direction.\"\n\n"
        "\"The vote is a formality at this stage,\" Kowalczyk said.");
    REQUIRE(quotes.size() == 5);
    for (const Quote &q : quotes) {
        INFO(str(q.text));
        CHECK(q.speaker.isEmpty());
        CHECK(q.confidence == 0.0);
    }
}

TEST_CASE("gender from honorifics; an unknown-gender name is still a pronoun's antecedent", "[quotes][open]")
{
    const auto quotes = findIn(
        "Jaan Tamberg said the base was ready for winter.\n\n"
        "\"We have done this before,\" he said.\n\n"
        "Ms. Liis Orav spoke after him about the budget.\n\n"
        "\"The money is there,\" she said.\n\n"
        "Ms. Liis Orav then left the room.\n\n"
        "\"It will not be enough,\" he said.");
    CHECK(str(quoteStarting(quotes, "We have done").speaker) == "Jaan Tamberg");
    CHECK(str(quoteStarting(quotes, "The money").speaker) == "Liis Orav");
    // "he" cannot be Ms. Orav, and Tamberg is too far back: no speaker rather than a guess.
    CHECK(quoteStarting(quotes, "It will not").speaker.isEmpty());
}

TEST_CASE("organisations speak, and 'it' refers back to them", "[quotes][open]")
{
    const auto quotes = findIn(
        "\"The exercises are planned and routine,\" the Russian Foreign Ministry said in a statement.\n\n"
        "\"Attempts to present them as a threat serve nobody,\" it added.\n\n"
        "NATO on Tuesday rejected the explanation. \"Transparency is an obligation, not a favor,\" the "
        "alliance said.\n\n"
        "\"We are ready to meet at any level,\" the U.S. trade mission in Vienna said.\n\n"
        "\"We have asked for the reports twice,\" a senior Western diplomat said.\n\n"
        "Medvedev's spokesman told reporters, \"There is nothing to add to the statement.\"",
        "2008-10-14");
    const Quote a = quoteStarting(quotes, "The exercises");
    CHECK(str(a.speaker) == "Russian Foreign Ministry");
    CHECK(str(a.rule) == "after/organisation");
    const Quote b = quoteStarting(quotes, "Attempts");
    CHECK(str(b.speaker) == "Russian Foreign Ministry");
    CHECK(str(b.rule) == "after/pronoun");
    CHECK(str(quoteStarting(quotes, "Transparency").speaker) == "NATO");
    CHECK(str(quoteStarting(quotes, "We are ready").speaker) == "U.S. trade mission");
    CHECK(str(quoteStarting(quotes, "We have asked").speaker) == "senior Western diplomat (unnamed)");
    CHECK(str(quoteStarting(quotes, "There is nothing").speaker) == "Medvedev spokesman (unnamed)");
}

TEST_CASE("colon, dash, split and carried-over attributions", "[quotes][open]")
{
    const auto quotes = findIn(
        "Ukraine's chief negotiator, Oksana Hrytsenko, told reporters: \"We came with a price and we leave with it.\"\n\n"
        "\"We will meet again when there is news,\" Hrytsenko said, \"and not a day before.\"\n\n"
        "\"There is no crisis yet, only a calendar.\" -- Vasyl Marchenko, energy analyst\n\n"
        "Marchenko said both sides were playing for time. \"They are waiting for the cold,\" he said.\n\n"
        "\"Every winter the same play opens with the same cast.\"");
    const Quote a = quoteStarting(quotes, "We came");
    CHECK(str(a.speaker) == "Oksana Hrytsenko");
    CHECK(str(a.rule) == "before/name");
    CHECK(str(quoteStarting(quotes, "and not a day").speaker) == "Oksana Hrytsenko");
    CHECK(str(quoteStarting(quotes, "and not a day").rule) == "middle/name");
    const Quote d = quoteStarting(quotes, "There is no crisis");
    CHECK(str(d.speaker) == "Vasyl Marchenko");
    CHECK(str(d.rule) == "after-dash/name");
    CHECK(str(quoteStarting(quotes, "They are waiting").speaker) == "Vasyl Marchenko");
    const Quote e = quoteStarting(quotes, "Every winter");
    CHECK(str(e.speaker) == "Vasyl Marchenko");
    CHECK(str(e.rule) == "continuation-paragraph");
}

TEST_CASE("a pull quote with a credit line does not break the speaker chain", "[quotes][open]")
{
    const auto quotes = findIn(
        "\"The treaties were about counting, not trust,\" Harold Ames told the students.\n\n"
        "\"Counting is boring, and boring is what you want.\"\n\n"
        "Former negotiator Beatrice Colquhoun\n\n"
        "\"When the counting stops, the guessing starts,\" he said.",
        "2009-03-05");
    const Quote pull = quoteStarting(quotes, "Counting is boring");
    CHECK(str(pull.speaker) == "Beatrice Colquhoun");
    CHECK(str(pull.rule) == "after-credit/name");
    CHECK(str(quoteStarting(quotes, "When the counting").speaker) == "Harold Ames");
}

TEST_CASE("transcript labels name anyone; labels that are no name give no speaker", "[quotes][open]")
{
    const auto a = findIn("Briefing on the visa talks, as released.\n\n"
                          "MR. HALVORSEN: Good morning. The talks open on Monday.\n\n"
                          "Q: Will the students' case be raised?\n\n"
                          "AMBASSADOR KREMENETS: Every open case will be raised.");
    REQUIRE(a.size() == 3);
    CHECK(str(a[0].speaker) == "Halvorsen");
    CHECK(str(a[0].rule) == "transcript-label");
    CHECK(str(a[1].speaker) == "reporter (unnamed)");
    CHECK(str(a[2].speaker) == "Kremenets");

    const auto b = findIn("UPDATE: the talks resumed after a break.\n\n"
                          "MOSCOW: the delegation arrived late.");
    REQUIRE(b.size() == 2);
    CHECK(str(b[0].rule) == "transcript-label");
    for (const Quote &q : b)
        CHECK(q.speaker.isEmpty());
}

TEST_CASE("alternatives list the other candidates, never the chosen speaker", "[quotes][open]")
{
    const auto quotes = findIn(
        "Jaan Tamberg met Liis Orav in Tallinn.\n\n"
        "\"We agreed on the schedule,\" Tamberg said after meeting Orav.\n\n"
        "Some saw the meeting as \"a sign of a thaw.\"");
    const Quote a = quoteStarting(quotes, "We agreed");
    CHECK(str(a.speaker) == "Jaan Tamberg");
    REQUIRE(!a.alternatives.isEmpty());
    CHECK(str(a.alternatives.first().speaker) == "Liis Orav");
    CHECK(a.alternatives.first().confidence < a.confidence);
    for (const auto &alt : a.alternatives)
        CHECK(alt.speaker != a.speaker);
    const Quote b = quoteStarting(quotes, "a sign of a thaw");
    CHECK(b.speaker.isEmpty()); // unsure: no speaker, but the candidates are kept for review
    CHECK(!b.alternatives.isEmpty());
}

TEST_CASE("reading names from the text stays cheap", "[.bench][quotes][timing]")
{
    // About 5 KB of wire copy whose speakers are all outside the directory: every capitalised
    // run goes through the name registry.
    QString text;
    const QString block = QString::fromUtf8(
        "TALLINN, Estonia -- Estonian Foreign Minister Urmas Kallasmaa said Tuesday that the Baltic states would "
        "ask for a standing air-defense mission. \"We are asking for aircraft on the runway,\" Kallasmaa said.\n\n"
        "Marta Velikova, a researcher at a Moscow research center, said the request would be read as a provocation. "
        "\"That is a cost,\" she said. Despite the mood, the ministers agreed on little else on Monday.\n\n"
        "\"The question is who pays for the fuel,\" said Piotr Zieli\u0144ski-Wrona, a Polish defense planner. "
        "Mr. Zieli\u0144ski-Wrona added that the rotation would cost less. NATO said it would study the request.\n\n");
    while (text.size() < 5000)
        text += block;
    const summit::ArticleText a = summit::test::articleFromLiteral(text, QDate(2008, 9, 2));
    const QuoteFinder &finder = summit::test::bundledExtractor().quotes();
    REQUIRE(!finder.find(a).isEmpty());
    const auto cpuNow = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    const double cpuStart = cpuNow();
    const int runs = 300;
    int named = 0;
    for (int i = 0; i < runs; ++i)
        for (const Quote &q : finder.find(a))
            named += q.speaker.isEmpty() ? 0 : 1;
    const double cpuMs = (cpuNow() - cpuStart) / runs;
    WARN("QuoteFinder, open-world names: " << cpuMs << " ms CPU per " << text.size() << "-character article");
    CHECK(named > 0);
}

TEST_CASE("a role phrase may stand between the quote and the name", "[quotes][open]")
{
    const auto quotes = findIn(
        "\"Our crews will keep flying from there until told otherwise,\" Pentagon press secretary Gareth Holloway said.\n\n"
        "\"The base will stay open until the lease runs out,\" Kremlin spokesman Dmitry Peskov said.\n\n"
        "\"That decision is for the Kyrgyz people,\" said Askar Temirov, 46, a former diplomat.",
        "2009-02-04");
    CHECK(str(quoteStarting(quotes, "Our crews will").speaker) == "Gareth Holloway");
    CHECK(str(quoteStarting(quotes, "The base will").speaker) == "Dmitry Peskov");
    CHECK(str(quoteStarting(quotes, "That decision").speaker) == "Askar Temirov");
}

TEST_CASE("a mention after a preposition is not the subject of the verb", "[quotes][open]")
{
    const auto quotes = findIn(
        "Sources close to the Kremlin said \"the decision is final and will not be revisited.\"\n\n"
        "An aide to Putin said the visit was \"a working trip, nothing more.\"",
        "2008-02-14");
    REQUIRE(quotes.size() == 2);
    CHECK(quotes[0].speaker.isEmpty());
    CHECK(str(quotes[1].speaker) == "aide (unnamed)");
}

TEST_CASE("a quoted title is nobody's speech; people in the street are unnamed sources", "[quotes][open]")
{
    const auto quotes = findIn(
        "In his book \"The New Cold War Begins,\" Edward Lucas argues that the rivalry never ended.\n\n"
        "\"Nobody in this city believes the West any more,\" one pensioner said.",
        "2009-07-03");
    REQUIRE(quotes.size() == 2);
    CHECK(quotes[0].speaker.isEmpty());
    CHECK(str(quotes[1].speaker) == "pensioner (unnamed)");
}

TEST_CASE("a sentence that is only an attribution follows a quote that ended its own", "[quotes][open]")
{
    const auto quotes = findIn(
        "\"We are ready to sign the document today.\" Kallasmaa said on Tuesday.\n\n"
        "\"The talks are over for this year.\" said Urmas Kallasmaa.\n\n"
        "The ministers then left for the airport.\n\n"
        "\"The runway is finished and the aircraft can come.\" Kallasmaa said the talks had failed.",
        "2008-09-02");
    REQUIRE(quotes.size() == 3);
    CHECK(str(quotes[0].speaker) == "Urmas Kallasmaa");
    CHECK(str(quotes[1].speaker) == "Urmas Kallasmaa");
    CHECK(quotes[2].speaker.isEmpty()); // a clause of its own: not an attribution
}

TEST_CASE("a byline under a quoted headline is no credit line", "[quotes][open]")
{
    const auto quotes = findIn(
        "\"We will not give up the base for any price.\"\n\n"
        "By Jane Whitfield\n\n"
        "The dispute over the base went on for a second day.",
        "2009-02-04");
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].speaker.isEmpty());
}

TEST_CASE("a pronoun teaches the gender of a person the text did not give one", "[quotes][open]")
{
    const auto quotes = findIn(
        "Kadri L\u00f5hmus said the runway was ready for winter.\n\n"
        "\"We have done this before,\" she said.\n\n"
        "L\u00f5hmus then left the room.\n\n"
        "\"It will not be enough,\" he said.");
    REQUIRE(quotes.size() == 2);
    CHECK(str(quotes[0].speaker) == "Kadri L\u00f5hmus");
    CHECK(quotes[1].speaker.isEmpty()); // "he" cannot be the woman "she said" was about
}
