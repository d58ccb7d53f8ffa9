#pragma once

#include "main_window.h"

#include <QHeaderView>
#include <QTest>
#include <QTreeWidget>

namespace summit::test {

/// A MainWindow over a test database: no first-start load, no saved settings.
inline std::unique_ptr<gui::MainWindow> openWindow(const QString &path)
{
    auto w = std::make_unique<gui::MainWindow>(path, gui::MainWindow::Options{false, false});
    w->resize(1400, 900);
    w->show();
    (void)QTest::qWaitForWindowExposed(w.get());
    QCoreApplication::processEvents();
    return w;
}

/// Clicks an item of a tree the way a user does: on its row, in the viewport.
inline void clickItem(QTreeWidget *tree, QTreeWidgetItem *item, int column = 1)
{
    tree->scrollToItem(item);
    const QRect rect = tree->visualItemRect(item);
    const int x = tree->header()->sectionViewportPosition(column) + 8;
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(x, rect.center().y()));
}

} // namespace summit::test
