#include "window/main_actions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace summit::gui {

namespace {
QAction *make(QMainWindow *w, const QString &name, const QString &text, const QString &icon,
              const QList<QKeySequence> &keys = {})
{
    auto *a = new QAction(QIcon::fromTheme(icon), text, w);
    a->setObjectName(name);
    a->setShortcuts(keys);
    return a;
}
} // namespace

MainActions buildMainActions(QMainWindow *w, QUndoStack *undo, QList<QAction *> readerActions)
{
    MainActions a;
    a.importFiles = make(w, QStringLiteral("actionImportFiles"), QStringLiteral("&Import Files…"),
                         QStringLiteral("document-open"), QKeySequence::keyBindings(QKeySequence::Open));
    a.importFolder = make(w, QStringLiteral("actionImportFolder"), QStringLiteral("Import &Folder…"),
                          QStringLiteral("folder-open"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    a.exportBriefing = make(w, QStringLiteral("actionExportBriefing"), QStringLiteral("&Export Briefing…"),
                            QStringLiteral("document-export"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    a.quit = make(w, QStringLiteral("actionQuit"), QStringLiteral("&Quit"), QStringLiteral("application-exit"),
                  QKeySequence::keyBindings(QKeySequence::Quit));
    a.undo = undo->createUndoAction(w, QStringLiteral("&Undo"));
    a.undo->setObjectName(QStringLiteral("actionUndo"));
    a.undo->setShortcuts(QKeySequence::Undo);
    a.undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    a.redo = undo->createRedoAction(w, QStringLiteral("&Redo"));
    a.redo->setObjectName(QStringLiteral("actionRedo"));
    a.redo->setShortcuts(QKeySequence::Redo);
    a.redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    // The stack renames both actions after each edit ("Undo Edit Metadata of “…”"). The menu
    // shows that; the toolbar shows a fixed icon text so it never shifts, and the tooltip
    // (derived from the full text) still names the edit.
    a.undo->setIconText(QStringLiteral("Undo"));
    a.redo->setIconText(QStringLiteral("Redo"));
    a.find = make(w, QStringLiteral("actionFind"), QStringLiteral("&Find…"), QStringLiteral("edit-find"),
                  QKeySequence::keyBindings(QKeySequence::Find));
    a.clearFilters = make(w, QStringLiteral("actionClearFilters"), QStringLiteral("C&lear Filters"),
                          QStringLiteral("edit-clear"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    a.undatedArticles = make(w, QStringLiteral("actionUndatedArticles"), QStringLiteral("Articles Needing a &Date…"),
                             QStringLiteral("x-office-calendar"));
    a.zoomIn = make(w, QStringLiteral("actionZoomIn"), QStringLiteral("Zoom &In"), QStringLiteral("zoom-in"),
                    QKeySequence::keyBindings(QKeySequence::ZoomIn));
    a.zoomOut = make(w, QStringLiteral("actionZoomOut"), QStringLiteral("Zoom &Out"), QStringLiteral("zoom-out"),
                     QKeySequence::keyBindings(QKeySequence::ZoomOut));
    a.fitAll = make(w, QStringLiteral("actionFitAll"), QStringLiteral("&Show Everything"),
                    QStringLiteral("zoom-fit-best"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    a.about = make(w, QStringLiteral("actionAbout"), QStringLiteral("&About Summitline"),
                   QStringLiteral("help-about"));
    a.aboutQt = make(w, QStringLiteral("actionAboutQt"), QStringLiteral("About &Qt"), QString());
    a.quit->setMenuRole(QAction::QuitRole);
    a.about->setMenuRole(QAction::AboutRole);

    a.newLibrary = make(w, QStringLiteral("actionNewLibrary"), QStringLiteral("&New Library…"),
                        QStringLiteral("document-new"), QKeySequence::keyBindings(QKeySequence::New));
    a.openLibrary = make(w, QStringLiteral("actionOpenLibrary"), QStringLiteral("Open &Library…"),
                         QStringLiteral("document-open-folder"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O)});
    a.saveCopy = make(w, QStringLiteral("actionSaveCopy"), QStringLiteral("Save a &Copy As…"),
                      QStringLiteral("document-save-as"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});

    QMenuBar *bar = w->menuBar();
    QMenu *file = bar->addMenu(QStringLiteral("&File"));
    file->addActions({a.newLibrary, a.openLibrary});
    a.recentMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), QStringLiteral("Open &Recent"));
    a.recentMenu->setObjectName(QStringLiteral("menuRecentLibraries"));
    file->addAction(a.saveCopy);
    file->addSeparator();
    file->addActions({a.importFiles, a.importFolder});
    file->addSeparator();
    file->addAction(a.exportBriefing);
    // File → Export: its actions come from populateExportMenu, which knows the session.
    a.exportMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-export")), QStringLiteral("E&xport"));
    a.exportMenu->setObjectName(QStringLiteral("menuExport"));
    file->addSeparator();
    file->addAction(a.quit);
    QMenu *edit = bar->addMenu(QStringLiteral("&Edit"));
    edit->addActions({a.undo, a.redo});
    edit->addSeparator();
    for (QAction *r : readerActions)
        if (r->objectName() == QLatin1String("copyCitation") || r->objectName() == QLatin1String("editMetadata"))
            edit->addAction(r);
    edit->addAction(a.undatedArticles);
    edit->addSeparator();
    edit->addActions({a.find, a.clearFilters});
    a.viewMenu = bar->addMenu(QStringLiteral("&View"));
    a.viewMenu->addActions({a.zoomIn, a.zoomOut, a.fitAll});
    a.viewMenu->addSeparator();
    QMenu *go = bar->addMenu(QStringLiteral("&Go"));
    a.goMenu = go;
    for (QAction *r : readerActions)
        if (r->objectName() == QLatin1String("readerBack") || r->objectName() == QLatin1String("readerForward"))
            go->addAction(r);
    QMenu *help = bar->addMenu(QStringLiteral("&Help"));
    help->addActions({a.about, a.aboutQt});

    QToolBar *tools = w->addToolBar(QStringLiteral("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions({a.importFiles, a.importFolder});
    tools->addSeparator();
    tools->addActions({a.undo, a.redo});
    tools->addSeparator();
    tools->addActions({a.zoomIn, a.zoomOut, a.fitAll});
    tools->addSeparator();
    tools->addAction(a.exportBriefing);
    a.viewMenu->addAction(tools->toggleViewAction());
    return a;
}

} // namespace summit::gui
