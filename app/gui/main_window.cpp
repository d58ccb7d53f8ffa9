#include "main_window.h"

#include "edit/metadata_command.h"
#include "edit/metadata_dialog.h"
#include "export/export_menu.h"
#include "edit/user_edit_controller.h"
#include "import/import_controller.h"
#include "import/import_job.h"
#include "panels/article_reader.h"
#include "panels/event_panel.h"
#include "panels/filter_bar.h"
#include "panels/record_tables.h"
#include "panels/search_panel.h"
#include "state/selection.h"
#include "state/session.h"
#include "timeline/go_to_dialog.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_panel.h"
#include "timeline/timeline_view.h"
#include "window/about_box.h"
#include "window/briefing_dialog.h"
#include "window/main_actions.h"
#include "window/panel_navigation.h"
#include "window/readable_palette.h"
#include "window/shortcuts_dialog.h"
#include "window/undated_articles_dialog.h"
#include "window/status_line.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace summit::gui {

MainWindow::MainWindow(const QString &databasePath, Options options, QWidget *parent)
    : QMainWindow(parent), m_session(std::make_unique<Session>(databasePath)), m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Summitline"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_selection = new Selection(this);
    m_undo = new QUndoStack(this);
    m_undo->setObjectName(QStringLiteral("undoStack"));

    auto *central = new QWidget(this);
    m_filters = new FilterBar(*m_session, central);
    m_timeline = new TimelinePanel(*m_session, *m_selection, central);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filters);
    layout->addWidget(m_timeline, 1);
    setCentralWidget(central);

    buildDocks();
    m_status = new StatusLine(*m_session, statusBar());
    m_import = new ImportController(*m_session, this);
    m_actions = std::make_unique<MainActions>(buildMainActions(
        this, m_undo,
        {m_reader->backAction(), m_reader->forwardAction(), m_reader->copyCitationAction(),
         findChild<QAction *>(QStringLiteral("editMetadata"))}));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_actions->viewMenu->addAction(dock->toggleViewAction());
    connectParts();
    // The user's own layer: Event menu, quote context menus, the event panel's buttons.
    m_userEdits = new UserEditController(*m_session, *m_selection, m_undo, this);
    m_userEdits->buildMenu();
    m_userEdits->addQuoteContextMenu(m_eventPanel->quoteList());
    // The quotes table's right-click menu is the record menu (buildLibraryParts), which adds
    // the quote actions itself.
    m_eventPanel->setEventActions(m_userEdits->eventActions().mid(1));
    m_userEdits->setOpenArticle([this] { return m_reader->articleId(); });
    populateExportMenu(m_actions->exportMenu, *m_session, *m_selection, this);
    buildLibraryParts();
    addKeyboardNavigation();
    QSize size = m_options.openSize;
    if (size.isEmpty())
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QSize room = screen->availableGeometry().size();
            size = QSize(std::min(1560, room.width() - 40), std::min(940, room.height() - 60));
        }
    if (!size.isEmpty()) {
        arrangeDocks(size.width());
        QWidget::layout()->activate(); // the window's minimum follows the new arrangement before resize()
        resize(size);
    }
    if (m_options.restoreSettings)
        restoreState();
    if (m_options.loadBundledWhenEmpty && m_session->library().counts().articles == 0)
        startFirstLoad();
}

MainWindow::~MainWindow()
{
    delete m_firstLoad; // waits for its thread before the session goes away
}

QDockWidget *MainWindow::addDock(QWidget *content, const QString &title, const QString &name,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::buildDocks()
{
    m_eventPanel = new EventPanel(*m_session, this);
    m_reader = new ArticleReader(*m_session, this);
    m_search = new SearchPanel(*m_session, this);
    m_tables = new RecordTables(*m_session, *m_selection, this);
    QDockWidget *event = addDock(m_eventPanel, QStringLiteral("Event"), QStringLiteral("eventDock"),
                                 Qt::RightDockWidgetArea);
    QDockWidget *reader = addDock(m_reader, QStringLiteral("Article"), QStringLiteral("readerDock"),
                                  Qt::RightDockWidgetArea);
    addDock(m_search, QStringLiteral("Search"), QStringLiteral("searchDock"), Qt::LeftDockWidgetArea);
    addDock(m_tables, QStringLiteral("Quotes and Events"), QStringLiteral("tablesDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(event, reader);
    event->raise();
}

void MainWindow::connectParts()
{
    auto openPassage = [this](qint64 article, int start, int end) {
        m_reader->openPassage(article, start, end);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("readerDock")))
            dock->raise();
    };
    connect(m_selection, &Selection::changed, this, [this](qint64 eventId, qint64) {
        m_eventPanel->showEvent(eventId);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("eventDock")); dock && eventId)
            dock->raise();
    });
    connect(m_eventPanel, &EventPanel::passageRequested, this, openPassage);
    connect(m_eventPanel, &EventPanel::quoteActivated, m_selection, &Selection::selectQuote);
    connect(m_search, &SearchPanel::passageRequested, this, openPassage);
    connect(m_tables, &RecordTables::passageRequested, this, openPassage);
    connect(m_reader, &ArticleReader::editMetadataRequested, this, &MainWindow::editMetadata);
    connect(m_session.get(), &Session::dataReloaded, m_reader, &ArticleReader::reloadCurrent);
    TimelineView *view = m_timeline->view();
    connect(view, &TimelineView::hoveredDate, m_status, &StatusLine::setHoveredDate);

    const MainActions &a = *m_actions;
    connect(a.importFiles, &QAction::triggered, m_import, &ImportController::chooseFiles);
    connect(a.importFolder, &QAction::triggered, m_import, &ImportController::chooseFolder);
    connect(a.exportBriefing, &QAction::triggered, this, [this, view] {
        exportBriefing(*m_session, *m_selection, axisDate(view->visibleStart()),
                       axisDate(view->visibleEnd()), this);
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.find, &QAction::triggered, this, [this] {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("searchDock"))) {
            dock->show();
            dock->raise();
        }
        m_search->field()->setFocus(Qt::ShortcutFocusReason);
        m_search->field()->selectAll();
    });
    connect(a.clearFilters, &QAction::triggered, this, [this] { m_session->setFilter({}); });
    connect(a.undatedArticles, &QAction::triggered, this, &MainWindow::showUndatedArticles);
    connect(a.zoomIn, &QAction::triggered, view,
            [view] { view->zoomBy(0.8, (view->visibleStart() + view->visibleEnd()) / 2); });
    connect(a.zoomOut, &QAction::triggered, view,
            [view] { view->zoomBy(1.25, (view->visibleStart() + view->visibleEnd()) / 2); });
    connect(a.fitAll, &QAction::triggered, view, &TimelineView::fitAll);
    connect(a.about, &QAction::triggered, this, [this] { showAboutBox(*m_session, this); });
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Timeline steering: Ctrl+G goes to a date or an event (timeline/go_to_dialog.h).
    a.goMenu->addSeparator();
    a.goMenu->addAction(createGoToAction(this, *view, *m_selection));
}

bool MainWindow::isLoading() const
{
    return m_firstLoad != nullptr;
}

void MainWindow::startFirstLoad()
{
    // First paint must not wait for the import: the corpus loads on a worker thread.
    m_status->setBusy(QStringLiteral("Loading the bundled articles…"));
    m_firstLoad = new ImportJob(m_session->databasePath(), {}, true);
    connect(m_firstLoad, &ImportJob::finished, this,
            [this](const QVector<FileResult> &, const QString &error) {
                m_firstLoad->deleteLater();
                m_firstLoad = nullptr;
                m_status->setBusy(QString());
                m_session->reload();
                m_timeline->view()->frameStory();
                if (!error.isEmpty())
                    QMessageBox::warning(this, QStringLiteral("Loading Failed"),
                                         QStringLiteral("The bundled articles could not be loaded: %1. "
                                                        "You can still import your own files.")
                                             .arg(error));
            });
    m_firstLoad->start();
}

void MainWindow::showUndatedArticles()
{
    if (!m_undated) {
        m_undated = new UndatedArticlesDialog(*m_session, this);
        connect(m_undated, &UndatedArticlesDialog::editRequested, this, &MainWindow::editMetadata);
    }
    m_undated->show();
    m_undated->raise();
    m_undated->activateWindow();
}

void MainWindow::editMetadata(qint64 articleId)
{
    const auto current = m_session->library().metadata(articleId);
    if (!current)
        return;
    MetadataDialog dialog(*current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto next = dialog.metadata();
    applyMetadata(articleId, next.title, next.outlet, next.published);
}

void MainWindow::applyMetadata(qint64 articleId, const QString &title, const QString &outlet,
                               QDate published)
{
    // Everything is checked here, before the push: the command itself only writes.
    library::StoredMetadata before;
    try {
        before = library::storedMetadata(m_session->database(), articleId);
    } catch (const std::exception &e) {
        QMessageBox::warning(this, QStringLiteral("Edit Failed"),
                             QStringLiteral("The article cannot be edited: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    const library::StoredMetadata after = library::userMetadata(
        before, title, outlet, published.isValid() ? published.toString(Qt::ISODate) : QString());
    if (after == before)
        return;
    m_undo->push(new MetadataCommand(*m_session, articleId, before, after));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.restoreSettings)
        saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        m_import->importPaths(paths);
    }
}

void MainWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::BackButton)
        m_reader->backAction()->trigger();
    else if (event->button() == Qt::ForwardButton)
        m_reader->forwardAction()->trigger();
    else
        QMainWindow::mousePressEvent(event);
}

// --- Keyboard navigation, the shortcuts list and a readable palette ---------------------

void MainWindow::addKeyboardNavigation()
{
    auto menuTitled = [this](const QString &title) -> QMenu * {
        for (QAction *top : menuBar()->actions())
            if (top->menu() && top->menu()->title() == title)
                return top->menu();
        return m_actions->viewMenu;
    };
    auto dock = [this](const char *name) { return findChild<QDockWidget *>(QLatin1String(name)); };
    QList<PanelStop> stops = {
        {QStringLiteral("Timeline"), QStringLiteral("&Timeline"), m_timeline->view(), nullptr},
        {QStringLiteral("Search"), QStringLiteral("&Search"), m_search, dock("searchDock")},
        {QStringLiteral("Event"), QStringLiteral("&Event"), m_eventPanel, dock("eventDock")},
        {QStringLiteral("Article"), QStringLiteral("&Article"), m_reader, dock("readerDock")},
        {QStringLiteral("Tables"), QStringLiteral("&Quotes and Events Tables"), m_tables, dock("tablesDock")}};
    // Any other panel (docked by buildDocks) gets the next key, in the order it was made.
    for (QDockWidget *other : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        if (std::none_of(stops.cbegin(), stops.cend(), [other](const PanelStop &s) { return s.dock == other; }))
            stops.append({other->objectName().remove(QStringLiteral("Dock")), other->windowTitle(), other->widget(),
                          other});
    addPanelNavigation(this, menuTitled(QStringLiteral("&Go")), stops);
    auto *shortcuts = new QAction(QStringLiteral("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    QMenu *help = menuTitled(QStringLiteral("&Help"));
    help->insertAction(help->actions().value(0), shortcuts);
    connect(shortcuts, &QAction::triggered, this, [this] {
        // Built afresh each time, so it lists the commands as they are now.
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    if (const QPalette readable = withReadablePlaceholder(QApplication::palette());
        readable != QApplication::palette())
        QApplication::setPalette(readable);
}

void MainWindow::changeEvent(QEvent *event)
{
    // A colour scheme switched while running: fix its placeholder after Qt has finished
    // handing the new palette to every widget.
    // (Qt 6 hands a window the application's new palette as a PaletteChange.)
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        QMetaObject::invokeMethod(this, [] {
            const QPalette readable = withReadablePlaceholder(QApplication::palette());
            if (readable != QApplication::palette())
                QApplication::setPalette(readable);
        }, Qt::QueuedConnection);
    QMainWindow::changeEvent(event);
}

void MainWindow::arrangeDocks(int windowWidth)
{
    auto dock = [this](const char *name) { return findChild<QDockWidget *>(QLatin1String(name)); };
    QDockWidget *event = dock("eventDock");
    QDockWidget *reader = dock("readerDock");
    QDockWidget *search = dock("searchDock");
    QDockWidget *tables = dock("tablesDock");
    // Three columns only when the middle one keeps about half the width and all it needs
    // (the filter bar's rows, in the user's font). Narrower (1366 px with a large font,
    // 1600 px at 1.5x, which is 1066 logical), the search panel shrank to a sliver and the
    // filter bar was cut off; there search joins the Event and Article tabs on the right.
    // Decided before the window takes its size: with search on the left the window's minimum
    // width can exceed a small screen, and the window would open wider than the screen.
    static constexpr int kSearchWidth = 280; // a query, and result snippets of a few words a line
    // The right-hand tabs are as wide as the widest of them needs.
    const int rightLeast = std::max(event->minimumSizeHint().width(), reader->minimumSizeHint().width());
    const int right = std::max(windowWidth * 30 / 100, rightLeast);
    const int middle = std::max(centralWidget()->minimumSizeHint().width(), windowWidth * 48 / 100);
    const bool threeColumns = windowWidth - kSearchWidth - right >= middle;
    if (!threeColumns) {
        tabifyDockWidget(reader, search);
        event->raise();
    }
    // Dock sizes apply once the window has its real size.
    QTimer::singleShot(0, this, [this, event, search, tables, threeColumns, right, rightLeast] {
        if (m_stateRestored)
            return;
        if (threeColumns)
            resizeDocks({event, search}, {right, std::max(kSearchWidth, width() * 20 / 100)}, Qt::Horizontal);
        else
            resizeDocks({event}, {std::max(width() * 36 / 100, rightLeast)}, Qt::Horizontal);
        resizeDocks({tables}, {height() * 26 / 100}, Qt::Vertical);
    });
}


} // namespace summit::gui
