#pragma once

#include "library/article_list.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace summit::gui {

class Session;

/// Every article of the library: title, outlet (and republisher), date or "needs a date",
/// words, quotes and events, as Library::articleSummaries gives them.
class ArticleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Outlet, Date, Words, Quotes, Events, ColumnCount };
    explicit ArticleTableModel(Session &session, QObject *parent = nullptr);

    const library::ArticleSummary &article(int row) const { return m_articles.at(row); }
    /// Re-reads the list from Library (the panel calls it when the data changed and it shows).
    void reload();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Session &m_session;
    QVector<library::ArticleSummary> m_articles;
};

/// Keeps the articles library::ArticleListFilter lets through; the rule lives in the core.
class ArticleFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    ArticleFilterProxy(ArticleTableModel *source, QObject *parent = nullptr);
    void setFilter(const library::ArticleListFilter &filter);
    const library::ArticleListFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    ArticleTableModel *m_source;
    library::ArticleListFilter m_filter;
};

} // namespace summit::gui
