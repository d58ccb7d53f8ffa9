#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace summit::gui {

/// Every menu and toolbar command of the main window, with standard shortcuts.
/// The window connects them; this only creates and arranges them.
struct MainActions
{
    QAction *importFiles = nullptr;
    QAction *importFolder = nullptr;
    QAction *exportBriefing = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *find = nullptr;
    QAction *clearFilters = nullptr;
    QAction *undatedArticles = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *fitAll = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *goMenu = nullptr; ///< timeline steering adds Go to Date or Event here
    QMenu *exportMenu = nullptr; ///< File → Export, filled by populateExportMenu (export/export_menu.h)
    // Library files (window/library_actions.cpp connects them).
    QAction *newLibrary = nullptr;
    QAction *openLibrary = nullptr;
    QMenu *recentMenu = nullptr; ///< filled when shown, from recentLibraries()
    QAction *saveCopy = nullptr;
};

/// Creates the actions, the menu bar and the main toolbar. Reader actions (back, forward,
/// copy citation, edit metadata) come from the reader and are placed in the menus here.
MainActions buildMainActions(QMainWindow *window, QUndoStack *undo, QList<QAction *> readerActions);

} // namespace summit::gui
