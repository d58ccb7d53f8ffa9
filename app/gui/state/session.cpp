#include "state/session.h"

#include "store/database.h"

namespace summit::gui {

Session::Session(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath), m_db(std::make_unique<Database>(databasePath)),
      m_library(std::make_unique<library::Library>(*m_db))
{
    m_events = m_library->events();
    applyFilter();
}

Session::~Session() = default;

const library::EventRecord *Session::eventById(qint64 id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_events.at(*it);
}

void Session::setFilter(const library::LibraryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilter();
    Q_EMIT filterChanged();
}

void Session::setHighlightedEvents(const QSet<qint64> &ids)
{
    if (ids == m_highlighted)
        return;
    m_highlighted = ids;
    Q_EMIT highlightChanged();
}

void Session::reload()
{
    m_events = m_library->events();
    applyFilter();
    Q_EMIT dataReloaded();
}

void Session::applyFilter()
{
    m_shown.clear();
    m_byId.clear();
    for (int i = 0; i < m_events.size(); ++i) {
        m_byId.insert(m_events.at(i).id, i);
        if (m_filter.matchesEvent(m_events.at(i)))
            m_shown << i;
    }
}

} // namespace summit::gui
