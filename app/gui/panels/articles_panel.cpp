#include "panels/articles_panel.h"

#include "models/article_table_model.h"
#include "models/record_roles.h"
#include "state/session.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace summit::gui {

namespace {
QAction *panelAction(QWidget *owner, const QString &name, const QString &text, const QString &icon,
                     const QKeySequence &key = {})
{
    auto *a = new QAction(QIcon::fromTheme(icon), text, owner);
    a->setObjectName(name);
    a->setShortcut(key);
    // Shortcuts act only while the table has focus: Delete elsewhere means something else.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(a);
    return a;
}
} // namespace

ArticlesPanel::ArticlesPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("articlesPanel"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("articleFilter"));
    m_filter->setPlaceholderText(QStringLiteral("Filter by title, outlet or file name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(QStringLiteral("Filter articles"));
    m_needsDate = new QCheckBox(QStringLiteral("Needs a &date"), this);
    m_needsDate->setObjectName(QStringLiteral("articleNeedsDate"));
    m_needsDate->setToolTip(QStringLiteral("Only the articles with no publication date: they are off the timeline"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("articleCount"));

    m_model = new ArticleTableModel(session, this);
    m_proxy = new ArticleFilterProxy(m_model, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("articlesTable"));
    m_table->setAccessibleName(QStringLiteral("Articles table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ArticleTableModel::Date, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ArticleTableModel::Title, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    m_open = panelAction(this, QStringLiteral("articleOpen"), QStringLiteral("&Open"), QStringLiteral("document-open"));
    m_edit = panelAction(this, QStringLiteral("articleEditMetadata"), QStringLiteral("Edit &Metadata…"),
                         QStringLiteral("document-properties"));
    m_merge = panelAction(this, QStringLiteral("articleMerge"), QStringLiteral("Me&rge Duplicates…"),
                          QStringLiteral("merge"));
    m_merge->setToolTip(QStringLiteral("Select two copies of one story to keep one and fold the other into it"));
    m_delete = panelAction(this, QStringLiteral("articleDelete"), QStringLiteral("&Delete"), QStringLiteral("edit-delete"),
                           QKeySequence::Delete);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_needsDate);
    for (QAction *a : articleActions()) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        top->addWidget(button);
    }
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    // The list reads every article with its counts (about 0.2 s for 3,000 articles, a second for
    // 10,000): it is read while the panel is on screen, and once when it comes on screen after a
    // change, never behind the user's back (nor behind another tab: see setOnScreen).
    connect(&m_session, &Session::dataReloaded, this, [this] {
        m_stale = true;
        if (m_onScreen) {
            m_stale = false;
            m_model->reload();
        }
    });
    connect(m_filter, &QLineEdit::textChanged, this, &ArticlesPanel::applyFilter);
    connect(m_needsDate, &QCheckBox::toggled, this, &ArticlesPanel::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ArticlesPanel::updateActions);
    // Outlets and dates fit their text (within reason); the title takes the rest.
    auto fitColumns = [this] {
        for (int c = ArticleTableModel::Outlet; c < ArticleTableModel::ColumnCount; ++c) {
            m_table->resizeColumnToContents(c);
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
        }
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitColumns);
    fitColumns();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ArticlesPanel::updateActions);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openRequested(index.data(IdRole).toLongLong()); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
            m_table->selectRow(index.row());
        Q_EMIT contextMenuRequested(index.data(IdRole).toLongLong(), m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_open, &QAction::triggered, this, [this] {
        if (const auto ids = selectedArticles(); !ids.isEmpty())
            Q_EMIT openRequested(ids.first());
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const auto ids = selectedArticles(); ids.size() == 1)
            Q_EMIT editMetadataRequested(ids.first());
    });
    connect(m_merge, &QAction::triggered, this, [this] {
        if (const auto ids = selectedArticles(); ids.size() == 2)
            Q_EMIT mergeRequested(ids.at(0), ids.at(1));
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const auto ids = selectedArticles(); !ids.isEmpty())
            Q_EMIT deleteRequested(ids);
    });
    applyFilter();
}

void ArticlesPanel::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (m_onScreen && m_stale) {
        m_stale = false;
        m_model->reload();
    }
}

QVector<qint64> ArticlesPanel::selectedArticles() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QVector<qint64> ids;
    for (const QModelIndex &i : std::as_const(rows))
        ids << i.data(IdRole).toLongLong();
    return ids;
}

void ArticlesPanel::selectArticle(qint64 articleId)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (m_proxy->index(r, 0).data(IdRole).toLongLong() == articleId) {
            m_table->selectRow(r);
            m_table->scrollTo(m_proxy->index(r, 0));
            return;
        }
}

void ArticlesPanel::applyFilter()
{
    m_proxy->setFilter({m_filter->text(), m_needsDate->isChecked()});
    updateActions();
}

void ArticlesPanel::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_open->setEnabled(selected >= 1);
    m_edit->setEnabled(selected == 1);
    m_merge->setEnabled(selected == 2);
    m_delete->setEnabled(selected >= 1);
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                         ? QStringLiteral("%1 articles").arg(m_model->rowCount())
                         : QStringLiteral("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace summit::gui
