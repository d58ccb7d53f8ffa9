// The window fits small and scaled screens without clipping, and stays legible in a dark
// colour scheme.
#include "fixture.h"
#include "ui_helpers.h"

#include "panels/filter_bar.h"
#include "panels/search_panel.h"
#include "timeline/timeline_panel.h"
#include "window/fitting_label.h"
#include "window/readable_palette.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

namespace {

/// The window as it first opens on a screen with this much room (in logical pixels, so
/// 1600x1000 at 1.5x scaling is 1066x666): sized by the constructor's rule, docks laid out.
std::unique_ptr<MainWindow> openAt(const QString &path, QSize room)
{
    MainWindow::Options options{false, false};
    options.openSize = QSize(std::min(1560, room.width() - 40), std::min(940, room.height() - 60));
    auto w = std::make_unique<MainWindow>(path, options);
    w->show();
    (void)QTest::qWaitForWindowExposed(w.get());
    QTest::qWait(50); // the dock sizes apply on the first turn of the event loop
    return w;
}

/// Visible children of parent that are cut off: narrower than they can be, or outside it.
QStringList clipped(QWidget *parent)
{
    QStringList out;
    for (QWidget *child : parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisible() || child->isWindow())
            continue;
        const QSize least = child->minimumSizeHint().expandedTo(child->minimumSize());
        const bool squeezed = child->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored
                              && (child->width() < least.width() || child->height() < least.height());
        if (squeezed || !parent->rect().contains(child->geometry()))
            out << QStringLiteral("%1 %2x%3 (needs %4x%5)")
                       .arg(child->objectName().isEmpty() ? QString::fromLatin1(child->metaObject()->className())
                                                          : child->objectName())
                       .arg(child->width())
                       .arg(child->height())
                       .arg(least.width())
                       .arg(least.height());
    }
    return out;
}

} // namespace

TEST_CASE("The window lays out without clipping on small and scaled screens", "[ui]")
{
    test::SampleLibrary sample;
    const QFont normal = QApplication::font();
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 1.3); // a desktop set to a larger font
    struct Screen
    {
        QSize room;
        QFont font;
    };
    // 1600x1000 and 1366x768 at 1x, 1600x1000 at 1.5x, 2560x1600 at 2x, 1920x1080 at 1.5x,
    // and 1366x768 with a large font.
    for (const Screen &screen : {Screen{{1600, 1000}, normal}, Screen{{1366, 768}, normal}, Screen{{1066, 666}, normal},
                                 Screen{{1280, 800}, normal}, Screen{{1280, 720}, normal}, Screen{{1366, 768}, large}}) {
        const QSize room = screen.room;
        INFO(room.width() << "x" << room.height() << " at " << screen.font.pointSizeF() << " pt");
        QApplication::setFont(screen.font);
        auto w = openAt(sample.path, room);
        INFO("centre " << w->centralWidget()->width() << " (at least " << w->centralWidget()->minimumSizeHint().width()
                       << "), right " << w->findChild<QDockWidget *>(QStringLiteral("eventDock"))->width()
                       << " (at least " << w->findChild<QDockWidget *>(QStringLiteral("eventDock"))->minimumSizeHint().width()
                       << ")");
        // The window is as large as asked: nothing inside forced it wider or taller.
        CHECK(w->width() <= room.width());
        CHECK(w->height() <= room.height());
        CHECK(w->minimumSizeHint().width() <= w->width());

        // No panel is squeezed under its least height or laid over another one.
        QList<QDockWidget *> shown;
        for (QDockWidget *dock : w->findChildren<QDockWidget *>())
            if (dock->isVisible() && !dock->visibleRegion().isEmpty()) // a tab behind another is not
                shown << dock;
        for (QDockWidget *dock : shown) {
            INFO(dock->objectName().toStdString() << " " << dock->height() << " px, its panel "
                                                  << dock->widget()->height() << " (needs "
                                                  << dock->widget()->minimumSizeHint().height() << ")");
            CHECK(dock->widget()->height() >= dock->widget()->minimumSizeHint().height());
            CHECK(w->rect().contains(dock->geometry()));
            for (QDockWidget *other : shown)
                if (other != dock)
                    CHECK_FALSE(dock->geometry().intersects(other->geometry()));
        }

        FilterBar *filters = w->filterBar();
        CHECK(filters->width() >= filters->minimumSizeHint().width());
        INFO(clipped(filters).join(QStringLiteral("; ")).toStdString());
        CHECK(clipped(filters).isEmpty());

        // The timeline's mouse hint and the filter summary show whole parts that fit, and say
        // when some are left out; never a word cut off at the edge.
        for (const char *name : {"timelineHint", "filterSummary"}) {
            auto *label = w->findChild<FittingLabel *>(QLatin1String(name));
            REQUIRE(label);
            const QString whole = label->wholeText();
            const QString shown = label->text();
            INFO(name << " \"" << shown.toStdString() << "\" in " << label->width() << " px");
            CHECK(label->fontMetrics().horizontalAdvance(shown) <= label->contentsRect().width());
            // All of it; or whole parts and " …"; or, when not even one part fits, a cut one and "…".
            const bool partsKept = shown.endsWith(QStringLiteral(" …")) && whole.startsWith(shown.chopped(2));
            const bool firstCut = shown.endsWith(QStringLiteral("…")) && whole.startsWith(shown.chopped(1));
            CHECK((shown == whole || partsKept || firstCut));
            CHECK(!shown.isEmpty());
        }
        auto *hint = w->findChild<FittingLabel *>(QStringLiteral("timelineHint"));
        CHECK(hint->text().startsWith(QStringLiteral("Wheel: zoom · Drag: pan")));
        if (room == QSize(1600, 1000) && screen.font == normal)
            CHECK(hint->text() == hint->wholeText());

        // The search panel keeps room for a query and readable results (on a narrow screen it
        // is a tab on the right; Go → Search brings it to the front).
        SearchPanel *search = w->searchPanel();
        w->findChild<QAction *>(QStringLiteral("actionGoToSearch"))->trigger();
        QCoreApplication::processEvents();
        CHECK(search->isVisible());
        CHECK(search->width() >= 260);
        CHECK(search->height() >= 150);
        CHECK(search->field()->width() >= 200);

        // Every toolbar button is on the bar, none pushed into the overflow menu: the main bar,
        // and the Event panel's bar of event actions.
        w->findChild<QAction *>(QStringLiteral("actionGoToEvent"))->trigger();
        QCoreApplication::processEvents();
        for (auto *bar : {w->findChild<QToolBar *>(QStringLiteral("mainToolBar")),
                          w->findChild<QToolBar *>(QStringLiteral("eventUserBar"))}) {
            REQUIRE(bar);
            for (QAction *action : bar->actions()) {
                if (action->isSeparator())
                    continue;
                INFO(bar->objectName().toStdString() << ": " << action->objectName().toStdString());
                auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
                REQUIRE(button);
                CHECK(button->isVisible());
                CHECK(bar->rect().contains(button->geometry()));
            }
        }
        // The timeline keeps the larger share.
        INFO("docks: search " << w->findChild<QDockWidget *>(QStringLiteral("searchDock"))->width() << ", event "
                              << w->findChild<QDockWidget *>(QStringLiteral("eventDock"))->width() << " (at least "
                              << w->findChild<QDockWidget *>(QStringLiteral("eventDock"))->minimumSizeHint().width()
                              << ")");
        CHECK(w->timeline()->width() >= w->width() * 2 / 5);
    }
    QApplication::setFont(normal);
}

TEST_CASE("A dark scheme without its own placeholder colour gets a readable one", "[ui]")
{
    test::SampleLibrary sample;
    const QPalette light = QApplication::palette();
    QPalette dark = light; // keeps the light scheme's grey placeholder, as some dark themes do
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0, 0, 0, 128));
    REQUIRE(contrastRatio(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base)) < 3.0);
    QApplication::setPalette(dark);
    {
        auto w = test::openWindow(sample.path);
        QCoreApplication::processEvents();
        const QPalette field = w->searchPanel()->field()->palette();
        CHECK(contrastRatio(field.color(QPalette::PlaceholderText), field.color(QPalette::Base)) >= 3.0);
        CHECK(field.color(QPalette::Base) == QColor(0x1e, 0x1e, 0x1e)); // the scheme is kept
        // Switching schemes while running is followed too.
        QPalette darker = QApplication::palette();
        darker.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
        darker.setColor(QPalette::PlaceholderText, QColor(0x20, 0x20, 0x20));
        QApplication::setPalette(darker);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const QPalette after = w->searchPanel()->field()->palette();
        CHECK(after.color(QPalette::Base) == QColor(0x10, 0x10, 0x10));
        CHECK(contrastRatio(after.color(QPalette::PlaceholderText), after.color(QPalette::Base)) >= 3.0);
        if (qEnvironmentVariableIsSet("SUMMITLINE_GRAB"))
            w->grab().save(qEnvironmentVariable("SUMMITLINE_GRAB"));
    }
    QApplication::setPalette(light);
    // A readable scheme is left exactly as it is.
    CHECK(withReadablePlaceholder(light) == light);
}

TEST_CASE("A dock layout saved on a wider screen is not forced onto a narrower one", "[ui]")
{
    QSettings().remove(QStringLiteral("mainWindow"));
    test::SampleLibrary sample;
    auto open = [&] {
        auto w = std::make_unique<MainWindow>(sample.path, MainWindow::Options{false, true});
        w->show();
        (void)QTest::qWaitForWindowExposed(w.get());
        QTest::qWait(50);
        return w;
    };
    auto searchArea = [](MainWindow &w) {
        return w.dockWidgetArea(w.findChild<QDockWidget *>(QStringLiteral("searchDock")));
    };
    {
        // The user put Search on the left; that layout is saved with this screen's width.
        auto w = open();
        w->addDockWidget(Qt::LeftDockWidgetArea, w->findChild<QDockWidget *>(QStringLiteral("searchDock")));
        w->close();
    }
    const int room = QSettings().value(QStringLiteral("mainWindow/screenWidth")).toInt();
    REQUIRE(room > 0);
    CHECK(searchArea(*open()) == Qt::LeftDockWidgetArea); // same screen: the layout comes back

    // Saved on a screen twice as wide: the layout is laid out afresh for this one.
    QSettings().setValue(QStringLiteral("mainWindow/screenWidth"), room * 2);
    auto w = open();
    CHECK(searchArea(*w) == Qt::RightDockWidgetArea);
    w->findChild<QAction *>(QStringLiteral("actionGoToSearch"))->trigger();
    QCoreApplication::processEvents();
    CHECK(w->searchPanel()->width() >= 260);
    QSettings().remove(QStringLiteral("mainWindow"));
}

TEST_CASE("A fitting label keeps whole parts, then cuts the first one with an ellipsis", "[ui]")
{
    FittingLabel label;
    label.setParts({QStringLiteral("Wheel: zoom"), QStringLiteral("Drag: pan"), QStringLiteral("Home: all")});
    label.show(); // a hidden widget hears of its size only when shown
    const QFontMetrics metrics(label.font());
    label.resize(metrics.horizontalAdvance(label.wholeText()) + 10, 30);
    CHECK(label.text() == QStringLiteral("Wheel: zoom · Drag: pan · Home: all"));
    label.resize(metrics.horizontalAdvance(QStringLiteral("Wheel: zoom · Drag: pan …")) + 10, 30);
    CHECK(label.text() == QStringLiteral("Wheel: zoom · Drag: pan …"));
    label.resize(metrics.horizontalAdvance(QStringLiteral("Wheel: zoom")) + 4, 30);
    CHECK(label.text() != QStringLiteral("Wheel: zoom · Drag: pan …"));
    CHECK(label.text().endsWith(QStringLiteral("…")));
    CHECK(metrics.horizontalAdvance(label.text()) <= label.contentsRect().width());
}

TEST_CASE("No two menus, labels or buttons of the window share an Alt key", "[ui]")
{
    test::SampleLibrary sample;
    auto w = openAt(sample.path, {1600, 1000});
    // Alt+letter should go straight to its field; when two share it, the key only cycles
    // between them (Compress gaps, Tag and the Go menu all had G).
    QMap<QChar, QStringList> owners;
    auto note = [&owners](const QString &text) {
        const qsizetype at = QString(text).replace(QStringLiteral("&&"), QString()).indexOf(u'&');
        if (at >= 0 && at + 1 < text.size())
            owners[QString(text).replace(QStringLiteral("&&"), QString()).at(at + 1).toLower()] << text;
    };
    for (QAction *top : w->menuBar()->actions())
        note(top->text());
    // The parts always in view: the menu bar, the filter bar, the timeline and the Event panel.
    QList<QWidget *> widgets;
    for (const char *part : {"filterBar", "timelinePanel", "eventPanel"}) {
        QWidget *panel = w->findChild<QWidget *>(QLatin1String(part));
        REQUIRE(panel);
        widgets << panel->findChildren<QWidget *>();
    }
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            note(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !qobject_cast<QToolButton *>(button))
            note(button->text());
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        INFO("Alt+" << QString(it.key()).toStdString() << ": " << it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(it.value().size() == 1);
    }
}
