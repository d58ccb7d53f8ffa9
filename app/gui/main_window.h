#pragma once

#include "library/article_edits.h"

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QUndoStack;

namespace summit::gui {

class ArticleReader;
class ArticlesPanel;
class RecordMenu;
class EventPanel;
class FilterBar;
class ImportController;
class ImportJob;
class RecordTables;
class SearchPanel;
class Selection;
class Session;
class StatusLine;
class TimelinePanel;
class UndatedArticlesDialog;
class UserEditController;
struct MainActions;

/// The Summitline window: timeline in the middle, event, article, search and table panels
/// docked around it. It composes the parts and wires them; each part lives in its own file.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        Options(bool loadBundled = true, bool restore = true, QSize size = {})
            : loadBundledWhenEmpty(loadBundled), restoreSettings(restore), openSize(size)
        {
        }
        bool loadBundledWhenEmpty = true; ///< first start: load the bundled corpus
        bool restoreSettings = true;      ///< geometry, docks, range, filter from QSettings
        /// The size to open at (logical pixels); empty: fit the primary screen. The docks are
        /// arranged for it before the window takes it (see arrangeDocks).
        QSize openSize;
    };

    /// Opens (creating if needed) the database at path. Throws StoreError when it cannot.
    explicit MainWindow(const QString &databasePath, Options options, QWidget *parent = nullptr);
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr)
        : MainWindow(databasePath, Options{}, parent)
    {
    }
    ~MainWindow() override;

    Session &session() { return *m_session; }
    Selection &selection() { return *m_selection; }
    QUndoStack *undoStack() const { return m_undo; }
    TimelinePanel *timeline() const { return m_timeline; }
    EventPanel *eventPanel() const { return m_eventPanel; }
    ArticleReader *reader() const { return m_reader; }
    SearchPanel *searchPanel() const { return m_search; }
    RecordTables *tables() const { return m_tables; }
    FilterBar *filterBar() const { return m_filters; }
    ImportController *importer() const { return m_import; }
    UserEditController *userEdits() const { return m_userEdits; }
    /// True while the first-start load runs in the background.
    bool isLoading() const;

    /// Opens the metadata dialog for an article and pushes the edit on the undo stack.
    void editMetadata(qint64 articleId);
    /// Shows the articles that need a date (no trusted date was found), to set one each.
    void showUndatedArticles();
    /// Pushes a metadata edit without a dialog (tests, scripting).
    void applyMetadata(qint64 articleId, const QString &title, const QString &outlet, QDate published);

    // --- Library management (window/library_actions.cpp) ---
    ArticlesPanel *articlesPanel() const { return m_articles; }
    /// The right-click menus; other features plug their actions in here (see RecordMenu).
    RecordMenu *recordMenu() const { return m_recordMenu; }
    /// Deletes articles as one undoable step (Edit ▸ Undo brings them back).
    void deleteArticles(const QVector<qint64> &articleIds);
    /// Asks which copy to keep and which metadata it takes, then merges as one undoable step.
    void mergeArticles(qint64 first, qint64 second);
    /// Pushes a merge without a dialog (tests, scripting).
    void applyMerge(qint64 primaryId, qint64 duplicateId, const library::StoredMetadata &combined);
    /// Replaces this window by one on the library at path (created when missing). Returns the
    /// new window, or null after telling the user why the library cannot be opened.
    MainWindow *openLibrary(const QString &path);
    /// Writes a copy of the library to path; false after telling the user why not.
    bool saveCopyAs(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildDocks();
    /// Puts Search on the left or among the right-hand tabs, whichever a window this wide holds.
    void arrangeDocks(int windowWidth);
    void buildLibraryParts();
    void showRecordMenu(QWidget *source, const QPoint &pos);
    void connectParts();
    void startFirstLoad();
    void restoreState();
    void saveState() const;
    void addKeyboardNavigation();
    QDockWidget *addDock(QWidget *content, const QString &title, const QString &name,
                         Qt::DockWidgetArea area);

    std::unique_ptr<Session> m_session;
    Selection *m_selection = nullptr;
    QUndoStack *m_undo = nullptr;
    TimelinePanel *m_timeline = nullptr;
    FilterBar *m_filters = nullptr;
    EventPanel *m_eventPanel = nullptr;
    ArticleReader *m_reader = nullptr;
    SearchPanel *m_search = nullptr;
    RecordTables *m_tables = nullptr;
    ImportController *m_import = nullptr;
    UserEditController *m_userEdits = nullptr;
    StatusLine *m_status = nullptr;
    std::unique_ptr<MainActions> m_actions;
    ImportJob *m_firstLoad = nullptr;
    UndatedArticlesDialog *m_undated = nullptr;
    ArticlesPanel *m_articles = nullptr;
    RecordMenu *m_recordMenu = nullptr;
    Options m_options;
    bool m_stateRestored = false; ///< a saved dock layout exists: keep it
};

} // namespace summit::gui
