#pragma once

#include "extract/text/words.h"

#include <QString>
#include <QVector>

namespace summit {

/// Typographic quotes, primes and dashes as their ASCII forms ("Walker’s" is "Walker's").
inline QChar normalizedChar(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
        return QLatin1Char('\'');
    case 0x201C: case 0x201D: case 0x201E: case 0x2033:
        return QLatin1Char('"');
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
        return QLatin1Char('-');
    default:
        return c;
    }
}

/// A character as phrase matching compares it: normalised, then case-folded (simple folding
/// keeps one unit per unit, so folded offsets equal text offsets). The tokenizer and the phrase
/// matcher's lazy reading both fold with this one function.
inline QChar foldedChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80 && u != u'`') // nearly every character: settle ASCII without Qt's tables
        return u >= u'A' && u <= u'Z' ? QChar(char16_t(u + 32)) : c;
    const QChar n = normalizedChar(c);
    return n != c || c.isSurrogate() ? n : c.toCaseFolded();
}

/// End of the token that starts at pos, where text has no space: the run of word characters
/// there (extract/text/words.h), or the single mark. *folds is set when foldedChar() changes a
/// character of it. The one cut of a phrase token: tokenizeWords() and the phrase matcher's
/// reading at a position both use it.
inline int tokenEnd(QStringView text, int pos, bool *folds)
{
    const int n = int(text.size());
    const bool word = isWordChar(text[pos]);
    *folds = foldedChar(text[pos]) != text[pos];
    int end = pos + 1;
    for (; word && end < n; ++end) {
        // The hot loop of every lookup at a position: ASCII letters and digits without Qt's tables.
        const char16_t c = text[end].unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            continue;
        if (c >= u'A' && c <= u'Z') {
            *folds = true;
            continue;
        }
        if (c < 0x80 || !isWordChar(text[end]))
            break;
        *folds = *folds || foldedChar(text[end]) != text[end];
    }
    return end;
}

/// One token of a text for phrase matching (extract/text/phrase_matcher): a run of word
/// characters (extract/text/words.h), or a single punctuation character. Folded is the case-folded form with typographic quotes and dashes
/// normalised, so "Walker’s" and "Walker's" match the same alias.
struct WordToken
{
    int start = 0;
    int end = 0;
    QString folded; ///< raw view into the folded text given to tokenizeWords()
    bool word = false; ///< letters/digits (false for punctuation)
    size_t hash = 0;   ///< qHash(folded), computed once: every matcher probes with it
};

/// Splits text into WordTokens in one pass. Phrases are tokenised the same way, so a phrase
/// matches exactly when its token sequence does. The tokens' folded strings are views
/// (QString::fromRawData) into foldedText, which receives the folded copy of text: it must
/// outlive the tokens and never be modified. This spares one allocation per token.
QVector<WordToken> tokenizeWords(const QString &text, QString &foldedText);

/// The normalised (quotes, dashes) but not case-folded form of text.
QString normalizePunctuation(QStringView text);

/// Index of the first token whose start is >= pos (tokens.size() when none).
int tokenAtOrAfter(const QVector<WordToken> &tokens, int pos);

} // namespace summit
