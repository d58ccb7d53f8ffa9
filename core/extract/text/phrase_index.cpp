#include "extract/text/phrase_index.h"

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
    if (phrase.isEmpty())
        return;
    const QStringView key = bucketKey(phrase, 0);
    m_firstChars.set(phrase[0].unicode());
    QVector<Entry> &bucket = m_buckets[qHash(key, 0)];
    for (const Entry &e : bucket)
        if (e.phrase == phrase)
            return; // first registration wins, so data order decides duplicates
    bucket.append({phrase, payload});
    std::stable_sort(bucket.begin(), bucket.end(),
                     [](const Entry &a, const Entry &b) { return a.phrase.size() > b.phrase.size(); });
}

} // namespace summit
