// Pins the one definition of a word (core/extract/text/words.h) that the boilerplate lexicons,
// the phrase tokens, the phrase matcher and the quote attributor share. The matcher's own
// behaviour is pinned in phrase_matcher_test.cpp.
#include "extract/text/word_tokens.h"
#include "extract/text/words.h"
#include "ingest/word_lexicon.h"

#include <catch2/catch.hpp>

using namespace summit;

namespace {

/// The words of text, stepping with wordEnd as every caller does.
QStringList wordsOf(const QString &text)
{
    QStringList out;
    for (int i = 0; i < text.size();) {
        const int end = wordEnd(text, i);
        if (end == i) {
            ++i;
            continue;
        }
        out << text.mid(i, end - i);
        i = end;
    }
    return out;
}

QStringList tokenTexts(const QString &text)
{
    QString folded;
    QStringList out;
    for (const WordToken &t : tokenizeWords(text, folded))
        out << text.mid(t.start, t.end - t.start);
    return out;
}

} // namespace

TEST_CASE("word characters are letters, numbers and combining marks", "[words]")
{
    CHECK(isWordChar(u'a'));
    CHECK(isWordChar(u'Z'));
    CHECK(isWordChar(u'7'));
    CHECK(isWordChar(QChar(0x0416)));  // Cyrillic Zhe
    CHECK(isWordChar(QChar(0x00E9)));  // precomposed e acute
    CHECK(isWordChar(QChar(0x0301)));  // combining acute accent
    CHECK_FALSE(isWordChar(u'+'));
    CHECK_FALSE(isWordChar(QChar(0x00A9))); // copyright sign
    CHECK_FALSE(isWordChar(u'\''));
    CHECK_FALSE(isWordChar(u'-'));
    CHECK_FALSE(isWordChar(u'.'));
    CHECK_FALSE(isWordChar(u' '));
}

TEST_CASE("a word keeps its inner joiners, plus signs and an initialism's last dot", "[words]")
{
    CHECK(wordsOf(QStringLiteral("U.S. officials")) == QStringList{QStringLiteral("U.S."), QStringLiteral("officials")});
    CHECK(wordsOf(QStringLiteral("met Bush.")) == QStringList{QStringLiteral("met"), QStringLiteral("Bush")});
    CHECK(wordsOf(QStringLiteral("O'Brien said")) == QStringList{QStringLiteral("O'Brien"), QStringLiteral("said")});
    CHECK(wordsOf(QStringLiteral("Medvedev\u2019s aide")) == QStringList{QStringLiteral("Medvedev\u2019s"), QStringLiteral("aide")});
    CHECK(wordsOf(QStringLiteral("the 2+2 talks")) == QStringList{QStringLiteral("the"), QStringLiteral("2+2"), QStringLiteral("talks")});
    CHECK(wordsOf(QStringLiteral("Google+ and C++")) == QStringList{QStringLiteral("Google+"), QStringLiteral("and"), QStringLiteral("C++")});
    CHECK(wordsOf(QStringLiteral("Jean-Claude Juncker")) == QStringList{QStringLiteral("Jean-Claude"), QStringLiteral("Juncker")});
    CHECK(wordsOf(QStringLiteral("and/or")) == QStringList{QStringLiteral("and/or")});
    // A joiner with no word character after it ends the word.
    CHECK(wordsOf(QStringLiteral("pro- and anti-")) == QStringList{QStringLiteral("pro"), QStringLiteral("and"), QStringLiteral("anti")});
    CHECK(wordsOf(QStringLiteral("the leaders' talks")) == QStringList{QStringLiteral("the"), QStringLiteral("leaders"), QStringLiteral("talks")});
    // Non-ASCII letters, precomposed or decomposed, stay in their word.
    CHECK(wordsOf(QStringLiteral("Jos\u00E9 Mar\u00EDa")) == QStringList{QStringLiteral("Jos\u00E9"), QStringLiteral("Mar\u00EDa")});
    CHECK(wordsOf(QStringLiteral("Jose\u0301 said")) == QStringList{QStringLiteral("Jose\u0301"), QStringLiteral("said")});
    CHECK(wordsOf(QStringLiteral("\u041F\u0443\u0442\u0438\u043D said")).size() == 2);
    // The copyright sign is a word by itself; a lone plus sign is none.
    CHECK(wordsOf(QStringLiteral("\u00A9 2008 Reuters")) == QStringList{QStringLiteral("\u00A9"), QStringLiteral("2008"), QStringLiteral("Reuters")});
    CHECK(wordsOf(QStringLiteral("+ 7")) == QStringList{QStringLiteral("7")});
    CHECK(countWords(u"O'Brien's e-mail: 2+2 -- U.S.") == 4);
    CHECK(countWords(u"the leaders' talks") == 3);
    CHECK(countWords(u"  -- ") == 0);
    CHECK(nextWordStart(u"-- Putin", 0, 8) == 3);
    // limit is respected: a joiner at the limit does not pull in the next word.
    CHECK(wordEnd(QStringLiteral("co-author"), 0, 3) == 2);
}

TEST_CASE("phrase tokens split words at every mark, so phrases match piece by piece", "[words]")
{
    CHECK(tokenTexts(QStringLiteral("U.S.")) == QStringList{QStringLiteral("U"), QStringLiteral("."), QStringLiteral("S"), QStringLiteral(".")});
    CHECK(tokenTexts(QStringLiteral("O'Brien")) == QStringList{QStringLiteral("O"), QStringLiteral("'"), QStringLiteral("Brien")});
    CHECK(tokenTexts(QStringLiteral("2+2")) == QStringList{QStringLiteral("2"), QStringLiteral("+"), QStringLiteral("2")});
    CHECK(tokenTexts(QStringLiteral("Jose\u0301")) == QStringList{QStringLiteral("Jose\u0301")});
}

TEST_CASE("a run of word characters stops at every joiner", "[words]")
{
    CHECK(wordRunEnd(u"g8 summit", 0) == 2);
    CHECK(wordRunEnd(u"U.S.", 0) == 1);
    CHECK(wordRunEnd(u"Jose\u0301 said", 0) == 5);
    CHECK(wordRunEnd(u"-- Putin", 0) == 0);
}

TEST_CASE("boilerplate lexicons count the same words", "[words]")
{
    CHECK(lowerWords(QStringLiteral("U.S. Share on Google+ \u00A9 2008")) == QStringList{
              QStringLiteral("u.s."), QStringLiteral("share"), QStringLiteral("on"), QStringLiteral("google+"),
              QStringLiteral("\u00A9"), QStringLiteral("2008")});
    CHECK(wordCount(QStringLiteral("O'Brien's e-mail: 2+2 -- U.S.")) == 4);
    CHECK(lowerWords(QStringLiteral("one two three"), 2).size() == 2);
    const WordLexicon widgets(QStringList{QStringLiteral("google+"), QStringLiteral("\u00A9"), QStringLiteral("sign in")});
    CHECK(widgets.coverage(lowerWords(QStringLiteral("Sign in | Google+"))) == 1.0);
    CHECK(widgets.coverage(lowerWords(QStringLiteral("Google News"))) == 0.0);
    CHECK(widgets.leadingCover(WordLine(lowerWords(QStringLiteral("\u00A9 Sign in now")))) == 3);
}

TEST_CASE("a lexicon term covers whole words only, the longest first", "[words]")
{
    const WordLexicon lexicon(QStringList{QStringLiteral("sign"), QStringLiteral("log in"), QStringLiteral("log in now")});
    CHECK(lexicon.leadingCover(WordLine(lowerWords(QStringLiteral("Sign-up today")))) == 0);
    CHECK(lexicon.leadingCover(WordLine(lowerWords(QStringLiteral("Signed in")))) == 0);
    CHECK(lexicon.leadingCover(WordLine(lowerWords(QStringLiteral("Log in now")))) == 3);
    // "now's" is one word, so the three-word term does not fit; the two-word one still does.
    CHECK(lexicon.leadingCover(WordLine(lowerWords(QStringLiteral("Log in now's the time")))) == 2);
    int length = 0;
    CHECK(lexicon.contains(WordLine(lowerWords(QStringLiteral("please log in"))), 1, &length));
    CHECK(length == 2);
    CHECK(lexicon.occursIn(lowerWords(QStringLiteral("then sign here"))));
    CHECK_FALSE(lexicon.occursIn(lowerWords(QStringLiteral("the signs say login"))));
}
