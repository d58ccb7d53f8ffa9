// Steering the timeline: keyboard focus and stepping, tooltips, the empty-filter notice,
// Go to (Ctrl+G) and what assistive technology sees of the focused event.
#include "fixture.h"
#include "ui_helpers.h"

#include "panels/event_panel.h"
#include "state/selection.h"
#include "state/session.h"
#include "timeline/event_layer.h"
#include "timeline/empty_filter_notice.h"
#include "timeline/go_to_dialog.h"
#include "timeline/timeline_accessible.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_focus.h"
#include "timeline/timeline_tooltip.h"
#include "timeline/timeline_view.h"

#include <QAccessible>
#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolTip>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

namespace {

library::EventRecord record(qint64 id, QDate start, QDate end, const QString &title = {})
{
    library::EventRecord e;
    e.id = id;
    e.start = start;
    e.end = end;
    e.title = title.isEmpty() ? QStringLiteral("Event %1").arg(id) : title;
    return e;
}

TimelineView *timelineOf(gui::MainWindow &w)
{
    auto *view = w.findChild<TimelineView *>(QStringLiteral("timelineView"));
    REQUIRE(view);
    return view;
}

/// The window must be active for the view to hold the keyboard focus (and show the ring).
void focusView(gui::MainWindow &w, TimelineView *view)
{
    w.activateWindow();
    (void)QTest::qWaitForWindowActive(&w);
    view->setFocus(Qt::OtherFocusReason);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Steps go through time in order and to the nearest event of the next lane", "[timeline]")
{
    // Lane 0: events 0 (1 Mar) and 3 (1 Jun); lane 1: 1 (10 Mar) and 4 (1 Dec); lane 2: 2 (20 May).
    const QVector<library::EventRecord> events{
        record(10, QDate(2008, 3, 1), QDate(2008, 3, 1)), record(11, QDate(2008, 3, 10), QDate(2008, 3, 10)),
        record(12, QDate(2008, 5, 20), QDate(2008, 5, 20)), record(13, QDate(2008, 6, 1), QDate(2008, 6, 1)),
        record(14, QDate(2008, 12, 1), QDate(2008, 12, 1))};
    StepSpace space{&events, {0, 1, 2, 3, 4}, {0, 1, 2, 0, 1}};
    CHECK(stepTarget(space, 0, Step::Later) == 1);
    CHECK(stepTarget(space, 4, Step::Later) == -1);
    CHECK(stepTarget(space, 3, Step::Earlier) == 2);
    CHECK(stepTarget(space, 0, Step::Earlier) == -1);
    CHECK(stepTarget(space, 3, Step::LaneBelow) == 1); // 10 Mar is nearer to 1 Jun than 1 Dec
    CHECK(stepTarget(space, 4, Step::LaneBelow) == 2);
    CHECK(stepTarget(space, 2, Step::LaneBelow) == -1);
    CHECK(stepTarget(space, 2, Step::LaneAbove) == 1);
    CHECK(stepTarget(space, 0, Step::LaneAbove) == -1);

    // A hidden event is neither a start nor a landing place; an empty lane is skipped.
    space.shown = {0, 2, 3};
    space.laneOf = {0, -1, 2, 0, -1};
    CHECK(stepTarget(space, 0, Step::Later) == 2);
    CHECK(stepTarget(space, 3, Step::LaneBelow) == 2);
    CHECK(stepTarget(space, 1, Step::Later) == -1);
}

TEST_CASE("Arrow keys move a visible focus from event to event; Enter opens it", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    TimelineView *view = timelineOf(*w);
    TimelineFocus *focus = view->focus();
    REQUIRE(focus);
    view->fitAll();
    focusView(*w, view);
    REQUIRE(view->hasFocus());

    // The first press shows where the focus is: the event nearest the middle of the view.
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(focus->focusedEvent() == sample.sochi);
    CHECK(w->selection().eventId() == 0); // stepping does not open anything
    QTest::keyClick(view, Qt::Key_Left);
    CHECK(focus->focusedEvent() == sample.moscow);
    QTest::keyClick(view, Qt::Key_Left);
    CHECK(focus->focusedEvent() == sample.kennebunkport);
    QTest::keyClick(view, Qt::Key_Left); // nothing earlier: the focus stays
    CHECK(focus->focusedEvent() == sample.kennebunkport);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(focus->focusedEvent() == sample.sochi);

    // The focus ring is drawn: the plot looks different with and without the focus.
    const QRectF ring = focus->focusedRect();
    REQUIRE_FALSE(ring.isEmpty());
    const QRect area = view->mapFromScene(ring).boundingRect().adjusted(-6, -6, 6, 6);
    const QImage focused = view->viewport()->grab(area).toImage();
    w->eventPanel()->setFocus();
    QCoreApplication::processEvents();
    REQUIRE_FALSE(view->hasFocus());
    const QImage unfocused = view->viewport()->grab(area).toImage();
    CHECK(focused != unfocused);
    view->setFocus();
    QCoreApplication::processEvents();

    QTest::keyClick(view, Qt::Key_Return);
    CHECK(w->selection().eventId() == sample.sochi);
    CHECK(w->eventPanel()->eventId() == sample.sochi);

    // Shift and Ctrl with Left/Right move the view and leave the focus where it is.
    const double t0 = view->visibleStart();
    const double span = view->visibleEnd() - t0;
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    CHECK(view->visibleStart() == Approx(t0 + span * 0.1));
    QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier);
    CHECK(view->visibleStart() == Approx(t0));
    CHECK(focus->focusedEvent() == sample.sochi);

    // Stepping to an event out of view brings it into view at the same zoom.
    view->setVisibleRange(axisValue(QDate(2008, 4, 1)), axisValue(QDate(2008, 4, 11)));
    const double narrow = view->visibleEnd() - view->visibleStart();
    QTest::keyClick(view, Qt::Key_Left);
    CHECK(focus->focusedEvent() == sample.moscow);
    CHECK(view->visibleStart() <= axisValue(QDate(2008, 3, 18)));
    CHECK(view->visibleEnd() >= axisValue(QDate(2008, 3, 19)));
    CHECK(view->visibleEnd() - view->visibleStart() == Approx(narrow));

    // Selecting elsewhere (the events table, search) moves the focus along.
    w->selection().selectEvent(sample.kennebunkport);
    CHECK(focus->focusedEvent() == sample.kennebunkport);
}

TEST_CASE("Up and Down move the focus across lanes", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    TimelineView *view = timelineOf(*w);
    auto *lanes = w->findChild<QComboBox *>(QStringLiteral("laneSelector"));
    REQUIRE(lanes);
    lanes->setCurrentIndex(lanes->findData(int(LaneMode::Kind)));
    REQUIRE(view->laneMode() == LaneMode::Kind);
    view->fitAll();
    focusView(*w, view);
    w->selection().selectEvent(sample.sochi);

    const QVector<int> laneOf = lanesOf(view->events(), view->shownEvents(), LaneMode::Kind);
    auto laneOfId = [&](qint64 id) {
        for (int i = 0; i < view->events().size(); ++i)
            if (view->events().at(i).id == id)
                return laneOf.at(i);
        return -1;
    };
    const int start = laneOfId(sample.sochi);
    const bool hasBelow = std::any_of(laneOf.begin(), laneOf.end(), [&](int l) { return l > start; });
    const bool hasAbove = std::any_of(laneOf.begin(), laneOf.end(), [&](int l) { return l >= 0 && l < start; });
    REQUIRE((hasBelow || hasAbove)); // three kinds: summit, ministerial, milestone
    QTest::keyClick(view, hasBelow ? Qt::Key_Down : Qt::Key_Up);
    const qint64 moved = view->focus()->focusedEvent();
    CHECK(moved != sample.sochi);
    CHECK(laneOfId(moved) == start + (hasBelow ? 1 : -1));
    // ...and that is the lane the view draws it in.
    bool drawn = false;
    for (const PlacedItem &item : view->eventLayer()->currentLayout().items)
        for (int i : item.events)
            if (view->events().at(i).id == moved) {
                drawn = true;
                CHECK(item.lane == laneOfId(moved));
            }
    CHECK(drawn);
    QTest::keyClick(view, hasBelow ? Qt::Key_Up : Qt::Key_Down);
    CHECK(laneOfId(view->focus()->focusedEvent()) == start);
    CHECK(w->selection().eventId() == sample.sochi); // only Enter opens
}

TEST_CASE("Hovering an event shows its title, dates, place, sources and quotes", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    TimelineView *view = timelineOf(*w);
    view->setVisibleRange(axisValue(QDate(2008, 3, 1)), axisValue(QDate(2008, 5, 1)));
    const auto pos = view->eventPosition(sample.sochi);
    REQUIRE(pos);
    const QPoint at = view->mapFromScene(*pos);
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &help);
    REQUIRE(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000));
    const QString tip = QToolTip::text();
    CHECK(tip.contains(QStringLiteral("Sochi summit")));
    CHECK(tip.contains(dateExtentText(QDate(2008, 4, 5), QDate(2008, 4, 6), QStringLiteral("day"))));
    CHECK(tip.contains(QStringLiteral("Bocharov Ruchei")));
    CHECK(tip.contains(QStringLiteral("Associated Press")));
    CHECK(tip.contains(QStringLiteral("certain progress is obvious")));
    CHECK(tip.contains(QStringLiteral("Putin")));
    CHECK_FALSE(tip.contains(QStringLiteral("talks ended"))); // fragments stay out

    // Empty plot: no tooltip.
    QToolTip::hideText();
    REQUIRE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 2000));
    const QPoint empty(view->mapFromScene(view->chart()->plotArea().topRight()).x() - 4,
                       view->mapFromScene(view->chart()->plotArea().bottomRight()).y() - 4);
    QHelpEvent none(QEvent::ToolTip, empty, view->viewport()->mapToGlobal(empty));
    QApplication::sendEvent(view->viewport(), &none);
    QTest::qWait(50);
    CHECK_FALSE(QToolTip::isVisible());
}

TEST_CASE("Tooltip text escapes what it shows", "[timeline]")
{
    library::EventRecord e = record(1, QDate(2008, 4, 6), QDate(2008, 4, 6), QStringLiteral("A <b>bold</b> & odd title"));
    e.granularity = QStringLiteral("day");
    e.sourceCount = 1;
    e.sources = {QStringLiteral("AP")};
    library::EventDetail detail;
    library::QuoteRecord q;
    q.text = QStringLiteral("We <agree>");
    q.speaker = QStringLiteral("Bush");
    detail.quotes = {q, q, q};
    const QString tip = eventToolTip(e, &detail);
    CHECK(tip.contains(QStringLiteral("A &lt;b&gt;bold&lt;/b&gt; &amp; odd title")));
    CHECK(tip.contains(QStringLiteral("We &lt;agree&gt;")));
    CHECK(tip.contains(QStringLiteral("1 more")));
    CHECK(tip.contains(QStringLiteral("Sources (1): AP")));
}

TEST_CASE("A cluster's tooltip lists its events", "[timeline]")
{
    QVector<library::EventRecord> events;
    for (int i = 0; i < 10; ++i)
        events << record(i + 1, QDate(2008, 4, 1 + i), QDate(2008, 4, 1 + i));
    const QString tip = clusterToolTip(events, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    CHECK(tip.contains(QStringLiteral("10 events")));
    CHECK(tip.contains(QStringLiteral("Event 1 ")));
    CHECK(tip.contains(QStringLiteral("Event 8 ")));
    CHECK_FALSE(tip.contains(QStringLiteral("Event 9 ")));
    CHECK(tip.contains(QStringLiteral("and 2 more")));
}

TEST_CASE("A filter that hides every event says so and clears with one button", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    auto *notice = w->findChild<EmptyFilterNotice *>(QStringLiteral("emptyFilterNotice"));
    REQUIRE(notice);
    CHECK_FALSE(notice->isVisible());
    w->selection().selectEvent(sample.sochi);
    REQUIRE(w->eventPanel()->eventId() == sample.sochi);

    // Hiding the selected event clears the Event panel, but some events remain: no notice.
    library::LibraryFilter arms;
    arms.topic = QStringLiteral("arms_control");
    w->session().setFilter(arms);
    CHECK(w->selection().eventId() == 0);
    CHECK(w->eventPanel()->eventId() == 0);
    CHECK_FALSE(notice->isVisible());

    library::LibraryFilter none;
    none.topic = QStringLiteral("nato");        // only Sochi
    none.outlet = QStringLiteral("Oneindia");   // only Kennebunkport
    w->session().setFilter(none);
    REQUIRE(w->session().shownEvents().isEmpty());
    CHECK(notice->isVisible());
    auto *text = notice->findChild<QLabel *>(QStringLiteral("emptyFilterText"));
    REQUIRE(text);
    CHECK(text->text().contains(QStringLiteral("No events match")));
    CHECK(text->text().contains(QStringLiteral("Oneindia")));
    const QRect inView = notice->geometry();
    CHECK(timelineOf(*w)->rect().contains(inView));

    QTest::mouseClick(notice->clearButton(), Qt::LeftButton);
    CHECK(w->session().filter().isEmpty());
    CHECK(w->session().shownEvents().size() == 4);
    CHECK_FALSE(notice->isVisible());
}

TEST_CASE("Go to reads dates as people write them and event titles", "[timeline]")
{
    const QVector<library::EventRecord> events{
        record(1, QDate(2007, 7, 1), QDate(2007, 7, 2), QStringLiteral("Kennebunkport summit")),
        record(2, QDate(2008, 4, 5), QDate(2008, 4, 6), QStringLiteral("Sochi summit")),
        record(3, QDate(2008, 5, 1), QDate(2008, 5, 1), QStringLiteral("2008"))};
    const QVector<int> shown{0, 1};
    auto day = [&](const QString &text) { return readGoToText(text, events, shown); };
    CHECK(day(QStringLiteral("2008-04-06")).from == QDate(2008, 4, 6));
    CHECK(day(QStringLiteral("2008-04-06")).to == QDate(2008, 4, 6));
    CHECK(day(QStringLiteral("6 Apr 2008")).from == QDate(2008, 4, 6));
    CHECK(day(QStringLiteral("6 apr 2008")).from == QDate(2008, 4, 6));
    CHECK(day(QStringLiteral("April 6, 2008")).from == QDate(2008, 4, 6));
    CHECK(day(QStringLiteral("April 2008")).from == QDate(2008, 4, 1));
    CHECK(day(QStringLiteral("April 2008")).to == QDate(2008, 4, 30));
    CHECK(day(QStringLiteral("feb 2008")).to == QDate(2008, 2, 29));
    CHECK(day(QStringLiteral("2008-02")).from == QDate(2008, 2, 1));
    CHECK(day(QStringLiteral("2008")).to == QDate(2008, 12, 31)); // event 3 is hidden
    CHECK(day(QStringLiteral("sochi summit")).eventId == 2);
    CHECK(day(QStringLiteral("summit")).eventId == 1); // the earliest that contains it
    const GoToTarget bad = day(QStringLiteral("Tokyo"));
    CHECK_FALSE(bad.isValid());
    CHECK(bad.error.contains(QStringLiteral("Tokyo")));
    CHECK_FALSE(day(QStringLiteral("2008-13-45")).isValid());
    CHECK_FALSE(day(QStringLiteral("  ")).isValid());
}

TEST_CASE("Ctrl+G goes to a date or an event by name", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    TimelineView *view = timelineOf(*w);
    view->fitAll();
    focusView(*w, view);

    auto openDialog = [&] {
        focusView(*w, view); // offscreen, nothing re-activates the window when a dialog closes
        QTest::keyClick(w.get(), Qt::Key_G, Qt::ControlModifier);
        GoToDialog *dialog = nullptr;
        REQUIRE(QTest::qWaitFor([&] {
            dialog = w->findChild<GoToDialog *>(QStringLiteral("goToDialog"));
            return dialog && dialog->isVisible();
        }, 2000));
        return dialog;
    };

    GoToDialog *dialog = openDialog();
    QTest::keyClicks(dialog->field(), QStringLiteral("Tokyo"));
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    CHECK(dialog->isVisible()); // stays open and says why
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("goToError"));
    REQUIRE(error);
    CHECK(error->isVisible());
    dialog->field()->clear();
    QTest::keyClicks(dialog->field(), QStringLiteral("March 2008"));
    dialog->accept();
    CHECK(view->visibleStart() < axisValue(QDate(2008, 3, 1)));
    CHECK(view->visibleEnd() > axisValue(QDate(2008, 4, 1)));
    CHECK(view->visibleEnd() - view->visibleStart() < 40 * kDayMs);
    CHECK(view->focus()->focusedEvent() == sample.moscow);
    REQUIRE(QTest::qWaitFor([&] { return !w->findChild<GoToDialog *>(QStringLiteral("goToDialog")); }, 2000));

    dialog = openDialog();
    QTest::keyClicks(dialog->field(), QStringLiteral("Kennebunkport summit"));
    dialog->accept();
    CHECK(w->selection().eventId() == sample.kennebunkport);
    CHECK(view->focus()->focusedEvent() == sample.kennebunkport);
    CHECK(view->visibleStart() < axisValue(QDate(2007, 7, 1)));
    CHECK(view->visibleEnd() > axisValue(QDate(2007, 7, 3)));
    CHECK(view->visibleEnd() - view->visibleStart() < 30 * kDayMs);
}

TEST_CASE("Assistive technology sees the focused event with a name and a description", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    TimelineView *view = timelineOf(*w);
    view->setVisibleRange(axisValue(QDate(2008, 3, 1)), axisValue(QDate(2008, 5, 1)));
    focusView(*w, view);
    QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(view);
    REQUIRE(timeline);
    const int before = timeline->childCount();

    // Tabbing into the timeline focuses the event nearest the middle of the view at once.
    w->eventPanel()->setFocus(Qt::TabFocusReason);
    view->setFocus(Qt::TabFocusReason);
    CHECK(view->focus()->focusedEvent() == sample.sochi);
    w->selection().selectEvent(sample.sochi);
    REQUIRE(view->focus()->focusedEvent() == sample.sochi);
    CHECK(timeline->childCount() == before + 1);
    QAccessibleInterface *item = timeline->focusChild();
    REQUIRE(item);
    CHECK(item->role() == QAccessible::ListItem);
    CHECK(item->text(QAccessible::Name) == QStringLiteral("Sochi summit"));
    const QString description = item->text(QAccessible::Description);
    CHECK(description.contains(dateExtentText(QDate(2008, 4, 5), QDate(2008, 4, 6), QStringLiteral("day"))));
    CHECK(description.contains(QStringLiteral("Bocharov Ruchei")));
    CHECK(description.contains(QStringLiteral("Associated Press")));
    CHECK(item->state().focused);
    CHECK(item->state().selected);
    CHECK_FALSE(item->rect().isEmpty());
    CHECK(timeline->indexOfChild(item) == before);
    CHECK(item->parent() == timeline);

    QTest::keyClick(view, Qt::Key_Left);
    item = timeline->focusChild();
    REQUIRE(item);
    CHECK(item->text(QAccessible::Name) == QStringLiteral("Moscow \"2+2\" talks"));
    CHECK_FALSE(item->state().selected);
    const FocusAnnouncement told = focusAnnouncement(view);
    CHECK(told.target == item);
    CHECK(told.events.contains(QAccessible::Focus));
    CHECK(told.events.contains(QAccessible::NameChanged));

    // Nothing focused (the filter hid it): the item goes and the view itself takes the focus.
    library::LibraryFilter arms;
    arms.topic = QStringLiteral("arms_control");
    w->session().setFilter(arms);
    CHECK(view->focus()->focusedEvent() == 0);
    CHECK(timeline->childCount() == before);
    CHECK(focusAnnouncement(view).target == timeline);
}
