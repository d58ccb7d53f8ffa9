// Event queries of Library: the timeline, the events table and the event panel.
#include "library/library.h"

#include "library/event_sources.h"
#include "library/json_list.h"
#include "store/database.h"
#include "store/statement.h"

#include <QHash>

namespace summit::library {

namespace {

const char kEventColumns[] = "SELECT id, slug, title, kind, start, end, granularity, place, "
                             "participants, actor, topics, summary, origin, lat, lon, edited_at FROM events "
                             "WHERE deleted = 0"; // events the user deleted stay hidden

EventRecord readEvent(const Statement &st)
{
    EventRecord e;
    e.id = st.int64(0);
    e.slug = st.text(1);
    e.title = st.text(2);
    e.kind = st.text(3);
    e.start = QDate::fromString(st.text(4), Qt::ISODate);
    e.end = QDate::fromString(st.text(5), Qt::ISODate);
    if (!e.end.isValid() || e.end < e.start)
        e.end = e.start;
    e.granularity = st.text(6);
    e.place = st.text(7);
    e.participants = jsonStringList(st.text(8));
    e.actor = st.text(9);
    e.topics = jsonStringList(st.text(10));
    e.summary = st.text(11);
    e.origin = st.text(12);
    if (!st.isNull(13))
        e.lat = st.real(13);
    if (!st.isNull(14))
        e.lon = st.real(14);
    e.editedAt = st.text(15);
    return e;
}

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

/// Fills the counts of the events in byId (id -> index into events); onlyEvent restricts the
/// coverage read to one event.
void fillCounts(Database &db, QVector<EventRecord> &events, const QHash<qint64, int> &byId,
                qint64 onlyEvent = 0)
{
    const QHash<qint64, EventCoverage> coverage = eventCoverage(db, onlyEvent);
    for (auto it = coverage.constBegin(); it != coverage.constEnd(); ++it) {
        const auto at = byId.find(it.key());
        if (at == byId.end())
            continue;
        EventRecord &e = events[*at];
        e.reportCount = int(it->reportedBy.size());
        e.mentionCount = int(it->mentionedBy.size());
        e.sourceCount = int(it->sources.size());
        for (const EventArticle &a : it->reportedBy)
            if (!e.articleIds.contains(a.articleId))
                e.articleIds.append(a.articleId);
        for (const IndependentSource &s : it->sources)
            e.sources << s.name;
    }
    Statement links(db, "SELECT DISTINCT el.event_id, el.article_id FROM event_links el "
                        "WHERE ?1 = 0 OR el.event_id = ?1");
    links.bind(1, onlyEvent);
    while (links.step())
        if (const auto it = byId.find(links.int64(0)); it != byId.end()) {
            EventRecord &e = events[*it];
            e.articleCount += 1;
            if (!e.articleIds.contains(links.int64(1)))
                e.articleIds.append(links.int64(1));
        }
    Statement excerpts(db, "SELECT event_id, COUNT(*) FROM event_links WHERE ?1 = 0 OR event_id = ?1 GROUP BY event_id");
    excerpts.bind(1, onlyEvent);
    while (excerpts.step())
        if (const auto it = byId.find(excerpts.int64(0)); it != byId.end())
            events[*it].excerptCount = excerpts.integer(1);
    Statement outlets(db, "SELECT DISTINCT el.event_id, a.outlet FROM event_links el "
                          "JOIN articles a ON a.id = el.article_id WHERE a.outlet IS NOT NULL "
                          "ORDER BY a.outlet");
    while (outlets.step())
        if (const auto it = byId.find(outlets.int64(0)); it != byId.end())
            addUnique(events[*it].outlets, outlets.text(1));
    Statement quotes(db, "SELECT q.event_id, q.speaker, a.outlet, q.fragment FROM quotes q "
                         "JOIN articles a ON a.id = q.article_id WHERE q.event_id IS NOT NULL");
    while (quotes.step()) {
        const auto it = byId.find(quotes.int64(0));
        if (it == byId.end())
            continue;
        EventRecord &e = events[*it];
        if (quotes.integer(3) == 0)
            ++e.quoteCount;
        addUnique(e.speakers, quotes.text(1));
        addUnique(e.quoteOutlets, quotes.text(2));
    }
}

} // namespace

QVector<EventRecord> Library::events() const
{
    QVector<EventRecord> out;
    QHash<qint64, int> byId;
    Statement st(m_db, (QByteArray(kEventColumns) + " ORDER BY start, end, id").constData());
    while (st.step()) {
        out << readEvent(st);
        byId.insert(out.last().id, int(out.size() - 1));
    }
    fillCounts(m_db, out, byId);
    const QHash<QString, Annotation> notes = annotationsByKey();
    for (EventRecord &e : out)
        e.annotation = notes.value(e.target().key());
    return out;
}

std::optional<EventRecord> Library::event(qint64 id) const
{
    Statement st(m_db, (QByteArray(kEventColumns) + " AND id = ?").constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    QVector<EventRecord> one{readEvent(st)};
    fillCounts(m_db, one, {{id, 0}}, id);
    one.first().annotation = annotation(one.first().target());
    return one.first();
}

std::optional<EventDetail> Library::eventDetail(qint64 id) const
{
    const std::optional<EventRecord> e = event(id);
    if (!e)
        return std::nullopt;
    EventDetail detail;
    detail.event = *e;
    LibraryFilter none;
    for (const QuoteRecord &q : quotes(none, true))
        if (q.eventId == id)
            detail.quotes << q;

    // Sentence text is cut in C++: offsets are UTF-16 units, SQLite's substr counts code points.
    QHash<qint64, QString> texts;
    auto textOf = [&](qint64 articleId) -> const QString & {
        auto it = texts.find(articleId);
        if (it == texts.end()) {
            Statement t(m_db, "SELECT clean_text FROM articles WHERE id = ?");
            t.bind(1, articleId);
            it = texts.insert(articleId, t.step() ? t.text(0) : QString());
        }
        return *it;
    };
    // Why each article is attached: reports carry their own evidence; a link's evidence is the
    // one of its best-scored row (SQLite takes bare columns from the MAX() row).
    QHash<qint64, QStringList> reports;
    {
        Statement r(m_db, "SELECT article_id, evidence FROM event_reports WHERE event_id = ?");
        r.bind(1, id);
        while (r.step())
            reports.insert(r.int64(0), jsonStringList(r.text(1)));
    }
    Statement ex(m_db, "SELECT el.article_id, el.sentence_id, s.start, s.end, MAX(el.score), "
                       "a.outlet, a.title, a.published, el.evidence FROM event_links el "
                       "JOIN sentences s ON s.id = el.sentence_id "
                       "JOIN articles a ON a.id = el.article_id WHERE el.event_id = ? "
                       "GROUP BY el.sentence_id ORDER BY a.published, a.id, s.start");
    ex.bind(1, id);
    while (ex.step()) {
        ExcerptRecord r;
        r.articleId = ex.int64(0);
        r.sentenceId = ex.int64(1);
        r.start = ex.integer(2);
        r.end = ex.integer(3);
        r.score = ex.real(4);
        r.outlet = ex.text(5);
        r.articleTitle = ex.text(6);
        r.published = QDate::fromString(ex.text(7), Qt::ISODate);
        r.text = textOf(r.articleId).mid(r.start, r.end - r.start).trimmed();
        r.evidence = jsonStringList(ex.text(8));
        r.articleReports = reports.contains(r.articleId);
        r.reportEvidence = reports.value(r.articleId);
        detail.excerpts << r;
    }
    Statement notes(m_db, "SELECT n.id, n.article_id, n.start, n.end, n.text, n.rule, a.outlet, "
                          "a.title FROM notes n JOIN articles a ON a.id = n.article_id "
                          "WHERE n.event_id = ? ORDER BY a.published, n.start");
    notes.bind(1, id);
    while (notes.step()) {
        NoteRecord n;
        n.id = notes.int64(0);
        n.articleId = notes.int64(1);
        n.start = notes.integer(2);
        n.end = notes.integer(3);
        n.text = notes.text(4);
        n.rule = notes.text(5);
        n.outlet = notes.text(6);
        n.articleTitle = notes.text(7);
        n.excerpt = textOf(n.articleId).mid(n.start, n.end - n.start);
        detail.notes << n;
    }
    return detail;
}

} // namespace summit::library
