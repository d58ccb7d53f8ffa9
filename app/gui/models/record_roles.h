#pragma once

#include <Qt>

namespace summit::gui {

/// Roles the table models share with their proxies and views.
enum RecordRole {
    IdRole = Qt::UserRole + 1, ///< quote id or event id
    EventIdRole,               ///< the event a row belongs to (0: none)
    SortRole,                  ///< a value that sorts naturally (dates as QDate)
};

} // namespace summit::gui
