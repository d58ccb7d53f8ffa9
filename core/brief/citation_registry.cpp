#include "brief/citation_registry.h"

namespace summit::brief {

int CitationRegistry::number(qint64 articleId)
{
    const auto it = m_numbers.constFind(articleId);
    if (it != m_numbers.cend())
        return *it;
    m_order.append(articleId);
    const int n = int(m_order.size());
    m_numbers.insert(articleId, n);
    return n;
}

} // namespace summit::brief
