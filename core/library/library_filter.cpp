#include "library/library_filter.h"

#include <QLocale>

namespace summit::library {

namespace {

bool overlaps(const LibraryFilter &f, QDate start, QDate end)
{
    if (f.from.isValid() && end.isValid() && end < f.from)
        return false;
    if (f.to.isValid() && start.isValid() && start > f.to)
        return false;
    if ((f.from.isValid() || f.to.isValid()) && !start.isValid())
        return false;
    return true;
}

/// The user's own conditions, the same for events and quotes.
bool matchesAnnotation(const LibraryFilter &f, const Annotation &a)
{
    if (f.starredOnly && !a.starred)
        return false;
    if (!f.tag.isEmpty() && !a.tags.contains(f.tag, Qt::CaseInsensitive))
        return false;
    return true;
}

QString dateText(QDate date)
{
    return QLocale::c().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

bool EventRecord::isFuzzy() const
{
    return granularity == QLatin1String("month") || granularity == QLatin1String("season")
           || granularity == QLatin1String("year");
}

bool LibraryFilter::isEmpty() const
{
    return speaker.isEmpty() && topic.isEmpty() && outlet.isEmpty() && !from.isValid()
           && !to.isValid()
           && !starredOnly && tag.isEmpty();
}

bool LibraryFilter::matchesEvent(const EventRecord &event) const
{
    if (!overlaps(*this, event.start, event.end))
        return false;
    if (!topic.isEmpty() && !event.topics.contains(topic))
        return false;
    if (!speaker.isEmpty() && !event.participants.contains(speaker)
        && !event.speakers.contains(speaker))
        return false;
    if (!outlet.isEmpty() && !event.outlets.contains(outlet) && !event.quoteOutlets.contains(outlet))
        return false;
    return matchesAnnotation(*this, event.annotation);
}

bool LibraryFilter::matchesQuote(const QuoteRecord &quote) const
{
    if (!overlaps(*this, quote.published, quote.published))
        return false;
    if (!speaker.isEmpty() && quote.speaker != speaker)
        return false;
    if (!outlet.isEmpty() && quote.outlet != outlet)
        return false;
    if (!topic.isEmpty() && !quote.topics.contains(topic))
        return false;
    return matchesAnnotation(*this, quote.annotation);
}

QString LibraryFilter::describe() const
{
    QStringList parts;
    if (!speaker.isEmpty())
        parts << QStringLiteral("speaker %1").arg(speaker);
    if (!topic.isEmpty())
        parts << QStringLiteral("topic %1").arg(topic);
    if (!outlet.isEmpty())
        parts << QStringLiteral("outlet %1").arg(outlet);
    if (from.isValid() && to.isValid())
        parts << QStringLiteral("%1 – %2").arg(dateText(from), dateText(to));
    else if (from.isValid())
        parts << QStringLiteral("from %1").arg(dateText(from));
    else if (to.isValid())
        parts << QStringLiteral("until %1").arg(dateText(to));
    if (starredOnly)
        parts << QStringLiteral("starred");
    if (!tag.isEmpty())
        parts << QStringLiteral("tag %1").arg(tag);
    return parts.join(QStringLiteral(" · "));
}

QVariantMap LibraryFilter::toVariantMap() const
{
    return {{QStringLiteral("speaker"), speaker},
            {QStringLiteral("topic"), topic},
            {QStringLiteral("outlet"), outlet},
            {QStringLiteral("from"), from.isValid() ? from.toString(Qt::ISODate) : QString()},
            {QStringLiteral("to"), to.isValid() ? to.toString(Qt::ISODate) : QString()},
            {QStringLiteral("starredOnly"), starredOnly},
            {QStringLiteral("tag"), tag}};
}

LibraryFilter LibraryFilter::fromVariantMap(const QVariantMap &map)
{
    LibraryFilter f;
    f.speaker = map.value(QStringLiteral("speaker")).toString();
    f.topic = map.value(QStringLiteral("topic")).toString();
    f.outlet = map.value(QStringLiteral("outlet")).toString();
    f.from = QDate::fromString(map.value(QStringLiteral("from")).toString(), Qt::ISODate);
    f.to = QDate::fromString(map.value(QStringLiteral("to")).toString(), Qt::ISODate);
    f.starredOnly = map.value(QStringLiteral("starredOnly")).toBool();
    f.tag = map.value(QStringLiteral("tag")).toString();
    return f;
}

SqlWhere quoteWhere(const LibraryFilter &filter, bool includeFragments)
{
    QByteArrayList terms;
    SqlWhere where;
    if (!includeFragments)
        terms << "q.fragment = 0";
    if (!filter.speaker.isEmpty()) {
        terms << "q.speaker = ?";
        where.values << filter.speaker;
    }
    if (!filter.outlet.isEmpty()) {
        terms << "a.outlet = ?";
        where.values << filter.outlet;
    }
    if (filter.from.isValid()) {
        terms << "a.published >= ?";
        where.values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        terms << "a.published <= ?";
        where.values << filter.to.toString(Qt::ISODate);
    }
    if (!filter.topic.isEmpty()) {
        // The event's topics (a JSON array) or a topic mention in the quote's article.
        terms << "(EXISTS (SELECT 1 FROM json_each(e.topics) WHERE json_each.value = ?)"
                 " OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id"
                 " AND m.kind = 'topic' AND m.key = ?))";
        where.values << filter.topic << filter.topic;
    }
    // The quote's own annotation, keyed by its span as UserEdits stores it.
    if (filter.starredOnly)
        terms << "EXISTS (SELECT 1 FROM annotations n WHERE n.target = 'quote:' || q.article_id || ':' || "
                 "q.start || ':' || q.end AND n.starred = 1)";
    if (!filter.tag.isEmpty()) {
        terms << "EXISTS (SELECT 1 FROM annotations n, json_each(n.tags) t WHERE n.target = 'quote:' || "
                 "q.article_id || ':' || q.start || ':' || q.end AND t.value = ? COLLATE NOCASE)";
        where.values << filter.tag;
    }
    if (!terms.isEmpty())
        where.sql = " WHERE " + terms.join(" AND ");
    return where;
}

} // namespace summit::library
