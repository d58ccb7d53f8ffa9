#pragma once

#include "library/records.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace summit::gui {

class Session;

/// Every non-fragment quote: date, speaker, words, event, outlet.
class QuoteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Speaker, Words, Event, Outlet, Mine, ColumnCount }; // Mine: the user's star, tags, note
    explicit QuoteTableModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    const library::QuoteRecord &quote(int row) const { return m_quotes.at(row); }

private:
    void reload();
    Session &m_session;
    QVector<library::QuoteRecord> m_quotes;
};

/// Keeps the quotes the session's filter lets through; the rule itself is LibraryFilter's.
class QuoteFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    QuoteFilterProxy(Session &session, QuoteTableModel *source, QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    Session &m_session;
    QuoteTableModel *m_source;
};

} // namespace summit::gui
