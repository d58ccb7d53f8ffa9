#pragma once

#include <QList>
#include <QString>

class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace summit::gui {

/// One of the window's main panels, as a keyboard user reaches it.
struct PanelStop
{
    QString name;                ///< object-name suffix: "Timeline" → actionGoToTimeline
    QString text;                ///< menu text, with its mnemonic
    QWidget *panel = nullptr;    ///< the panel's widget; focus goes to its first focusable part
    QDockWidget *dock = nullptr; ///< its dock, shown and raised first (null for the centre)
};

/// Adds Go → <panel> commands (Ctrl+1 … Ctrl+9 in the order given) and Next/Previous Panel
/// (F6 / Shift+F6) to menu. Each command shows the panel's dock, raises its tab and moves the
/// keyboard focus into it, so every panel is one key away without the mouse.
void addPanelNavigation(QMainWindow *window, QMenu *menu, const QList<PanelStop> &panels);

/// The widget that takes the focus when the user goes to panel: the panel itself if it takes
/// focus, otherwise its first visible, enabled child that accepts Tab focus.
QWidget *panelFocusTarget(QWidget *panel);

} // namespace summit::gui
