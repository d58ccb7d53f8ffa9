#include "extract/timex/timex_vocabulary.h"

namespace summit::timex {

int Vocabulary::intern(const QString &lowerWord)
{
    auto it = m_ids.constFind(lowerWord);
    if (it != m_ids.constEnd())
        return it.value();
    const int next = int(m_info.size());
    m_ids.insert(lowerWord, next);
    m_info.append(WordInfo{});
    return next;
}

} // namespace summit::timex
