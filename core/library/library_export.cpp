// Reads for exports: articles with their citation metadata, filtered like the record views.
#include "library/library.h"
#include "store/database.h"
#include "store/statement.h"

namespace summit::library {

QVector<CitedArticle> Library::citedArticles(const LibraryFilter &filter, qint64 eventId) const
{
    // One fixed statement: an empty filter field binds NULL and its term is then true, so no
    // SQL is ever assembled from the filter. An undated article fails any date bound, as an
    // undated quote does in LibraryFilter::matchesQuote.
    Statement st(m_db,
                 "SELECT a.id, a.source, CASE WHEN a.title_is_file_name THEN NULL ELSE a.title END, a.outlet, a.byline, a.dateline, a.published, a.url, "
                 "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id AND q.fragment = 0), a.sha256 "
                 "FROM articles a WHERE (?1 IS NULL OR a.outlet = ?1) "
                 "AND (?2 IS NULL OR a.published >= ?2) AND (?3 IS NULL OR a.published <= ?3) "
                 "AND (?4 IS NULL OR EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker = ?4)) "
                 "AND (?5 IS NULL OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id "
                 "     AND m.kind = 'topic' AND m.key = ?5) "
                 "  OR EXISTS (SELECT 1 FROM event_links l JOIN events e ON e.id = l.event_id, json_each(e.topics) t "
                 "     WHERE l.article_id = a.id AND t.value = ?5)) "
                 "AND (?6 = 0 OR EXISTS (SELECT 1 FROM event_links l WHERE l.article_id = a.id AND l.event_id = ?6) "
                 "  OR EXISTS (SELECT 1 FROM event_reports r WHERE r.article_id = a.id AND r.event_id = ?6)) "
                 "ORDER BY a.published IS NULL, a.published, a.id");
    st.bind(1, filter.outlet.isEmpty() ? QString() : filter.outlet);
    st.bind(2, filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString());
    st.bind(3, filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QString());
    st.bind(4, filter.speaker.isEmpty() ? QString() : filter.speaker);
    st.bind(5, filter.topic.isEmpty() ? QString() : filter.topic);
    st.bind(6, eventId);
    QVector<CitedArticle> out;
    while (st.step()) {
        CitedArticle a;
        a.id = st.int64(0);
        a.source = st.text(1);
        a.title = st.text(2);
        a.outlet = st.text(3);
        a.byline = st.text(4);
        a.dateline = st.text(5);
        a.published = QDate::fromString(st.text(6), Qt::ISODate);
        a.url = st.text(7);
        a.quoteCount = st.integer(8);
        a.sha256 = st.text(9);
        out << a;
    }
    return out;
}

} // namespace summit::library
