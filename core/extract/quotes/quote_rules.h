#pragma once

#include "extract/text/phrase_matcher.h"

#include <QJsonDocument>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace summit {

/// A pair of quotation marks. Open and close may be the same string (straight quotes), in which
/// case marks alternate within a paragraph.
struct QuoteMarkPair
{
    QString open;
    QString close;
};

/// The data behind QuoteFinder, read from resources/rules/quotes.json. Word lists are lower-case
/// phrases (CaseRule::Folded) looked up at a position of the folded text with longestAt(), so
/// every lookup is one trie walk from a word start.
struct QuoteRules
{
    QVector<QuoteMarkPair> marks;
    PhraseMatcher speechVerbs;      ///< payload 1 = may only precede its speaker ("according to")
    PhraseMatcher fillers;          ///< words allowed between a speaker and the verb ("also", "had")
    PhraseMatcher pronouns;         ///< payload 0 = male, 1 = female, 2 = organisation ("it")
    PhraseMatcher determiners;      ///< payload 1 = definite ("the"), 0 otherwise
    PhraseMatcher sourceHeads;      ///< nouns that end an unnamed source; payload 1 = organisation ("ministry")
    PhraseMatcher acronymBackReferenceHeads; ///< "the alliance" refers to the latest acronym ("NATO")
    PhraseMatcher introWords;       ///< sentence openers whose phrase is not the subject ("after")
    PhraseMatcher governmentSeats;  ///< capitals that speak for their government ("Moscow warned")
    PhraseMatcher documentNouns;    ///< "a statement saying": a participle after one speaks for the clause's subject
    PhraseMatcher clauseJoiners;    ///< words that start a clause sharing the sentence's subject ("when he said")
    PhraseMatcher reporterLabels;   ///< transcript labels for questions from the floor ("q")
    QString reporterSpeaker;
    // Name shapes (quotes.json "names"), all folded to lower case:
    PhraseMatcher titles;           ///< words before a name; payload 0 = no gender, 1 = male, 2 = female
    PhraseMatcher particles;        ///< lower-case name particles inside a name ("de", "van")
    PhraseMatcher notNameWords;     ///< capitalised words that are never part of a name (months, openers)
    PhraseMatcher organisationWords; ///< a capitalised run with one of these is no person ("Ministry")
    QSet<QString> acronymsNotSpeakers; ///< as written: "US", "GMT", "START"
    PhraseMatcher bylineWords;      ///< a line starting with one is a byline, not a credit ("By")
    int maxSourceModifiers = 4;
    int transcriptMinLabels = 2;
    int transcriptMaxLabelWords = 5;
    int fragmentMaxWords = 3;

    /// Parses the quotes.json format; throws std::runtime_error when a required list is missing.
    static QuoteRules fromJson(const QJsonDocument &document);
};

} // namespace summit
