// Briefing reads of Library: set-wise queries over the events of a scope, so the PDF briefing
// reads the store the way the app does and a thousand events cost a few statements.
#include "library/json_list.h"
#include "library/library.h"
#include "store/database.h"
#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace summit::library {

namespace {

// Ids travel as one bound JSON array read with json_each: one statement whatever the count,
// and nothing spliced into the SQL text.
QString idArray(const QVector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QVector<LinkedSentence> Library::linkedSentences(const QVector<qint64> &eventIds) const
{
    // Offsets are UTF-16 units, SQLite's substr counts code points: text is cut in C++.
    QHash<qint64, QString> texts;
    Statement text(m_db, "SELECT clean_text FROM articles WHERE id = ?");
    auto textOf = [&](qint64 articleId) -> const QString & {
        auto it = texts.find(articleId);
        if (it == texts.end()) {
            text.reset();
            text.bind(1, articleId);
            it = texts.insert(articleId, text.step() ? text.text(0) : QString());
        }
        return *it;
    };
    Statement st(m_db,
                 "SELECT l.event_id, l.article_id, l.sentence_id, s.start, s.end, s.ord, MAX(l.score), l.evidence, "
                 "EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = l.event_id AND r.article_id = l.article_id), "
                 "s.id = (SELECT s2.id FROM sentences s2 JOIN paragraphs p ON p.id = s2.paragraph_id "
                 "        WHERE s2.article_id = s.article_id AND p.kind = 'body' ORDER BY s2.ord LIMIT 1), "
                 "EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = s.article_id AND q.start < s.end "
                 "        AND q.end > s.start) "
                 "FROM event_links l JOIN sentences s ON s.id = l.sentence_id "
                 "WHERE l.event_id IN (SELECT value FROM json_each(?)) "
                 "GROUP BY l.event_id, l.sentence_id ORDER BY l.event_id, MAX(l.score) DESC, l.article_id, s.ord");
    st.bind(1, idArray(eventIds));
    QVector<LinkedSentence> out;
    while (st.step()) {
        LinkedSentence s;
        s.eventId = st.int64(0);
        s.articleId = st.int64(1);
        s.sentenceId = st.int64(2);
        s.start = st.integer(3);
        s.end = st.integer(4);
        s.ord = st.integer(5);
        s.score = st.real(6);
        s.evidence = jsonStringList(st.text(7));
        s.articleReports = st.integer(8) != 0;
        s.lede = st.integer(9) != 0;
        s.inQuote = st.integer(10) != 0;
        s.text = textOf(s.articleId).mid(s.start, s.end - s.start).trimmed();
        out << s;
    }
    return out;
}

QVector<EventNote> Library::eventNotes() const
{
    Statement st(m_db, "SELECT n.event_id, n.article_id, n.start, n.end, n.text, a.clean_text FROM notes n "
                       "JOIN articles a ON a.id = n.article_id ORDER BY n.article_id, n.start, n.id");
    QVector<EventNote> out;
    while (st.step()) {
        const QString clean = st.text(5);
        const int start = qBound(0, st.integer(2), int(clean.size()));
        const int end = qBound(start, st.integer(3), int(clean.size()));
        out << EventNote{st.isNull(0) ? 0 : st.int64(0), st.int64(1), clean.mid(start, end - start).simplified(),
                         st.text(4).simplified()};
    }
    return out;
}

QHash<qint64, QStringList> Library::quoteTopics() const
{
    // A topic word inside the quotation, or in the sentence that carries it: what the speaker
    // spoke about, not what the rest of the article is about.
    Statement st(m_db, "SELECT DISTINCT q.id, m.key FROM quotes q JOIN mentions m ON m.article_id = q.article_id "
                       "AND m.kind = 'topic' AND (m.sentence_id = q.sentence_id OR (m.start < q.end AND m.end > q.start)) "
                       "WHERE q.fragment = 0 ORDER BY q.id, m.key");
    QHash<qint64, QStringList> out;
    while (st.step())
        out[st.int64(0)] << st.text(1);
    return out;
}

QVector<TopicSentence> Library::topicSentences() const
{
    Statement st(m_db, "SELECT s.id, s.article_id, s.ord, s.start, s.end, mt.key, mp.key, a.clean_text, "
                       "EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = s.article_id AND q.start < s.end "
                       "        AND q.end > s.start) "
                       "FROM mentions mt JOIN mentions mp ON mp.sentence_id = mt.sentence_id AND mp.kind = 'person' "
                       "JOIN sentences s ON s.id = mt.sentence_id JOIN articles a ON a.id = s.article_id "
                       "WHERE mt.kind = 'topic' ORDER BY s.article_id, s.ord");
    QVector<TopicSentence> out;
    while (st.step()) {
        if (out.isEmpty() || out.last().sentenceId != st.int64(0)) {
            TopicSentence t;
            t.sentenceId = st.int64(0);
            t.articleId = st.int64(1);
            t.ord = st.integer(2);
            const QString clean = st.text(7);
            const int start = qBound(0, st.integer(3), int(clean.size()));
            t.text = clean.mid(start, qBound(start, st.integer(4), int(clean.size())) - start).trimmed();
            t.holdsQuote = st.integer(8) != 0;
            out << t;
        }
        TopicSentence &t = out.last();
        if (!t.topics.contains(st.text(5)))
            t.topics << st.text(5);
        if (!t.people.contains(st.text(6)))
            t.people << st.text(6);
    }
    return out;
}

QVector<ArticleHead> Library::articleHeads(const QVector<qint64> &ids) const
{
    Statement st(m_db, "SELECT a.id, a.source, a.outlet, a.republisher, a.title, a.url, a.published, g.wire, g.minhash "
                       "FROM json_each(?) j JOIN articles a ON a.id = j.value "
                       "LEFT JOIN article_signatures g ON g.article_id = a.id ORDER BY j.key");
    st.bind(1, idArray(ids));
    QVector<ArticleHead> out;
    while (st.step()) {
        ArticleHead a;
        a.id = st.int64(0);
        a.source = st.text(1);
        a.outlet = st.text(2).simplified();
        a.republisher = st.text(3).simplified();
        a.title = st.text(4).simplified();
        a.url = st.text(5).trimmed();
        a.published = QDate::fromString(st.text(6), Qt::ISODate);
        a.wire = st.text(7).simplified();
        a.signature = st.blob(8);
        out << a;
    }
    return out;
}

QHash<qint64, EventCoverage> Library::coverage() const
{
    return eventCoverage(m_db);
}

} // namespace summit::library
