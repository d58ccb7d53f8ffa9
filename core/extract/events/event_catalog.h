#pragma once

#include "extract/events/catalog_event.h"

#include <QHash>
#include <QJsonObject>

namespace summit {

/// The curated events of the record, loaded from :/knowledge/events.json and sorted by start.
class EventCatalog final
{
public:
    /// Parses the events.json format. Throws std::runtime_error naming the offending event when
    /// a slug is missing or repeated, a date is not YYYY-MM-DD, end precedes start, or kind or
    /// actor is not one of the documented values.
    explicit EventCatalog(const QJsonObject &json);

    const QVector<CatalogEvent> &events() const { return m_events; }
    const CatalogEvent *find(const QString &slug) const;

private:
    QVector<CatalogEvent> m_events;
    QHash<QString, int> m_bySlug;
};

} // namespace summit
