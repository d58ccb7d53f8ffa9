// The articles list of Library and its filter rule.
#include "library/article_list.h"

#include "library/library.h"
#include "store/database.h"
#include "store/statement.h"

namespace summit::library {

bool ArticleListFilter::matches(const ArticleSummary &a) const
{
    if (needsDateOnly && !a.needsDate())
        return false;
    const QString haystack = a.title + u' ' + a.outlet + u' ' + a.republisher + u' ' + a.source;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

QVector<ArticleSummary> Library::articleSummaries(const ArticleListFilter &filter) const
{
    // Words are counted as runs between spaces and line breaks, in SQL, so the list never loads
    // every article's text. Counts come from indexed look-ups per article.
    Statement st(m_db,
                 "SELECT a.id, a.source, a.title, a.title_is_file_name, a.outlet, a.republisher, a.published, "
                 "a.published_source, a.dateline, a.url, a.sha256, a.byline, a.encoding, a.format, a.metadata_sources, "
                 "(SELECT COUNT(*) FROM paragraphs WHERE article_id = a.id), "
                 "(SELECT COUNT(*) FROM sentences WHERE article_id = a.id), "
                 "CASE WHEN a.clean_text = '' THEN 0 ELSE "
                 "length(a.clean_text) - length(replace(replace(a.clean_text, ' ', ''), char(10), '')) + 1 END, "
                 "(SELECT COUNT(*) FROM quotes WHERE article_id = a.id AND fragment = 0), "
                 "(SELECT COUNT(*) FROM (SELECT event_id FROM event_links WHERE article_id = a.id "
                 "UNION SELECT event_id FROM event_reports WHERE article_id = a.id)) "
                 "FROM articles a WHERE (?1 = 0 OR a.published IS NULL) ORDER BY a.published, a.id");
    st.bind(1, filter.needsDateOnly ? 1 : 0);
    QVector<ArticleSummary> out;
    while (st.step()) {
        ArticleSummary a;
        a.id = st.int64(0);
        a.source = st.text(1);
        a.title = st.text(2);
        a.titleIsFileName = st.integer(3) != 0;
        a.outlet = st.text(4);
        a.republisher = st.text(5);
        a.published = QDate::fromString(st.text(6), Qt::ISODate);
        a.publishedSource = st.text(7);
        a.dateline = st.text(8);
        a.url = st.text(9);
        a.sha256 = st.text(10);
        a.byline = st.text(11);
        a.encoding = st.text(12);
        a.format = st.text(13);
        a.metadataSources = st.text(14);
        a.paragraphs = st.integer(15);
        a.sentences = st.integer(16);
        a.words = st.integer(17);
        a.quotes = st.integer(18);
        a.events = st.integer(19);
        if (filter.matches(a))
            out.append(a);
    }
    return out;
}

QVector<QPair<QString, qint64>> Library::tableCounts() const
{
    struct Count
    {
        const char *name;
        const char *sql;
    };
    static const Count counts[] = {
        {"articles", "SELECT COUNT(*) FROM articles"},
        {"outlets", "SELECT COUNT(DISTINCT outlet) FROM articles"},
        {"paragraphs", "SELECT COUNT(*) FROM paragraphs"},
        {"sentences", "SELECT COUNT(*) FROM sentences"},
        {"quotes", "SELECT COUNT(*) FROM quotes WHERE fragment = 0"},
        {"fragments", "SELECT COUNT(*) FROM quotes WHERE fragment = 1"},
        {"timexes", "SELECT COUNT(*) FROM timexes"},
        {"mentions", "SELECT COUNT(*) FROM mentions"},
        // Events the user deleted (hidden, kept for undo) are not counted, as the app hides them.
        {"events", "SELECT COUNT(*) FROM events WHERE deleted = 0"},
        {"catalog_events", "SELECT COUNT(*) FROM events WHERE origin = 'catalog' AND deleted = 0"},
        {"extracted_events", "SELECT COUNT(*) FROM events WHERE origin = 'extracted' AND deleted = 0"},
        {"event_links", "SELECT COUNT(*) FROM event_links"},
        {"notes", "SELECT COUNT(*) FROM notes"},
        {"removed_blocks", "SELECT COUNT(*) FROM removed_blocks"},
    };
    QVector<QPair<QString, qint64>> out;
    for (const Count &k : counts) {
        Statement st(m_db, k.sql);
        out.append({QString::fromLatin1(k.name), st.step() ? st.int64(0) : 0});
    }
    return out;
}

QVector<TimexRecord> Library::timexes(qint64 articleId) const
{
    Statement st(m_db, "SELECT t.article_id, a.source, t.text, t.value, t.granularity, t.start, t.end, t.rule, "
                       "t.begin_date, t.end_date, t.anchor, t.confidence FROM timexes t JOIN articles a ON a.id = t.article_id "
                       "WHERE (?1 = 0 OR t.article_id = ?1) ORDER BY t.article_id, t.start");
    st.bind(1, articleId);
    QVector<TimexRecord> out;
    while (st.step())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.integer(5), st.integer(6),
                    st.text(7), st.text(8), st.text(9), st.text(10), st.real(11)});
    return out;
}

} // namespace summit::library
