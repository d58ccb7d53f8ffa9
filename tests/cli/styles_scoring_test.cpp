// Checks the C++ port of the scorer's rules (styles_scoring.h) against figures worked out by
// hand from shared/eval/score.py, so a fault in the port cannot pass for a fault in the extractor.

#include "styles_scoring.h"

#include <catch2/catch.hpp>

using namespace summit::test::styles;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("The styles scorer agrees with a hand count", "[cli][styles][scorer]")
{
    // Figures worked out by hand from score.py's rules, so the port itself is checked.
    CHECK(overlap(u"We stand with Georgia, and we will."_s, u"we stand with Georgia and we will"_s) == 1.0);
    CHECK(overlap(u"a b c d e"_s, u"a b c d"_s) == 0.8);                  // 4 shared over the longer 5
    CHECK(overlap(u"''It is done,'' he said"_s, u"\u201cIt is done,\u201d he said"_s) == 1.0);
    CHECK(speakerOk(u"George W. Bush"_s, u"George W. Bush President Bush"_s));
    CHECK_FALSE(speakerOk(u"Stephen Hadley"_s, u"Dmitry Medvedev he"_s));
    CHECK(speakerOk(u"senior Western diplomat"_s, u"diplomat (unnamed) a senior Western diplomat"_s));
    CHECK(outletNames(u"AP (republished by The Millbrook Courier)"_s)
          == QStringList{u"ap"_s, u"associated press"_s, u"millbrook courier"_s});
    CHECK(outletNames(u"Hartford Ledger (reposted on Eurasia Watch)"_s)
          == QStringList{u"hartford ledger"_s, u"eurasia watch"_s});

    const GoldArticle gold{u"x.txt"_s, u"Reuters"_s, u"Russia vows response"_s, u"2008-07-08"_s,
                           {{u"Condoleezza Rice"_s, u"This is about the threat from Iran,"_s},
                            {u"NATO"_s, u"a contribution to the protection of allies"_s},
                            {u"Jan Hamacek"_s, u"There should be a referendum."_s}},
                           {{u"8 Jul, 2008"_s, {u"2008-07-08"_s}},
                            {u"Tuesday"_s, {u"2008-07-08"_s}},
                            {u"Tuesday morning"_s, {u"2008-07-08"_s}},
                            {u"the end of 2012"_s, {u"2012"_s, u"2012-12"_s}},
                            {u"Monday"_s, {u"2008-07-07"_s}}},
                           {u"Nothing has been decided yet"_s}};
    const QList<ExtractedQuote> quotes{
        {u"This is about the threat from Iran,"_s, u"Condoleezza Rice"_s, u"she"_s, u"after"_s},     // right
        {u"a contribution to the protection of allies"_s, u"Rice"_s, u""_s, u"after"_s},        // wrong speaker
        {u"There should be a referendum."_s, u""_s, u""_s, u"after"_s},                          // no speaker: not counted
        {u"Nothing has been decided yet, but all options"_s, u"source"_s, u""_s, u"after"_s},   // don't care
        {u"MR. MCCORMACK: Good afternoon, everybody here"_s, u"Sean McCormack"_s, u""_s, u"transcript-turn"_s},
        {u"Moscow is sending a message"_s, u"Sergei Lavrov"_s, u""_s, u"after"_s}};               // not in gold
    const QList<ExtractedTimex> timexes{{u"Tuesday morning"_s, u"2008-07-08"_s}, // exact for the 3rd gold
                                        {u"Tuesday"_s, u"2008-07-08"_s},         // exact for the 2nd
                                        {u"end of 2012"_s, u"2012-12"_s},        // contained, alt value
                                        {u"Monday"_s, u"2008-07-14"_s}};         // wrong value
    // The header stamp is missing but equals the publication date: a page date, credited apart.
    const ArticleScore s = scoreArticle(gold, quotes, timexes, u"2008-07-08"_s);
    CHECK(s.quotesRequired == 3);
    CHECK(s.quotesFound == 1);
    CHECK(s.attributed == 3);
    CHECK(s.attributedRight == 1);
    CHECK(s.timexes == 5);
    CHECK(s.timexesFound == 3);
    CHECK(s.pageDates == 1);

    const MetadataScore m = scoreMetadata(gold, {u"2008-07-07"_s, u"Russia vows response"_s, u"Thomson Reuters"_s},
                                          u"Russia vows response\n(Reuters) - ..."_s);
    CHECK((m.dateWrong == 1 && m.dateRight == 0));
    CHECK((m.titleRight == 1 && m.titleScored == 1));
    CHECK((m.outletRight == 1 && m.outletWrong == 0 && m.outletScored == 1));
    const MetadataScore none = scoreMetadata(gold, {}, u"no title here, no agency"_s);
    CHECK((none.dateScored == 1 && none.dateRight + none.dateWrong == 0));
    CHECK((none.titleScored == 0 && none.outletScored == 0));
}
