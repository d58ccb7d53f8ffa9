// Attribution forms found missing on articles written blind in new styles (tests/data/styles):
// a role apposition after the quote, a pronoun joined to its own sentence's subject, a bare
// definite head ("the diplomat") as an anaphor, a capital speaking for its government, a
// document's author, and a credit line with a dash and a role. People are invented.

#include "extract/quotes/quote_finder.h"
#include "quote_test_article.h"

#include <catch2/catch.hpp>

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

TEST_CASE("a role phrase and the name between commas after the quote", "[quotes][forms]")
{
    const auto quotes = findIn(
        "\"The canal will stay open to every ship that pays,\" Panama's envoy to the talks, Lucia Ferrandez, "
        "told reporters.\n\n"
        "\"The fees are a matter for the board,\" the head of the board, Aron Weiss, said on Friday.\n\n"
        "The board met again.\n\n"
        "\"Nobody asked us about the fees at all,\" a friend of Aron Weiss, Pia Lund, said.");
    CHECK(str(quoteStarting(quotes, "The canal").speaker) == "Lucia Ferrandez");
    CHECK(str(quoteStarting(quotes, "The fees").speaker) == "Aron Weiss");
    // A role that names someone else is not a plain role: no guess.
    CHECK(quoteStarting(quotes, "Nobody asked").speaker.isEmpty());
}

TEST_CASE("a pronoun that opens a clause takes its own sentence's subject", "[quotes][forms]")
{
    const auto quotes = findIn(
        "Talks went on late.\n\n"
        "Harriet Mbeki was right when she said that \"nobody here is ready to walk away,\" and she was right "
        "again when she added that the deal \"needs one more night of work.\"\n\n"
        "Jonas Berglund met the press on Monday. The chairman thanked everyone and said he hoped the two sides "
        "would \"find a way back to the table soon.\"");
    CHECK(str(quoteStarting(quotes, "nobody here").speaker) == "Harriet Mbeki");
    CHECK(str(quoteStarting(quotes, "needs one more").speaker) == "Harriet Mbeki");
    // "said he hoped": "he" is the subject of the reported clause, not the teller; the teller
    // ("The chairman") is no mention, so no speaker.
    CHECK(quoteStarting(quotes, "find a way back").speaker.isEmpty());
}

TEST_CASE("the opening subject of a sentence with a coordinated speech verb", "[quotes][forms]")
{
    const auto quotes = findIn(
        "Norway's foreign minister, Ingrid Solheim, who arrived on Sunday, thanked her hosts and said she "
        "hoped the fishing rules would \"outlast every government that signs them.\"");
    CHECK(str(quoteStarting(quotes, "outlast every").speaker) == "Ingrid Solheim");
}

TEST_CASE("a bare definite head refers back to the person just named", "[quotes][forms]")
{
    const auto quotes = findIn(
        "Chile's envoy, Tomas Arancibia, a veteran of three rounds, was blunt. \"This draft is worse than the "
        "last one,\" the diplomat said.\n\n"
        "A Western diplomat saw it differently. Tomas Arancibia left early. \"The draft is fine as it is,\" "
        "the diplomat said.");
    CHECK(str(quoteStarting(quotes, "This draft").speaker) == "Tomas Arancibia");
    // An earlier unnamed diplomat is still the one "the diplomat" means.
    CHECK(str(quoteStarting(quotes, "The draft is fine").speaker) == "Western diplomat (unnamed)");
}

TEST_CASE("a bare head used before as an object is not the subject before it", "[quotes][forms]")
{
    const auto quotes = findIn(
        "Kalle Virtanen met the ambassador on Tuesday. \"We had a useful talk about the gas contracts,\" "
        "the ambassador said.\n\n"
        "Peru's envoy, Rosa Quispe, was blunter. \"This is a sad day for the council,\" the diplomat said. "
        "\"We will not forget it,\" the diplomat added.");
    CHECK(quoteStarting(quotes, "We had a useful talk").speaker.isEmpty());
    CHECK(str(quoteStarting(quotes, "This is a sad day").speaker) == "Rosa Quispe");
    CHECK(str(quoteStarting(quotes, "We will not forget").speaker) == "Rosa Quispe");
}

TEST_CASE("a capital speaks for its government, not after a preposition", "[quotes][forms]")
{
    const auto quotes = findIn(
        "The vote was delayed, with Moscow warning that it would \"treat the delay as a provocation.\"\n\n"
        "\"We are not in a hurry about any of this,\" Washington said.\n\n"
        "The draft was sent out.\n\n"
        "\"Nobody here has seen the draft yet,\" officials in Beijing said.");
    CHECK(str(quoteStarting(quotes, "treat the delay").speaker) == "Moscow");
    CHECK(str(quoteStarting(quotes, "We are not in a hurry").speaker) == "Washington");
    CHECK(quoteStarting(quotes, "Nobody here").speaker.isEmpty());
}

TEST_CASE("documents: a statement saying, according to a letter by", "[quotes][forms]")
{
    const auto quotes = findIn(
        "The Danish Foreign Ministry put out a statement today saying that \"the strait stays open to all.\"\n\n"
        "The fleet \"will sail on Tuesday as planned,\" according to a letter signed by Admiral Karen Holm.\n\n"
        "He criticised a report saying that \"the strait is closed to tankers.\"");
    CHECK(str(quoteStarting(quotes, "the strait stays").speaker) == "Danish Foreign Ministry");
    CHECK(str(quoteStarting(quotes, "will sail").speaker) == "Karen Holm");
}

TEST_CASE("a capitalised run is never a speech verb", "[quotes][forms]")
{
    const auto quotes = findIn(
        "Ambassador Olu Adeyemi said that the United States wants a treaty that is \"short, binding and "
        "checked by both sides.\"");
    CHECK(str(quoteStarting(quotes, "short, binding").speaker) == "Olu Adeyemi");
}

TEST_CASE("a pull quote credited with a dash and a role keeps the story's chain", "[quotes][forms]")
{
    const auto quotes = findIn(
        "Talks end\n\n"
        "Helga Brandt, who chairs the panel, said the hearing had been \"long but useful for everyone.\"\n\n"
        "\"A hearing is not a verdict, and nobody should read it as one.\"\n"
        "- Marcus Oyelaran, committee counsel\n\n"
        "But she made clear that the panel would report in June. \"We will not rush the report,\" she said.");
    CHECK(str(quoteStarting(quotes, "A hearing is not").speaker) == "Marcus Oyelaran");
    CHECK(str(quoteStarting(quotes, "We will not rush").speaker) == "Helga Brandt");
}

TEST_CASE("an organisation inside the role before a name", "[quotes][forms]")
{
    const auto quotes = findIn(
        "\"This is a sad day for the council and for all of us,\" Chile's UN envoy Rodrigo Vial said.\n\n"
        "The council adjourned.\n\n"
        "\"The vote was rushed through without any debate,\" NATO spokeswoman Ada Lind said.");
    CHECK(str(quoteStarting(quotes, "This is a sad day").speaker) == "Rodrigo Vial");
    CHECK(str(quoteStarting(quotes, "The vote was rushed").speaker) == "Ada Lind");
}

TEST_CASE("a sentence subject with a name in apposition is the name", "[quotes][forms]")
{
    const auto quotes = findIn(
        "The Spanish delegate, Marta Ibarra, spoke next. \"We expected more from the council than this,\" "
        "she said.");
    CHECK(str(quoteStarting(quotes, "We expected more").speaker) == "Marta Ibarra");
}

// Found missing on the second blind set (tests/data/styles2); invented people and words.
TEST_CASE("said to him, told to her: the words were for someone, not an infinitive", "[quotes][forms]")
{
    const auto quotes = findIn(
        "The envoys met at noon.\n\n"
        "Before the vote, Minister Oskar Lindqvist said to me, \"Keep the door open and the lights on.\"\n\n"
        "Rosa Albescu said to the committee, \"We have waited long enough for this report.\"\n\n"
        "Later Lindqvist was said to be furious that \"nobody had read the annex.\"");
    CHECK(str(quoteStarting(quotes, "Keep the door").speaker) == "Oskar Lindqvist");
    CHECK(str(quoteStarting(quotes, "We have waited").speaker) == "Rosa Albescu");
    const auto named = findIn("The board met.\n\nRosa Albescu said to Minister Oskar Lindqvist more than once that the "
                              "port wants \"a quay that is open, busy and at peace with its neighbours.\"");
    CHECK(str(quoteStarting(named, "a quay that is open").speaker) == "Rosa Albescu");
    // "was said to be": an infinitive, no speech by Lindqvist.
    CHECK(quoteStarting(quotes, "nobody had read").speaker.isEmpty());
}

TEST_CASE("the name after 'described ... as' is the verb's object, and the joined verb keeps the teller",
          "[quotes][forms]")
{
    const auto quotes = findIn(
        "The two ministers met for an hour.\n\n"
        "Oskar Lindqvist, speaking after the talks, said the two sides \"can close the file this year\" and "
        "described Rosa Albescu as \"a careful and patient negotiator.\"");
    CHECK(str(quoteStarting(quotes, "can close the file").speaker) == "Oskar Lindqvist");
    CHECK(str(quoteStarting(quotes, "a careful and patient").speaker) == "Oskar Lindqvist");
}

TEST_CASE("a participle phrase between the name and the colon, in the same or the paragraph before",
          "[quotes][forms]")
{
    const auto quotes = findIn(
        "The ministers met on Monday.\n\n"
        "10:51 a.m. - Oskar Lindqvist, choosing his words with care: \"This is a pause, not a settlement.\"\n\n"
        "Rosa Albescu, interviewed on state radio on Tuesday:\n\n"
        "\"Nobody in this region wants a new wall, and nobody will build one.\"\n\n"
        "A short report followed:\n\n"
        "\"The border stays open.\"");
    CHECK(str(quoteStarting(quotes, "This is a pause").speaker) == "Oskar Lindqvist");
    CHECK(str(quoteStarting(quotes, "Nobody in this region").speaker) == "Rosa Albescu");
    // A colon with nobody named before it introduces nobody.
    CHECK(quoteStarting(quotes, "The border stays").speaker.isEmpty());
}

TEST_CASE("'I told her' inside a transcript turn is the turn's speaker quoting himself", "[quotes][forms][transcript]")
{
    const auto quotes = findIn(
        "Oskar Lindqvist has led the port council for a decade, and he spoke to us on Friday.\n\n"
        "HARBOUR REVIEW: Did you warn the minister before the vote?\n\n"
        "LINDQVIST: Of course. When we met in March I told her, \"Nobody will thank you for this treaty.\" "
        "She laughed at me then.\n\n"
        "HARBOUR REVIEW: And the council?\n\n"
        "LINDQVIST: The council said it \"would study the matter in good time.\" We are still waiting.\n\n"
        "HARBOUR REVIEW: Thank you.");
    const Quote told = quoteStarting(quotes, "Nobody will thank");
    CHECK(str(told.speaker) == "Oskar Lindqvist");
    CHECK(str(told.rule) == "transcript-first-person");
    // The council's words inside the same speaker's turn stay the council's, or nobody's.
    CHECK(str(quoteStarting(quotes, "would study").speaker).find("Lindqvist") == std::string::npos);
}

TEST_CASE("a bare title told apart from a name in one sentence never stands for that name", "[quotes][forms]")
{
    // A readout: "The President" phoned President Sarkozy, so he is not Sarkozy, and the text
    // names no other president: no speaker rather than the wrong one.
    const auto readout = findIn(
        "The President spoke today with President Nicolas Sarkozy of France about the summit.\n\n"
        "MS. HALE: It was a warm call. The President said, \"We will see each other in Bucharest soon.\"",
        "2008-03-20");
    CHECK(quoteStarting(readout, "We will see each other").speaker.isEmpty());

    // Without that sentence, the one president named stays the title's referent; an apposition
    // ("Sarkozy, the president,") is the same person.
    const auto story = findIn(
        "Nicolas Sarkozy, the president, arrived in Lisbon on Thursday.\n\n"
        "The president said, \"We will see each other in Bucharest soon.\"",
        "2008-03-20");
    CHECK(str(quoteStarting(story, "We will see each other").speaker) == "Nicolas Sarkozy");
}

TEST_CASE("a sentence-opening pronoun is the subject of its coordinated speech verb; an assembly is no general",
          "[quotes][forms]")
{
    const auto quotes = findIn(
        "Oskar Lindqvist arrived late. On Monday, before his speech to the U.N. General Assembly, he met "
        "reporters in a hotel lobby. He was tired, a little curt, and insisted more than once that the port "
        "\"was never for sale and never will be.\"");
    // Not "U.N. General (unnamed)": a capitalised head before another capital is part of a name.
    CHECK(str(quoteStarting(quotes, "was never for sale").speaker) == "Oskar Lindqvist");
}

TEST_CASE("one plain word between two source heads is a modifier: 'the Kremlin press office'", "[quotes][forms]")
{
    const auto quotes = findIn(
        "The talks ended on Thursday.\n\n"
        "The Kremlin press office said on Friday that the new base would open \"only if the talks fail.\"");
    const std::string speaker = str(quoteStarting(quotes, "only if the talks").speaker);
    INFO(speaker);
    CHECK(speaker.find("Kremlin press office") != std::string::npos);
}

TEST_CASE("an unnamed source described by a 'from' phrase before the verb", "[quotes][forms]")
{
    const auto quotes = findIn(
        "The ministers met in Brussels.\n\n"
        "\"We warned them in the spring and nobody listened to us,\" a diplomat from one of the smaller "
        "northern members said on condition of anonymity.");
    CHECK(str(quoteStarting(quotes, "We warned them").speaker).find("diplomat") != std::string::npos);
}

TEST_CASE("'member states' and 'the states' are nouns, not the verb 'states'", "[quotes][forms]")
{
    const auto quotes = findIn(
        "The ambassadors met on Monday.\n\n"
        "Oskar Lindqvist said on Tuesday that member states had \"a right to be consulted on everything.\"\n\n"
        "Rosa Albescu said that the states were \"too slow to agree on anything at all.\"");
    CHECK(str(quoteStarting(quotes, "a right to be consulted").speaker) == "Oskar Lindqvist");
    CHECK(str(quoteStarting(quotes, "too slow to agree").speaker) == "Rosa Albescu");
}

TEST_CASE("a pronoun after an opening subordinate clause refers to the one person that clause names",
          "[quotes][forms]")
{
    const auto quotes = findIn(
        "Oskar Lindqvist chaired the session on Monday.\n\n"
        "When Rosa Albescu came to Valletta, she said to me that \"the quay belongs to everyone who uses it.\"\n\n"
        "When I talked to a senior harbour official last week, he said the board would not sign "
        "\"a deal that you have to take on faith.\"");
    CHECK(str(quoteStarting(quotes, "the quay belongs").speaker) == "Rosa Albescu");
    CHECK(str(quoteStarting(quotes, "a deal that you").speaker).find("harbour official") != std::string::npos);
}

TEST_CASE("'which he said' takes the subject of its sentence", "[quotes][forms]")
{
    const auto quotes = findIn(
        "Rosa Albescu spoke first.\n\n"
        "A harbour spokesman, Oskar Lindqvist, said the board had also discussed a meeting with Albescu "
        "in the spring, which he said could come \"sometime in April, if the calendars allow.\"");
    CHECK(str(quoteStarting(quotes, "sometime in April").speaker) == "Oskar Lindqvist");
}

TEST_CASE("whoever is told is the listener, never the teller", "[quotes][forms]")
{
    const auto quotes = findIn(
        "VALLETTA - Crowds gathered in the square on Tuesday, HRN reported.\n\n"
        "In the port, a clerk who had waited all night told HRN by telephone: \"We have waited "
        "seventeen years for this day.\"\n\n"
        "A harbour official said on Wednesday: \"Nobody slept here last night, and nobody minded.\"");
    CHECK(str(quoteStarting(quotes, "We have waited").speaker).find("HRN") == std::string::npos);
    CHECK(str(quoteStarting(quotes, "Nobody slept here").speaker).find("harbour official") != std::string::npos);
}

TEST_CASE("'In it he argued:' after a passive whose agent is the one person named", "[quotes][forms]")
{
    const auto quotes = findIn(
        "Oskar Lindqvist opened the meeting.\n\n"
        "The plan was first set out by Minister Rosa Albescu in a speech to the port council on June 5, "
        "2008. In it she argued:\n\n"
        "\"A harbour cannot be run from separate offices, each of which keeps its own keys.\"");
    CHECK(str(quoteStarting(quotes, "A harbour cannot be run").speaker) == "Rosa Albescu");
}

TEST_CASE("'accused X of' gives the accuser; a passive speech verb never gives its subject", "[quotes][forms]")
{
    const auto quotes = findIn(
        "The council met on Monday.\n\n"
        "In her speech Rosa Albescu accused Minister Oskar Lindqvist of \"selling the harbour one quay at a time.\"\n\n"
        "Oskar Lindqvist was told by the board that the plan was \"a bridge too far for this year.\"");
    CHECK(str(quoteStarting(quotes, "selling the harbour").speaker) == "Rosa Albescu");
    CHECK(str(quoteStarting(quotes, "a bridge too far").speaker).find("Lindqvist") == std::string::npos);
}

TEST_CASE("a participle phrase between a subject and its speech verb", "[quotes][forms]")
{
    const auto quotes = findIn(
        "The envoys left at noon.\n\n"
        "A senior harbour official traveling with the minister put it to us this way: \"The signature was "
        "the easy part.\"\n\n"
        "Rosa Albescu speaking in Valletta on Friday said the quay would be \"open to every ship that pays.\"");
    CHECK(str(quoteStarting(quotes, "The signature was").speaker).find("harbour official") != std::string::npos);
    CHECK(str(quoteStarting(quotes, "open to every ship").speaker) == "Rosa Albescu");
}
