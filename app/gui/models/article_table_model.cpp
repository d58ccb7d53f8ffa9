#include "models/article_table_model.h"

#include "models/record_roles.h"
#include "state/session.h"

#include <QLocale>

namespace summit::gui {

ArticleTableModel::ArticleTableModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

void ArticleTableModel::reload()
{
    beginResetModel();
    m_articles = m_session.library().articleSummaries();
    endResetModel();
}

int ArticleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const library::ArticleSummary &a = m_articles.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::ToolTipRole && index.column() == Title)
        return a.titleIsFileName ? QStringLiteral("%1\n(no title found on the page: this is the file name)").arg(a.title)
                                 : a.title + u'\n' + a.source;
    if (role == Qt::ToolTipRole && index.column() == Date && !a.needsDate())
        return QStringLiteral("Date from: %1").arg(a.publishedSource);
    if (role == Qt::TextAlignmentRole && index.column() >= Words)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Title: return a.title;
    case Outlet:
        return a.republisher.isEmpty() || role == SortRole ? a.outlet
                                                            : QStringLiteral("%1 (via %2)").arg(a.outlet, a.republisher);
    case Date:
        // Undated articles sort first: they are the ones that need attention.
        if (role == SortRole)
            return a.published;
        return a.needsDate() ? QStringLiteral("needs a date")
                             : QLocale::c().toString(a.published, QStringLiteral("d MMM yyyy"))
                                   + (a.publishedSource == QLatin1String("inferred") ? QStringLiteral("?") : QString());
    case Words: return a.words;
    case Quotes: return a.quotes;
    case Events: return a.events;
    }
    return {};
}

QVariant ArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *names[] = {"Title", "Outlet", "Date", "Words", "Quotes", "Events"};
    return QString::fromLatin1(names[section]);
}

ArticleFilterProxy::ArticleFilterProxy(ArticleTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ArticleFilterProxy::setFilter(const library::ArticleListFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ArticleFilterProxy::filterAcceptsRow(int row, const QModelIndex &) const
{
    return m_filter.matches(m_source->article(row));
}

} // namespace summit::gui
