#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace summit::gui {

class ArticleFilterProxy;
class ArticleTableModel;
class Session;

/// The Articles panel: a sortable, filterable table of every article in the library, with
/// Open, Edit Metadata, Merge and Delete. It only asks; the window does the edits (as undo
/// commands) and the session's reload refreshes the table.
class ArticlesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ArticlesPanel(Session &session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    QCheckBox *needsDateBox() const { return m_needsDate; }
    /// Ids of the selected rows, in view order.
    QVector<qint64> selectedArticles() const;
    /// Selects the row of an article (when the filter shows it).
    void selectArticle(qint64 articleId);
    /// The panel's actions (open, edit metadata, merge, delete), for its toolbar and menus.
    QList<QAction *> articleActions() const { return {m_open, m_edit, m_merge, m_delete}; }
    /// Whether the user can see the panel: its dock is shown and, when tabbed, its tab is the
    /// current one (QDockWidget::visibilityChanged). A dock behind another tab stays
    /// isVisible(), so visibility alone would read the whole list at every open and reload.
    void setOnScreen(bool onScreen);

Q_SIGNALS:
    void openRequested(qint64 articleId);
    void editMetadataRequested(qint64 articleId);
    void mergeRequested(qint64 first, qint64 second);
    void deleteRequested(const QVector<qint64> &articleIds);
    /// A right-click on a row (already selected); globalPos is where to show the menu.
    void contextMenuRequested(qint64 articleId, const QPoint &globalPos);

private:
    void applyFilter();
    void updateActions();

    Session &m_session;
    ArticleTableModel *m_model = nullptr;
    ArticleFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_needsDate = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_open = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_delete = nullptr;
    bool m_stale = true; ///< the data changed while the panel was hidden
    bool m_onScreen = false;
};

} // namespace summit::gui
