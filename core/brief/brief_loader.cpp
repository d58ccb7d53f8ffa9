#include "brief/brief_loader.h"

#include "brief/brief_error.h"
#include "brief/loader_steps.h"
#include "store/database.h"
#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace summit::brief {

namespace {

QStringList jsonStrings(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

QString longDate(QDate date)
{
    return QLocale::c().toString(date, QStringLiteral("d MMMM yyyy"));
}

CorpusFigures corpusFigures(Database &db)
{
    CorpusFigures f;
    Statement articles(db, "SELECT COUNT(*), COUNT(DISTINCT outlet) FROM articles");
    if (articles.step()) {
        f.articles = articles.integer(0);
        f.outlets = articles.integer(1);
    }
    Statement quotes(db, "SELECT COUNT(*) FROM quotes WHERE fragment = 0");
    if (quotes.step())
        f.quotes = quotes.integer(0);
    return f;
}

CorpusFigures scopeFigures(Database &db, ArticleCache &cache, const QHash<qint64, qint64> &mainEventOfArticle)
{
    CorpusFigures f;
    QSet<QString> outlets;
    Statement quotes(db, "SELECT COUNT(*) FROM quotes WHERE article_id = ? AND fragment = 0");
    for (auto it = mainEventOfArticle.begin(); it != mainEventOfArticle.end(); ++it) {
        ++f.articles;
        outlets.insert(cache.article(it.key()).outlet);
        quotes.reset();
        quotes.bind(1, it.key());
        if (quotes.step())
            f.quotes += quotes.integer(0);
    }
    f.outlets = int(outlets.size());
    return f;
}

void checkTopics(const QStringList &topics)
{
    if (knownTopics().isEmpty())
        return;
    QStringList keys;
    for (const TopicLabel &t : knownTopics())
        keys << t.key;
    for (const QString &topic : topics) {
        if (!keys.contains(topic))
            throw BriefError(QStringLiteral("Unknown topic \u201c%1\u201d. Known topics: %2.")
                                 .arg(topic, keys.join(QStringLiteral(", "))));
    }
}

} // namespace

QVector<EventBrief> scopedEvents(Database &db, const BriefRequest &request)
{
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        throw BriefError(QStringLiteral("The start date %1 is after the end date %2.")
                             .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    checkTopics(request.topics);

    QSet<QString> wantedSlugs(request.eventSlugs.begin(), request.eventSlugs.end());
    if (!wantedSlugs.isEmpty()) {
        Statement known(db, "SELECT 1 FROM events WHERE slug = ?");
        for (const QString &slug : request.eventSlugs) {
            known.reset();
            known.bind(1, slug);
            if (!known.step())
                throw BriefError(QStringLiteral("No event with the slug \u201c%1\u201d.").arg(slug));
        }
    }
    const bool filtered = !wantedSlugs.isEmpty() || !request.topics.isEmpty();

    // ISO dates compare as text; open ends use bounds no date reaches.
    Statement st(db, "SELECT id, slug, title, kind, start, end, place, participants, topics, summary "
                     "FROM events WHERE end >= ? AND start <= ? ORDER BY start, end, id");
    st.bind(1, request.from.isValid() ? request.from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"));
    st.bind(2, request.to.isValid() ? request.to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    QVector<EventBrief> events;
    while (st.step()) {
        EventBrief e;
        e.id = st.int64(0);
        e.slug = st.text(1);
        e.title = st.text(2).simplified();
        e.kind = st.text(3);
        e.start = QDate::fromString(st.text(4), Qt::ISODate);
        e.end = QDate::fromString(st.text(5), Qt::ISODate);
        e.place = st.text(6).simplified();
        e.participants = jsonStrings(st.text(7));
        e.topics = jsonStrings(st.text(8));
        e.summary = st.text(9).simplified();
        if (!e.start.isValid())
            continue;
        if (!e.end.isValid() || e.end < e.start)
            e.end = e.start;
        if (filtered) {
            bool match = wantedSlugs.contains(e.slug);
            for (const QString &topic : request.topics)
                match = match || e.topics.contains(topic);
            if (!match)
                continue;
        }
        events.append(e);
    }
    return events;
}

QString describeScope(const BriefRequest &request, const QVector<EventBrief> &events)
{
    QStringList parts;
    if (request.from.isValid() && request.to.isValid())
        parts << QStringLiteral("%1 to %2").arg(longDate(request.from), longDate(request.to));
    else if (request.from.isValid())
        parts << QStringLiteral("From %1").arg(longDate(request.from));
    else if (request.to.isValid())
        parts << QStringLiteral("Up to %1").arg(longDate(request.to));
    if (!request.eventSlugs.isEmpty()) {
        QStringList titles;
        for (const EventBrief &e : events) {
            if (request.eventSlugs.contains(e.slug))
                titles << e.title;
        }
        parts << (titles.size() == 1 ? QStringLiteral("Event: %1") : QStringLiteral("Events: %1"))
                     .arg(titles.isEmpty() ? request.eventSlugs.join(QStringLiteral(", "))
                                           : titles.join(QStringLiteral("; ")));
    }
    if (!request.topics.isEmpty()) {
        QStringList labels;
        for (const QString &t : request.topics)
            labels << topicLabel(t);
        parts << (labels.size() == 1 ? QStringLiteral("Topic: %1") : QStringLiteral("Topics: %1"))
                     .arg(labels.join(QStringLiteral(", ")));
    }
    if (parts.isEmpty())
        return QStringLiteral("All events in the record");
    return parts.join(QStringLiteral(" \u00b7 "));
}

BriefContent loadBriefContent(Database &db, const BriefRequest &request, const SideDirectory &sides)
{
    const SelectionLimits limits;
    BriefContent content;
    content.request = request;
    content.title = request.effectiveTitle();
    content.author = request.author.simplified().isEmpty() ? QStringLiteral("Summitline") : request.author.simplified();
    content.generated = QDateTime::currentDateTime();
    content.corpus = corpusFigures(db);
    content.events = scopedEvents(db, request);
    content.scope = describeScope(request, content.events);

    ArticleCache cache(db);
    const QHash<qint64, qint64> mainEvent = fillEventSources(db, cache, content.events, limits);
    fillDiscrepancies(db, cache, content.events, mainEvent);
    content.topics = topicPositions(db, cache, request, mainEvent, sides, limits);
    content.inScope = scopeFigures(db, cache, mainEvent);
    content.articles = cache.articles();
    return content;
}

} // namespace summit::brief
