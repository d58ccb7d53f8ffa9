#pragma once

#include "library/records.h"

#include <QByteArray>
#include <QVariantMap>

namespace summit::library {

/// What the user narrowed the view to. One struct applies to the timeline, the quotes table
/// and the events table alike, so they can never disagree. Empty fields do not filter.
struct LibraryFilter
{
    QString speaker; ///< canonical speaker name, exact
    QString topic;   ///< topic key, exact
    QString outlet;  ///< outlet name, exact
    QDate from;      ///< inclusive; invalid = open
    QDate to;        ///< inclusive; invalid = open
    bool starredOnly = false; ///< only items the user starred
    QString tag;              ///< a tag of the user's, exact (case-insensitive)

    bool isEmpty() const;
    /// An event passes when its dates overlap [from, to], the topic is one of its topics, the
    /// speaker took part or is quoted on it, and the outlet reported it or is quoted on it.
    bool matchesEvent(const EventRecord &event) const;
    /// A quote passes when its speaker, outlet and article date match and the topic is one of
    /// its topics (its event's or its article's). Star and tag are the item's own (an event's
    /// star does not pass its quotes).
    bool matchesQuote(const QuoteRecord &quote) const;
    /// A short human description, e.g. "speaker Putin · outlet CNN · from 1 Mar 2008".
    QString describe() const;

    QVariantMap toVariantMap() const;
    static LibraryFilter fromVariantMap(const QVariantMap &map);
    friend bool operator==(const LibraryFilter &, const LibraryFilter &) = default;
};

/// A WHERE clause built from fixed SQL fragments, with the values to bind in order.
/// Values are never spliced into the text.
struct SqlWhere
{
    QByteArray sql; ///< starts with " WHERE " or is empty
    QVector<QString> values;
};

/// The WHERE clause selecting rows of `quotes q JOIN articles a ON a.id = q.article_id
/// LEFT JOIN events e ON e.id = q.event_id` that pass the filter (topic is checked in SQL too).
SqlWhere quoteWhere(const LibraryFilter &filter, bool includeFragments);

} // namespace summit::library
