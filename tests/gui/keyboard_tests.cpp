// Keyboard users reach every panel with one key, and Help → Keyboard Shortcuts lists every
// command that has a key, straight from the window's actions.
#include "fixture.h"
#include "ui_helpers.h"

#include "library/library.h"
#include "panels/article_reader.h"
#include "state/session.h"
#include "panels/event_panel.h"
#include "panels/record_tables.h"
#include "panels/search_panel.h"
#include "timeline/timeline_panel.h"
#include "timeline/timeline_view.h"
#include "window/fixed_keys.h"
#include "window/shortcuts_dialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMap>
#include <QToolBar>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

namespace {

bool focusIsIn(const QWidget *panel)
{
    const QWidget *f = QApplication::focusWidget();
    return f && (f == panel || panel->isAncestorOf(f));
}

std::unique_ptr<MainWindow> activeWindow(const QString &path)
{
    auto w = test::openWindow(path);
    w->activateWindow();
    (void)QTest::qWaitForWindowActive(w.get());
    return w;
}

} // namespace

TEST_CASE("Ctrl+1 to Ctrl+5 move the focus between the main panels", "[ui]")
{
    test::SampleLibrary sample;
    auto w = activeWindow(sample.path);
    const QList<QPair<int, QWidget *>> stops = {
        {Qt::Key_2, w->searchPanel()}, {Qt::Key_3, w->eventPanel()}, {Qt::Key_4, w->reader()},
        {Qt::Key_5, w->tables()},      {Qt::Key_1, w->timeline()->view()}};
    for (const auto &[key, panel] : stops) {
        INFO(panel->objectName().toStdString());
        QTest::keyClick(w.get(), Qt::Key(key), Qt::ControlModifier);
        CHECK(focusIsIn(panel));
        CHECK(panel->isVisible());
    }
    // The search field itself takes the focus, ready for typing.
    QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == w->searchPanel()->field());

    // A closed dock comes back when its panel is asked for.
    auto *searchDock = w->findChild<QDockWidget *>(QStringLiteral("searchDock"));
    searchDock->close();
    REQUIRE_FALSE(w->searchPanel()->isVisible());
    QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier);
    CHECK(w->searchPanel()->isVisible());
    CHECK(focusIsIn(w->searchPanel()));
}

TEST_CASE("F6 and Shift+F6 cycle through the panels", "[ui]")
{
    test::SampleLibrary sample;
    auto w = activeWindow(sample.path);
    QTest::keyClick(w.get(), Qt::Key_1, Qt::ControlModifier);
    REQUIRE(focusIsIn(w->timeline()->view()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(focusIsIn(w->searchPanel()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(focusIsIn(w->eventPanel()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    CHECK(focusIsIn(w->searchPanel()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    CHECK(focusIsIn(w->timeline()->view()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    // Wraps round to the last panel: the one docked last (the Articles panel) follows the tables.
    auto *last = w->findChild<QDockWidget *>(QStringLiteral("articlesDock"));
    REQUIRE(last);
    CHECK(focusIsIn(last->widget()));
}

TEST_CASE("No two commands share a key", "[ui]")
{
    // Qt runs neither command of an ambiguous shortcut, so a clash silently breaks both.
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    QMap<QKeySequence, QString> owner;
    for (const QAction *a : w->findChildren<QAction *>()) {
        // Keys bound to one widget (arrows on the timeline, say) may repeat elsewhere.
        if (a->shortcutContext() == Qt::WidgetShortcut || a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue;
        for (const QKeySequence &key : a->shortcuts()) {
            INFO(key.toString().toStdString() << ": " << owner.value(key).toStdString() << " and "
                                              << a->objectName().toStdString());
            CHECK_FALSE(owner.contains(key));
            owner.insert(key, a->objectName());
        }
    }
    CHECK(owner.size() >= 20);
}

TEST_CASE("Help lists every command that has a key, and the timeline's own keys", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    // A command added later, anywhere in the window, appears without touching the dialog.
    auto *late = new QAction(QStringLiteral("Go to &Date…"), w->timeline());
    late->setObjectName(QStringLiteral("lateAction"));
    late->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G));
    w->timeline()->addAction(late);

    auto *help = w->findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"));
    REQUIRE(help);
    help->trigger();
    auto *dialog = w->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    QMap<QString, QString> listed; // keys → command
    QTreeWidget *tree = dialog->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *row = tree->topLevelItem(g)->child(i);
            listed.insert(row->text(1) + QLatin1Char('|') + tree->topLevelItem(g)->text(0), row->text(0));
        }
    auto has = [&](const QKeySequence &key, const QString &command) {
        for (auto it = listed.cbegin(); it != listed.cend(); ++it)
            if (it.key().section(QLatin1Char('|'), 0, 0).split(QStringLiteral(", ")).contains(
                    key.toString(QKeySequence::NativeText))
                && it.value() == command)
                return true;
        return false;
    };
    for (const QAction *a : w->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty())
            continue;
        INFO(a->objectName().toStdString());
        QString name = a->iconText();
        if (name.endsWith(QChar(0x2026)))
            name.chop(1);
        CHECK(has(a->shortcut(), name));
    }
    CHECK(has(QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("Search")));
    CHECK(has(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G), QStringLiteral("Go to Date")));
    CHECK(has(QKeySequence::Undo, QStringLiteral("Undo")));
    int fixedRows = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        if (tree->topLevelItem(g)->text(0).startsWith(QStringLiteral("In ")))
            fixedRows += tree->topLevelItem(g)->childCount();
    CHECK(fixedRows == int(fixedKeys().size()));
    CHECK(listed.contains(QStringLiteral("Home|In the Timeline")));
    dialog->close();
}

TEST_CASE("The toolbar's undo button keeps a short label", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    auto *undo = w->findChild<QAction *>(QStringLiteral("actionUndo"));
    const auto before = *w->session().library().metadata(sample.apArticle);
    const int widthBefore = w->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->sizeHint().width();
    w->applyMetadata(sample.apArticle,
                     QStringLiteral("Bush and Putin end their last summit at the Black Sea resort with warm words"),
                     before.outlet, before.published);
    CHECK(undo->iconText() == QStringLiteral("Undo"));
    CHECK(undo->toolTip().startsWith(QStringLiteral("Undo Edit Metadata of “Bush and Putin")));
    CHECK(undo->text().startsWith(QStringLiteral("&Undo Edit Metadata"))); // the menu names the edit
    QCoreApplication::processEvents();
    CHECK(w->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->sizeHint().width() == widthBefore);
}

TEST_CASE("Every docked panel is in the Go menu", "[ui]")
{
    // A panel added later (say, an articles list) is reached the same way without more code.
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
        INFO(dock->objectName().toStdString());
        bool reached = false;
        for (QAction *a : w->findChildren<QAction *>())
            // The panel stops, not Go to Date or Event (a dialog that takes the focus).
            if (a->objectName().startsWith(QStringLiteral("actionGoTo")) && !a->shortcut().isEmpty()
                && a->objectName() != QStringLiteral("actionGoToDateOrEvent")) {
                a->trigger();
                QCoreApplication::processEvents();
                reached = reached || (dock->widget()->isVisible() && focusIsIn(dock->widget()));
            }
        CHECK(reached);
    }
}
