#include "window/panel_navigation.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace summit::gui {

namespace {

void goTo(const PanelStop &stop)
{
    if (stop.dock) {
        stop.dock->show();
        stop.dock->raise(); // brings a tabbed dock to the front
        if (stop.dock->isFloating())
            stop.dock->activateWindow(); // its own window: give it the keyboard too
    }
    if (QWidget *target = panelFocusTarget(stop.panel))
        target->setFocus(Qt::ShortcutFocusReason);
}

/// Index of the panel holding the focus, or -1.
int currentStop(const QList<PanelStop> &panels)
{
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; focus && i < panels.size(); ++i)
        if (const QWidget *panel = panels.at(i).panel; panel && (panel == focus || panel->isAncestorOf(focus)))
            return i;
    return -1;
}

} // namespace

QWidget *panelFocusTarget(QWidget *panel)
{
    if (!panel || panel->focusPolicy() != Qt::NoFocus)
        return panel;
    for (QWidget *w = panel->nextInFocusChain(); w && w != panel; w = w->nextInFocusChain())
        if (panel->isAncestorOf(w) && w->isVisibleTo(panel) && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus))
            return w;
    return panel;
}

void addPanelNavigation(QMainWindow *window, QMenu *menu, const QList<PanelStop> &panels)
{
    menu->addSeparator();
    for (int i = 0; i < panels.size(); ++i) {
        const PanelStop stop = panels.at(i);
        auto *action = new QAction(stop.text, window);
        action->setObjectName(QStringLiteral("actionGoTo") + stop.name);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QObject::connect(action, &QAction::triggered, window, [stop] { goTo(stop); });
        menu->addAction(action);
    }
    auto step = [panels](int by) {
        const int at = currentStop(panels);
        const int n = int(panels.size());
        // From outside every panel, forward starts at the first and backward at the last.
        const int next = at < 0 ? (by > 0 ? 0 : n - 1) : (at + by + n) % n;
        goTo(panels.at(next));
    };
    auto *next = new QAction(QStringLiteral("&Next Panel"), window);
    next->setObjectName(QStringLiteral("actionNextPanel"));
    next->setShortcut(QKeySequence(Qt::Key_F6));
    QObject::connect(next, &QAction::triggered, window, [step] { step(+1); });
    auto *previous = new QAction(QStringLiteral("&Previous Panel"), window);
    previous->setObjectName(QStringLiteral("actionPreviousPanel"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    QObject::connect(previous, &QAction::triggered, window, [step] { step(-1); });
    menu->addActions({next, previous});
}

} // namespace summit::gui
