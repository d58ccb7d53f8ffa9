#include "models/event_table_model.h"

#include "models/record_roles.h"
#include "state/session.h"
#include "timeline/time_scale.h"

#include <QRegularExpression>

namespace summit::gui {

EventTableModel::EventTableModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::dataReloaded, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session.events().size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto &e = m_session.events().at(index.row());
    if (role == IdRole || role == EventIdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date:
        return role == SortRole ? QVariant(e.start)
                                : QVariant(dateExtentText(e.start, e.end, e.granularity));
    case Title:
        if (role == Qt::ToolTipRole) // the user's own layer shows here too
            return QStringList{e.summary.isEmpty() ? e.title : e.summary,
                               e.isUserMade() ? QStringLiteral("Made by you") : e.isEditedByUser() ? QStringLiteral("Edited by you") : QString(),
                               e.annotation.note}.filter(QRegularExpression(QStringLiteral("."))).join(u'\n');
        return role == Qt::DisplayRole && e.annotation.starred ? QStringLiteral("★ ") + e.title : e.title;
    case Kind: return e.kind;
    case Place: return e.place;
    case Actor: return e.actor;
    case Reports: return e.reportCount;
    case Sources:
        if (role == Qt::ToolTipRole)
            return e.sources.join(QStringLiteral("\n"))
                   + (e.singleSource() ? QStringLiteral("\n(single source)") : QString());
        return e.sourceCount;
    case Mentions: return e.mentionCount;
    case Quotes: return e.quoteCount;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Reports: return QStringLiteral("Articles that report the event as news");
        case Sources: return QStringLiteral("Independent sources among them: republished copies and one wire's stories count once");
        case Mentions: return QStringLiteral("Articles that only mention the event (background, plans, earlier meetings)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    static const char *names[] = {"Date", "Event", "Kind", "Place", "Actor", "Reports", "Sources", "Mentions", "Quotes"};
    return QString::fromLatin1(names[section]);
}

EventFilterProxy::EventFilterProxy(Session &session, EventTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_session(session)
{
    setSourceModel(source);
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(&m_session, &Session::filterChanged, this, [this] { invalidateFilter(); });
}

bool EventFilterProxy::filterAcceptsRow(int row, const QModelIndex &) const
{
    return m_session.filter().matchesEvent(m_session.events().at(row));
}

} // namespace summit::gui
