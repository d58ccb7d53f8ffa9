#pragma once

#include "library/records.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <memory>

namespace summit::gui {

class QuoteLoader;
class Session;

/// Every non-fragment quote: date, speaker, words, event, outlet. The rows are read on a worker
/// thread (tens of thousands in a large library), so the model is empty until the first load
/// lands, and keeps its previous rows until a reload lands.
class QuoteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Speaker, Words, Event, Outlet, Mine, ColumnCount }; // Mine: the user's star, tags, note
    explicit QuoteTableModel(Session &session, QObject *parent = nullptr);
    ~QuoteTableModel() override;

    /// True from a (re)load request until its rows are in the model.
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    const library::QuoteRecord &quote(int row) const { return m_quotes.at(row); }

Q_SIGNALS:
    /// The rows of the latest request are in (after modelReset); error is empty unless the read
    /// failed, and then the model holds no rows.
    void loaded(const QString &error);

private:
    void reload();
    void apply(quint64 token, QVector<library::QuoteRecord> quotes, const QString &error);
    Session &m_session;
    QVector<library::QuoteRecord> m_quotes;
    std::unique_ptr<QuoteLoader> m_loader;
    quint64 m_token = 0; ///< of the latest request; older answers drop
    bool m_loading = false;
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
