#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace summit::gui {

/// Help → Keyboard Shortcuts. Built when it opens from the window's live QActions (every
/// action under the window that has a shortcut, grouped by the menu that holds it) and the
/// fixed keys of fixedKeys(), so a command added anywhere shows up without editing this.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow *window);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace summit::gui
