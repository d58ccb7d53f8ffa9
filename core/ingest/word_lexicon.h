#pragma once

#include "extract/text/phrase_matcher.h"

#include <QStringList>
#include <QVector>

namespace summit {

/// Splits text into lower-case words, as extract/text/words.h defines a word ("U.S.", "O'Brien",
/// "Google+" and "©" are one word each).
/// At most maxWords are returned (the rest of a long paragraph is not needed to judge it).
QStringList lowerWords(const QString &text, int maxWords = -1);
/// Number of words, counted without building them.
int wordCount(const QString &text);
/// text.toLower(), with a fast path for ASCII text, which is nearly all of what the
/// classifier lower-cases; anything else goes through Qt's full Unicode mapping.
QString lowerCased(QStringView text);

/// The words of a line as the lexicons read them: lower-cased words, and the same words joined
/// by single spaces, where terms are looked up. Built once per block and read by every lexicon.
struct WordLine
{
    WordLine() = default;
    explicit WordLine(QStringList lowerWords);

    QStringList words;
    QString joined;       ///< words joined by single spaces
    QVector<int> starts;  ///< where each word starts in joined
};

/// A set of (possibly multi-word) terms matched greedily, longest first, over the words of a
/// line. Terms are looked up with the core's one phrase matcher (PhraseMatcher) in the words joined
/// by spaces, and a term must end where a word ends ("sign" is not in "sign-up" or "signed").
class WordLexicon final
{
public:
    WordLexicon() = default;
    explicit WordLexicon(const QStringList &terms);

    /// Fraction of the words covered by terms of this lexicon (0 when there are none).
    double coverage(const WordLine &line) const;
    double coverage(const QStringList &words) const { return coverage(WordLine(words)); }
    /// Number of leading words covered by consecutive terms.
    int leadingCover(const WordLine &line) const;
    /// True when a term starts at word `at`; *length receives its number of words.
    bool contains(const WordLine &line, int at, int *length) const;
    /// True when any term occurs anywhere in the line.
    bool occursIn(const WordLine &line) const;
    bool occursIn(const QStringList &words) const { return occursIn(WordLine(words)); }

private:
    /// Number of words the longest term at word `at` covers; 0 when no term starts there.
    int termAt(const WordLine &line, int at) const;

    PhraseMatcher m_terms; ///< each term's words joined by spaces; payload: its number of words
};

} // namespace summit
