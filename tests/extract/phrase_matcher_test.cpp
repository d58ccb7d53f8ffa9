// Pins the core's one phrase matcher (core/extract/text/phrase_matcher): its token path (find,
// for the gazetteers) and its position path (longestAt, for the quote rules, people and place
// names and the boilerplate lexicons), and that the two agree on one phrase set.
#include "extract/text/phrase_matcher.h"

#include <catch2/catch.hpp>

using namespace summit;

namespace {

struct Found
{
    QString text;
    int payload;
    bool operator==(const Found &o) const { return text == o.text && payload == o.payload; }
};

/// Every find() match as the text it covers, with its payload.
QVector<Found> found(const PhraseMatcher &matcher, const QString &text, bool ignoreCase = false)
{
    QString folded;
    const QVector<WordToken> tokens = tokenizeWords(text, folded);
    QVector<Found> out;
    for (const PhraseMatch &m : matcher.find(text, tokens, ignoreCase)) {
        const int start = tokens.at(m.firstToken).start;
        out.append({text.mid(start, tokens.at(m.endToken - 1).end - start), m.payload});
    }
    return out;
}

QStringList matchedTexts(const PhraseMatcher &matcher, const QString &text)
{
    QStringList out;
    for (const Found &f : found(matcher, text))
        out << f.text;
    return out;
}

/// The text longestAt() finds at the first occurrence of `at` in text.
QString longestText(const PhraseMatcher &matcher, const QString &text, const QString &at)
{
    const int pos = int(text.indexOf(at));
    REQUIRE(pos >= 0);
    return text.mid(pos, matcher.longestAt(text, pos).length);
}

PhraseMatcher gazetteer()
{
    PhraseMatcher m;
    m.add(QStringLiteral("Black Sea resort"), 1, CaseRule::Folded);
    m.add(QStringLiteral("Black Sea resort city"), 2, CaseRule::Folded);
    m.add(QStringLiteral("Turkey"), 3, CaseRule::Exact);
    m.add(QStringLiteral("START"), 4, CaseRule::Folded); // all capitals: keeps its case anyway
    m.add(QStringLiteral("propos*"), 5, CaseRule::Folded);
    m.add(QStringLiteral("Walker's Point"), 6, CaseRule::Exact);
    m.add(QStringLiteral("Putin"), 7, CaseRule::Exact);
    m.add(QStringLiteral("U.S."), 8, CaseRule::Exact);
    m.add(QStringLiteral("war"), 9, CaseRule::Folded);
    m.add(QStringLiteral("missile defense"), 10, CaseRule::Folded);
    m.add(QStringLiteral("missile defense"), 11, CaseRule::Folded); // a second topic, same cue
    return m;
}

} // namespace

TEST_CASE("phrase matcher takes the longest phrase and keeps proper-name case", "[phrases]")
{
    const PhraseMatcher m = gazetteer();
    CHECK(matchedTexts(m, QStringLiteral("in the black sea resort city of Sochi"))
          == QStringList{QStringLiteral("black sea resort city")});
    CHECK(matchedTexts(m, QStringLiteral("at this Black Sea resort.")) == QStringList{QStringLiteral("Black Sea resort")});
    CHECK(matchedTexts(m, QStringLiteral("a roast turkey in Turkey")) == QStringList{QStringLiteral("Turkey")});
    CHECK(matchedTexts(m, QStringLiteral("talks start on START")) == QStringList{QStringLiteral("START")});
    CHECK(matchedTexts(m, QStringLiteral("He proposed; the proposal"))
          == QStringList{QStringLiteral("proposed"), QStringLiteral("proposal")});
    // Typographic apostrophes are the same token as straight ones.
    CHECK(matchedTexts(m, QStringLiteral("at Walker\u2019s Point")) == QStringList{QStringLiteral("Walker\u2019s Point")});
    CHECK(matchedTexts(m, QStringLiteral("at walker's point")).isEmpty());
    // An all-capital dateline drops the Exact rule when the caller asks.
    CHECK(found(m, QStringLiteral("ANKARA, TURKEY"), /*ignoreCase=*/true)
          == QVector<Found>{{QStringLiteral("TURKEY"), 3}});
}

TEST_CASE("phrase matcher: leftmost-longest, non-overlapping, every payload of the winner", "[phrases]")
{
    PhraseMatcher m;
    m.add(QStringLiteral("Black Sea"), 1, CaseRule::Folded);
    m.add(QStringLiteral("Sea resort"), 2, CaseRule::Folded);
    m.add(QStringLiteral("resort"), 3, CaseRule::Folded);
    m.add(QStringLiteral("Black Sea"), 4, CaseRule::Folded);
    m.add(QStringLiteral("Black Sea"), 1, CaseRule::Folded); // a repeated payload is reported once
    // "Black Sea" starts first and wins; "Sea resort" overlaps it and is dropped, "resort" is not.
    CHECK(found(m, QStringLiteral("a Black Sea resort"))
          == QVector<Found>{{QStringLiteral("Black Sea"), 1}, {QStringLiteral("Black Sea"), 4},
                            {QStringLiteral("resort"), 3}});
    // The position path answers with the first phrase registered for the extent.
    CHECK(m.longestAt(u"black sea resort", 0).payload == 1);
    CHECK(m.longestAt(u"black sea resort", 6).payload == 2);
}

TEST_CASE("phrase matcher at a position: a phrase ends where a run of word characters ends", "[phrases]")
{
    const PhraseMatcher m = gazetteer();
    CHECK(longestText(m, QStringLiteral("Putin's aide"), QStringLiteral("Putin")) == QLatin1String("Putin"));
    CHECK(m.longestAt(u"Putinism", 0).length == 0);
    CHECK(m.longestAt(u"putin", 0).length == 0); // Exact: as written
    CHECK(m.longestAt(u"U.S. envoy", 0).payload == 8);
    CHECK(m.longestAt(u"U.S.A", 0).length == 0); // the dot is followed by a word character
    // Never the first part of a hyphenated compound.
    CHECK(m.longestAt(u"war-weary", 0).length == 0);
    CHECK(m.longestAt(u"war weary", 0).payload == 9);
    // A decomposed accent is part of the word, so "Putin" is not in "Putiń".
    CHECK(m.longestAt(u"Putin\u0301", 0).length == 0);
    CHECK(m.longestAt(u"the black sea resort city", 4).length == 21);
    CHECK(m.longestAt(u"the proposal", 4).payload == 5);
    CHECK(m.longestAt(u"START talks", 0).payload == 4);
    CHECK(m.longestAt(u"start talks", 0).length == 0); // an acronym keeps its case
    CHECK(m.longestAt(u"Walker\u2019s Point", 0).payload == 6);
    CHECK(m.longestAt(u"a war", 1).length == 0); // a space is no phrase start
    CHECK(m.longestAt(u"war", 3).length == 0);
    CHECK(m.longestAt(u"war", -1).length == 0);
}

TEST_CASE("phrase matcher at a position: the caller may demand where a phrase ends", "[phrases]")
{
    PhraseMatcher m;
    m.add(QStringLiteral("log in"), 2, CaseRule::Folded);
    m.add(QStringLiteral("log in now"), 3, CaseRule::Folded);
    const auto beforeSpace = [](QStringView text) {
        return [text](int end) { return end == text.size() || text[end] == u' '; };
    };
    CHECK(m.longestAt(u"log in now", 0, beforeSpace(u"log in now")).payload == 3);
    // "now's" ends the longer term before an apostrophe: the shorter one is taken.
    CHECK(m.longestAt(u"log in now's", 0, beforeSpace(u"log in now's")).payload == 2);
    CHECK(m.longestAt(u"log in, now", 0, beforeSpace(u"log in, now")).length == 0);
}

TEST_CASE("phrase matcher: whitespace between tokens does not count", "[phrases]")
{
    PhraseMatcher m;
    m.add(QStringLiteral("according to"), 1, CaseRule::Folded);
    m.add(QStringLiteral("George H.W. Bush"), 2, CaseRule::Exact);
    CHECK(m.longestAt(u"according\nto him", 0).length == 12);
    CHECK(m.longestAt(u"George H. W. Bush said", 0).payload == 2);
    CHECK(found(m, QStringLiteral("said, according  to")) == QVector<Found>{{QStringLiteral("according  to"), 1}});
}

/// Compares the two paths at every token of texts; returns how many phrases both found.
int comparePaths(const PhraseMatcher &m, const QStringList &texts)
{
    int compared = 0;
    for (const QString &text : texts) {
        QString folded;
        const QVector<WordToken> tokens = tokenizeWords(text, folded);
        for (int i = 0; i < tokens.size(); ++i) {
            // The token path from token i: its first match, if it starts at i, is the longest
            // phrase there. None of these texts puts a hyphen after a phrase, where the position
            // path alone declines.
            const QVector<PhraseMatch> byTokens = m.find(text, tokens, i, int(tokens.size()));
            const bool startsHere = !byTokens.isEmpty() && byTokens.first().firstToken == i;
            const PhraseMatcher::Hit byPosition = m.longestAt(text, tokens.at(i).start);
            INFO(text.toStdString() << " at " << tokens.at(i).start);
            REQUIRE(startsHere == (byPosition.length > 0));
            if (!startsHere)
                continue;
            const PhraseMatch &first = byTokens.first();
            CHECK(tokens.at(i).start + byPosition.length == tokens.at(first.endToken - 1).end);
            CHECK(byPosition.payload == first.payload);
            ++compared;
        }
    }
    return compared;
}

TEST_CASE("phrase matcher: the position path and the token path agree on one phrase set", "[phrases]")
{
    const QStringList texts{
        QStringLiteral("In the Black Sea resort city of Sochi, Putin met U.S. officials."),
        QStringLiteral("A roast turkey in Turkey; talks start on START, proposals on missile defense."),
        QStringLiteral("At Walker\u2019s Point the war ended; Putin's aide proposed a black sea resort."),
        QStringLiteral("PUTIN: U.S. proposals on Missile Defense (START) are war talk."),
    };
    // The counts name the phrases above, so neither check can pass by finding nothing.
    CHECK(comparePaths(gazetteer(), texts) == 17);
    // Without a wildcard at the root, a phrase of one token takes the position path's shortcut.
    PhraseMatcher plain;
    for (const QString &phrase : {QStringLiteral("Turkey"), QStringLiteral("Putin"), QStringLiteral("U.S."),
                                  QStringLiteral("Black Sea resort"), QStringLiteral("war")})
        plain.add(phrase, int(phrase.size()), phrase == QLatin1String("war") ? CaseRule::Folded : CaseRule::Exact);
    plain.add(QStringLiteral("START"), 99, CaseRule::Folded);
    plain.add(QStringLiteral("start"), 98, CaseRule::Exact); // lower case only: the verb
    CHECK(comparePaths(plain, texts) == 11);
}
