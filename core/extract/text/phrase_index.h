#pragma once

#include <QHash>
#include <QString>
#include <QStringView>
#include <QVector>

#include "extract/text/words.h"

#include <bitset>

namespace summit {

/// A set of multi-word phrases found at a given text position, longest first.
///
/// Phrases are bucketed by their first run of word characters (extract/text/words.h), so a lookup
/// costs one hash probe per word start plus a comparison against the few phrases sharing that
/// first run. Matching is exact (callers fold case beforehand when they want case-insensitive
/// matching) and ends where a run of word characters ends, as the gazetteers' tokens do: the
/// text after a match must not continue with a word character, so "Putin" matches in "Putin's"
/// but not in "Putinism". Nor may it continue with a hyphen: a phrase never matches the first
/// part of a hyphenated compound ("war" in "war-weary").
class PhraseIndex final
{
public:
    struct Hit
    {
        int length = 0;  ///< UTF-16 units matched
        int payload = -1; ///< what the caller attached to the phrase
    };

    void add(const QString &phrase, int payload);
    /// Longest phrase starting exactly at pos; length 0 when none.
    Hit longestAt(QStringView text, int pos) const
    {
        return longestAt(text, pos, [](int) { return true; });
    }
    /// Longest phrase starting exactly at pos whose end also satisfies endsHere(end): the
    /// boilerplate lexicons demand that a term end where a whole word ends.
    template <typename EndsHere>
    Hit longestAt(QStringView text, int pos, EndsHere endsHere) const
    {
        if (pos >= text.size() || !m_firstChars.test(text[pos].unicode()))
            return {};
        const auto it = m_buckets.constFind(qHash(bucketKey(text, pos), 0));
        if (it == m_buckets.constEnd())
            return {};
        for (const Entry &e : *it) {
            const int end = pos + int(e.phrase.size());
            if (end > text.size() || text.mid(pos, e.phrase.size()) != e.phrase)
                continue;
            if (end < text.size() && (isWordChar(text[end]) || text[end] == u'-'))
                continue;
            if (endsHere(end))
                return {int(e.phrase.size()), e.payload};
        }
        return {};
    }
    bool isEmpty() const { return m_buckets.isEmpty(); }

    /// The leading run of word characters of text from pos (the bucket key).
    static QStringView leadingWord(QStringView text, int pos);

private:
    /// The leading word, or the one character at pos when no word starts there ("©").
    static QStringView bucketKey(QStringView text, int pos)
    {
        const QStringView word = leadingWord(text, pos);
        return word.isEmpty() ? text.mid(pos, 1) : word;
    }

    struct Entry
    {
        QString phrase;
        int payload;
    };
    /// Keyed by the hash of the first word (no allocation per probe); a bucket may mix words whose
    /// hashes collide, which is harmless because every entry is compared in full.
    QHash<size_t, QVector<Entry>> m_buckets; ///< each bucket sorted longest first
    std::bitset<65536> m_firstChars; ///< cheap rejection before hashing the word
};

} // namespace summit
