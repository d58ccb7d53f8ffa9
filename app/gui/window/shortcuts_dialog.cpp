#include "window/shortcuts_dialog.h"

#include "window/fixed_keys.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace summit::gui {

namespace {

/// The command's name without mnemonic or trailing ellipsis. The icon text is the stable
/// name: the undo action's text changes with every edit, its icon text stays "Undo".
QString plainText(const QAction *action)
{
    QString text = action->iconText().trimmed();
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &title)
{
    auto *item = new QTreeWidgetItem(tree, {title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

/// Adds the menu's actions that have a shortcut, depth first, and records them in listed.
void addMenu(QTreeWidget *tree, QMenu *menu, QSet<const QAction *> &listed)
{
    QTreeWidgetItem *parent = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(tree, action->menu(), listed);
            continue;
        }
        if (action->shortcuts().isEmpty() || listed.contains(action))
            continue;
        if (!parent)
            parent = group(tree, QString(menu->title()).remove(QLatin1Char('&')));
        new QTreeWidgetItem(parent, {plainText(action), keysText(action)});
        listed.insert(action);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window) : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(QStringLiteral("Keyboard Shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(QStringLiteral("Keyboard shortcuts"));
    m_tree->setHeaderLabels({QStringLiteral("Command"), QStringLiteral("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);

    QSet<const QAction *> listed;
    for (QAction *top : window->menuBar()->actions())
        if (top->menu())
            addMenu(m_tree, top->menu(), listed);
    // Commands with a key but in no menu (added to a panel, say) still belong in the list.
    QTreeWidgetItem *other = nullptr;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || listed.contains(action) || action->text().isEmpty())
            continue;
        if (!other)
            other = group(m_tree, QStringLiteral("Other Commands"));
        new QTreeWidgetItem(other, {plainText(action), keysText(action)});
        listed.insert(action);
    }
    QString where;
    QTreeWidgetItem *fixed = nullptr;
    for (const FixedKey &key : fixedKeys()) {
        if (key.where != where || !fixed) {
            where = key.where;
            fixed = group(m_tree, QStringLiteral("In the %1").arg(where));
            if (where == QStringLiteral("Any panel"))
                fixed->setText(0, QStringLiteral("In any panel"));
        }
        new QTreeWidgetItem(fixed, {key.what, key.keys});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(620, 640);
}

} // namespace summit::gui
