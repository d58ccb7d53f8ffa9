#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace summit::gui {

class Session;

/// The session's events: date, title, kind, place, actor, reporting articles, independent
/// sources, articles that only mention the event, and quotes.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Title, Kind, Place, Actor, Reports, Sources, Mentions, Quotes, ColumnCount };
    explicit EventTableModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Session &m_session;
};

/// Keeps the events the session's filter lets through.
class EventFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    EventFilterProxy(Session &session, EventTableModel *source, QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    Session &m_session;
};

} // namespace summit::gui
