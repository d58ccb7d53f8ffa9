#include "extract/people/phrase_index.h"

#include "extract/text/words.h"

#include <algorithm>

namespace summit {

QStringView PhraseIndex::leadingWord(QStringView text, int pos)
{
    int end = pos;
    while (end < text.size() && isWordChar(text[end]))
        ++end;
    return text.mid(pos, end - pos);
}

void PhraseIndex::add(const QString &phrase, int payload)
{
    const QStringView key = leadingWord(phrase, 0);
    if (phrase.isEmpty() || key.isEmpty())
        return;
    m_firstChars.set(phrase[0].unicode());
    QVector<Entry> &bucket = m_buckets[qHash(key, 0)];
    for (const Entry &e : bucket)
        if (e.phrase == phrase)
            return; // first registration wins, so data order decides duplicates
    bucket.append({phrase, payload});
    std::stable_sort(bucket.begin(), bucket.end(),
                     [](const Entry &a, const Entry &b) { return a.phrase.size() > b.phrase.size(); });
}

PhraseIndex::Hit PhraseIndex::longestAt(QStringView text, int pos) const
{
    if (pos >= text.size() || !m_firstChars.test(text[pos].unicode()))
        return {};
    const QStringView key = leadingWord(text, pos);
    if (key.isEmpty())
        return {};
    const auto it = m_buckets.constFind(qHash(key, 0));
    if (it == m_buckets.constEnd())
        return {};
    for (const Entry &e : *it) {
        const int end = pos + int(e.phrase.size());
        if (end > text.size())
            continue;
        if (text.mid(pos, e.phrase.size()) != e.phrase)
            continue;
        if (end < text.size()) {
            const QChar next = text[end];
            if (isWordChar(next) || next == u'-')
                continue;
        }
        return {int(e.phrase.size()), e.payload};
    }
    return {};
}

} // namespace summit
