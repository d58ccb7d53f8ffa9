// Full-text search of Library.
#include "library/fts_query.h"
#include "library/library.h"
#include "store/database.h"
#include "store/query_deadline.h"
#include "store/statement.h"

#include <QSet>

#include <optional>

namespace summit::library {

SearchResult Library::search(const QString &userText, const LibraryFilter &filter, int limit) const
{
    SearchResult result;
    const QString query = ftsPrefixQuery(userText);
    if (query.isEmpty())
        return result;

    QByteArray sql = "SELECT s.id, s.article_id, s.start, s.end, "
                     "snippet(sentence_fts, 0, ?, ?, '…', 24), a.outlet, a.title, a.published, "
                     "a.source, bm25(sentence_fts) "
                     "FROM sentence_fts JOIN sentences s ON s.id = sentence_fts.rowid "
                     "JOIN articles a ON a.id = s.article_id WHERE sentence_fts MATCH ?";
    QVector<QString> values{QString(kMatchOpen), QString(kMatchClose), query};
    if (!filter.outlet.isEmpty()) {
        sql += " AND a.outlet = ?";
        values << filter.outlet;
    }
    if (filter.from.isValid()) {
        sql += " AND a.published >= ?";
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += " AND a.published <= ?";
        values << filter.to.toString(Qt::ISODate);
    }
    sql += " ORDER BY rank LIMIT ?";
    Statement st(m_db, sql.constData());
    for (int i = 0; i < values.size(); ++i)
        st.bind(i + 1, values.at(i));
    st.bind(int(values.size()) + 1, limit);
    // The bound covers the FTS query (snippets are where huge rows cost); the event look-ups
    // after it are indexed and small.
    std::optional<QueryDeadline> deadline(std::in_place, m_db, kSearchBudgetMs);
    auto step = [&] {
        try {
            return st.step();
        } catch (const StoreError &) {
            if (!deadline->expired())
                throw;
            result.incomplete = true;
            return false;
        }
    };
    while (step()) {
        SearchHit hit;
        hit.sentenceId = st.int64(0);
        hit.articleId = st.int64(1);
        hit.start = st.integer(2);
        hit.end = st.integer(3);
        hit.snippet = st.text(4);
        hit.outlet = st.text(5);
        hit.articleTitle = st.text(6);
        hit.published = QDate::fromString(st.text(7), Qt::ISODate);
        hit.source = st.text(8);
        hit.rank = st.real(9);
        result.hits << hit;
    }
    st.reset();
    deadline.reset();

    QSet<qint64> events;
    Statement links(m_db, "SELECT event_id FROM event_links WHERE sentence_id = ? UNION "
                          "SELECT event_id FROM quotes WHERE sentence_id = ? AND event_id IS NOT NULL");
    for (const SearchHit &hit : std::as_const(result.hits)) {
        links.reset();
        links.bind(1, hit.sentenceId).bind(2, hit.sentenceId);
        while (links.step())
            events.insert(links.int64(0));
    }
    // Event titles match on every typed word, like the sentences do.
    const QStringList words = ftsWords(userText);
    // Events the user deleted are not found; the user's notes and tags on an event are
    // searched like its title.
    Statement titles(m_db, "SELECT e.id, e.title || ' ' || COALESCE(n.note, '') || ' ' || COALESCE(n.tags, '') "
                           "FROM events e LEFT JOIN annotations n ON n.target = 'event:' || e.slug "
                           "WHERE e.deleted = 0");
    while (titles.step()) {
        const QString title = titles.text(1);
        bool all = !words.isEmpty();
        for (const QString &w : words)
            all = all && title.contains(w, Qt::CaseInsensitive);
        if (all)
            events.insert(titles.int64(0));
    }
    result.noteHits = annotatedItems(false, userText);
    result.eventIds = QVector<qint64>(events.begin(), events.end());
    std::sort(result.eventIds.begin(), result.eventIds.end());
    return result;
}

} // namespace summit::library
