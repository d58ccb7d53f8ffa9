// Quote queries of Library, and quote corroboration across outlets.
#include "library/event_sources.h"
#include "library/fts_query.h"
#include "library/json_list.h"
#include "library/library.h"
#include "store/database.h"
#include "store/statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace summit::library {

QVector<QuoteRecord> Library::quotes(const LibraryFilter &filter, bool includeFragments) const
{
    return quotesWhere(quoteWhere(filter, includeFragments), 0);
}

std::optional<QuoteRecord> Library::quote(qint64 quoteId) const
{
    // One row by its key: the app asks this on a right-click or a speaker review, where
    // reading all quotes (72,000 at 10,000 articles) to find one took a third of a second.
    const QVector<QuoteRecord> one = quotesWhere({" WHERE q.id = ?", {QString::number(quoteId)}}, quoteId);
    return one.isEmpty() ? std::nullopt : std::optional(one.first());
}

QVector<QuoteRecord> Library::quotesWhere(const SqlWhere &where, qint64 quoteId) const
{
    // Topic mentions per article: a quote carries its article's topics as well as its event's.
    QHash<qint64, QStringList> articleTopics;
    Statement topics(m_db, "SELECT DISTINCT article_id, key FROM mentions WHERE kind = 'topic' "
                           "AND (?1 = 0 OR article_id = (SELECT article_id FROM quotes WHERE id = ?1))");
    topics.bind(1, quoteId);
    while (topics.step())
        articleTopics[topics.int64(0)] << topics.text(1);

    const QByteArray sql =
        "SELECT q.id, q.article_id, e.id, e.title, q.start, q.end, q.text, q.speaker, "
        "q.speaker_text, q.fragment, q.confidence, a.outlet, a.title, a.published, e.topics, q.alternatives, "
        "a.source, e.slug, q.rule, q.speaker_by_user, q.found_speaker "
        "FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN events e ON e.id = q.event_id AND e.deleted = 0"
        + where.sql + " ORDER BY a.published, q.article_id, q.start";
    Statement st(m_db, sql.constData());
    for (int i = 0; i < where.values.size(); ++i)
        st.bind(i + 1, where.values.at(i));
    const QHash<QString, Annotation> notes = annotationsByKey();
    QVector<QuoteRecord> out;
    while (st.step()) {
        QuoteRecord q;
        q.id = st.int64(0);
        q.articleId = st.int64(1);
        q.eventId = st.isNull(2) ? 0 : st.int64(2);
        q.eventTitle = st.text(3);
        q.start = st.integer(4);
        q.end = st.integer(5);
        q.text = st.text(6);
        q.speaker = st.text(7);
        q.speakerText = st.text(8);
        q.fragment = st.integer(9) != 0;
        q.confidence = st.real(10);
        q.outlet = st.text(11);
        q.articleTitle = st.text(12);
        q.published = QDate::fromString(st.text(13), Qt::ISODate);
        q.topics = jsonStringList(st.text(14));
        for (const QJsonValue &v : QJsonDocument::fromJson(st.text(15).toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            q.alternatives.append({o.value(QLatin1String("speaker")).toString(), o.value(QLatin1String("confidence")).toDouble()});
        }
        q.source = st.text(16);
        q.eventSlug = st.text(17);
        q.rule = st.text(18);
        q.speakerByUser = st.integer(19) != 0;
        q.foundSpeaker = st.text(20);
        q.annotation = notes.value(q.target().key());
        for (const QString &t : articleTopics.value(q.articleId))
            if (!q.topics.contains(t))
                q.topics << t;
        out << q;
    }
    return out;
}

QStringList Library::quoteOutlets(const QString &quoteText) const
{
    const QString phrase = ftsPhraseQuery(quoteText);
    if (phrase.isEmpty())
        return {};
    Statement st(m_db, "SELECT DISTINCT a.outlet FROM sentence_fts "
                       "JOIN sentences s ON s.id = sentence_fts.rowid "
                       "JOIN articles a ON a.id = s.article_id "
                       "WHERE sentence_fts MATCH ? AND a.outlet IS NOT NULL ORDER BY a.outlet");
    st.bind(1, phrase);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QStringList Library::quoteSources(const QString &quoteText) const
{
    const QString phrase = ftsPhraseQuery(quoteText);
    if (phrase.isEmpty())
        return {};
    Statement st(m_db, "SELECT DISTINCT a.id, a.source, a.outlet, a.published, g.wire, g.minhash "
                       "FROM sentence_fts JOIN sentences s ON s.id = sentence_fts.rowid "
                       "JOIN articles a ON a.id = s.article_id "
                       "LEFT JOIN article_signatures g ON g.article_id = a.id "
                       "WHERE sentence_fts MATCH ?");
    st.bind(1, phrase);
    QVector<EventArticle> articles;
    while (st.step())
        articles.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.blob(5), {}});
    QStringList out;
    for (const IndependentSource &s : independentSources(articles))
        out << s.name;
    return out;
}

int Library::quoteCorroboration(const QString &quoteText) const
{
    return int(quoteSources(quoteText).size());
}

QVector<WeekCount> Library::weeklyCounts() const
{
    QMap<QDate, WeekCount> weeks;
    auto weekOf = [](const QDate &d) { return d.addDays(1 - d.dayOfWeek()); };
    Statement articles(m_db, "SELECT published FROM articles WHERE published IS NOT NULL");
    while (articles.step()) {
        const QDate d = QDate::fromString(articles.text(0), Qt::ISODate);
        if (d.isValid())
            ++weeks[weekOf(d)].articles;
    }
    Statement quotes(m_db, "SELECT a.published FROM quotes q JOIN articles a "
                           "ON a.id = q.article_id WHERE a.published IS NOT NULL");
    while (quotes.step()) {
        const QDate d = QDate::fromString(quotes.text(0), Qt::ISODate);
        if (d.isValid())
            ++weeks[weekOf(d)].quotes;
    }
    QVector<WeekCount> out;
    for (auto it = weeks.begin(); it != weeks.end(); ++it) {
        it->weekStart = it.key();
        out << *it;
    }
    return out;
}

LibraryCounts Library::counts() const
{
    LibraryCounts c;
    Statement st(m_db, "SELECT (SELECT COUNT(*) FROM articles), "
                       "(SELECT COUNT(*) FROM quotes WHERE fragment = 0), "
                       "(SELECT COUNT(*) FROM events WHERE deleted = 0)");
    if (st.step()) {
        c.articles = st.integer(0);
        c.quotes = st.integer(1);
        c.events = st.integer(2);
    }
    return c;
}

namespace {
QStringList column(Database &db, const char *sql)
{
    Statement st(db, sql);
    QStringList out;
    while (st.step())
        if (!st.isNull(0) && !st.text(0).isEmpty())
            out << st.text(0);
    return out;
}
} // namespace

QStringList Library::speakers() const
{
    return column(m_db, "SELECT DISTINCT speaker FROM quotes ORDER BY speaker");
}

QStringList Library::topics() const
{
    QSet<QString> all;
    for (const QString &t : column(m_db, "SELECT DISTINCT key FROM mentions WHERE kind = 'topic'"))
        all.insert(t);
    for (const QString &json : column(m_db, "SELECT DISTINCT topics FROM events"))
        for (const QString &t : jsonStringList(json))
            all.insert(t);
    QStringList out(all.begin(), all.end());
    out.sort();
    return out;
}

QStringList Library::outlets() const
{
    return column(m_db, "SELECT DISTINCT outlet FROM articles ORDER BY outlet");
}

QVector<SourceRecord> Library::sources() const
{
    Statement st(m_db, "SELECT outlet, title, url FROM articles ORDER BY outlet, published");
    QVector<SourceRecord> out;
    while (st.step())
        out << SourceRecord{st.text(0), st.text(1), st.text(2)};
    return out;
}

} // namespace summit::library
