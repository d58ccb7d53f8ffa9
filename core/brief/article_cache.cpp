#include "brief/article_cache.h"

#include "store/database.h"
#include "store/statement.h"

namespace summit::brief {

const SourceArticle &ArticleCache::article(qint64 id)
{
    auto it = m_articles.find(id);
    if (it != m_articles.end())
        return *it;
    SourceArticle a;
    a.id = id;
    Statement st(m_db, "SELECT outlet, title, url, published, clean_text FROM articles WHERE id = ?");
    st.bind(1, id);
    if (st.step()) {
        a.outlet = st.text(0).simplified();
        a.title = st.text(1).simplified();
        a.url = st.text(2).trimmed();
        a.published = QDate::fromString(st.text(3), Qt::ISODate);
        m_texts.insert(id, st.text(4));
    }
    if (a.outlet.isEmpty())
        a.outlet = QStringLiteral("Unknown outlet");
    return *m_articles.insert(id, a);
}

QString ArticleCache::slice(qint64 id, int start, int end)
{
    article(id);
    const QString &text = m_texts[id];
    start = qBound(0, start, int(text.size()));
    end = qBound(start, end, int(text.size()));
    return text.mid(start, end - start);
}

std::optional<qint64> ArticleCache::ledeSentence(qint64 id)
{
    auto it = m_ledes.find(id);
    if (it != m_ledes.end())
        return *it;
    Statement st(m_db, "SELECT s.id FROM sentences s JOIN paragraphs p ON p.id = s.paragraph_id "
                       "WHERE s.article_id = ? AND p.kind = 'body' ORDER BY s.ord LIMIT 1");
    st.bind(1, id);
    std::optional<qint64> lede;
    if (st.step())
        lede = st.int64(0);
    m_ledes.insert(id, lede);
    return lede;
}

} // namespace summit::brief
