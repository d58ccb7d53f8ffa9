#pragma once

// The one definition of a word that every matcher in the core uses: the boilerplate lexicons
// (core/ingest/word_lexicon), the phrase tokens (extract/text/word_tokens) of the one phrase
// matcher (extract/text/phrase_matcher) and the quote attributor's word steps. Before they
// shared it, four copies disagreed: "U.S." was one word, "U.S" plus a dot, or "U", "S"; a
// decomposed "é" split a name in two for some of them and not for others.

#include <QString>
#include <QStringView>

namespace summit {

/// A word character: a letter, a digit or other number, or a non-spacing combining mark (so a
/// decomposed "é" stays inside its word). Spaces, punctuation and symbols ("+", "©", "$") are
/// not word characters.
inline bool isWordChar(QChar c)
{
    // Every matcher asks this of nearly every character: settle ASCII without Qt's tables.
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

/// End of the run of word characters from pos, without the joiners of wordEnd() ("U" in
/// "U.S."); pos when none starts there. Phrase tokens (word_tokens.h) are such runs.
inline int wordRunEnd(QStringView text, int pos)
{
    while (pos < text.size() && isWordChar(text[pos]))
        ++pos;
    return pos;
}

/// Marks that join two runs of word characters into one word when a word character follows
/// them: hyphen ("co-author"), apostrophes ' and ’ ("O'Brien", "Medvedev's"), dot ("U.S") and
/// slash ("and/or").
inline bool isWordJoiner(QChar c)
{
    return c == u'-' || c == u'\'' || c == u'\u2019' || c == u'.' || c == u'/';
}

/// End of the word that starts at pos, looking no further than limit. A word is a run of word
/// characters, with:
/// - a joiner between two word characters inside it ("O'Brien", "Medvedev's", "co-author");
/// - a "+" right after a word character ("Google+", "C++", "2+2": one word each);
/// - the closing dot of an initialism ("U.S." is one word; "Bush." is "Bush" and a full stop).
/// The copyright sign is a word by itself: page footers write "©" for "copyright".
/// Returns pos when no word starts there.
inline int wordEnd(QStringView text, int pos, int limit)
{
    const int start = pos;
    if (pos < limit && text[pos] == u'\u00A9')
        return pos + 1;
    while (pos < limit) {
        const QChar c = text[pos];
        if (isWordChar(c) || (c == u'+' && pos > start)) {
            ++pos;
        } else if (isWordJoiner(c) && pos > start && pos + 1 < limit && isWordChar(text[pos + 1])) {
            ++pos;
        } else if (c == u'.' && pos >= start + 3 && text[pos - 1].isUpper() && text[pos - 2] == u'.') {
            return pos + 1;
        } else {
            break;
        }
    }
    return pos;
}

inline int wordEnd(QStringView text, int pos) { return wordEnd(text, pos, int(text.size())); }

/// Start of the first word at or after pos; limit when there is none.
inline int nextWordStart(QStringView text, int pos, int limit)
{
    // A word starts exactly where wordEnd would take a step: a word character or the "©".
    while (pos < limit && !isWordChar(text[pos]) && text[pos] != u'\u00A9')
        ++pos;
    return pos;
}

/// Number of words in text.
inline int countWords(QStringView text)
{
    const int n = int(text.size());
    int count = 0;
    for (int i = nextWordStart(text, 0, n); i < n; i = nextWordStart(text, wordEnd(text, i, n), n))
        ++count;
    return count;
}

} // namespace summit
