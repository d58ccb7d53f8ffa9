// The event layer lays out a window wider than the view and reuses it while the view pans
// inside it at the same zoom; zooming or panning beyond lays out again (issue 12 §3).
#include "fixture.h"
#include "ui_helpers.h"

#include "state/session.h"
#include "timeline/event_layer.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_view.h"

#include <QChart>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

namespace {

const PlacedItem *itemOf(const TimelineLayout &layout, const QVector<library::EventRecord> &events, qint64 id)
{
    for (const PlacedItem &item : layout.items)
        for (int i : item.events)
            if (events.at(i).id == id)
                return &item;
    return nullptr;
}

/// The view's layout against a fresh layout of the same view: same events visible, same
/// lanes, titles and edge markers, and each event that both place has its mark at the same
/// time on the axis, in the same lane. Rows may differ (the window ranked more events for
/// them), and so may labels near the view's edges.
int checkMatchesFresh(const TimelineView *view, const QVector<library::EventRecord> &events)
{
    const EventLayer *layer = view->eventLayer();
    const TimelineLayout &now = layer->currentLayout();
    const TimelineLayout fresh = layer->layoutFor(view->chart()->plotArea());
    CHECK(now.visibleEvents == fresh.visibleEvents);
    CHECK(now.lanes == fresh.lanes);
    CHECK(now.laneTitles == fresh.laneTitles);
    CHECK(now.edgeBefore == fresh.edgeBefore);
    CHECK(now.edgeAfter == fresh.edgeAfter);
    CHECK(now.items.size() == fresh.items.size());
    int compared = 0;
    for (const PlacedItem &item : fresh.items) {
        const PlacedItem *cached = itemOf(now, events, events.at(item.events.first()).id);
        REQUIRE(cached);
        CHECK(cached->mark.left() == Approx(item.mark.left()).margin(0.01));
        CHECK(cached->mark.right() == Approx(item.mark.right()).margin(0.01));
        CHECK(cached->lane == item.lane);
        CHECK(now.lanes.value(cached->lane).contains(cached->mark));
        CHECK(view->chart()->plotArea().adjusted(-0.5, -0.5, 0.5, 0.5).contains(cached->label));
        ++compared;
    }
    return compared;
}

} // namespace

TEST_CASE("Panning at one zoom reuses the layout; zooming or panning far lays out again", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    auto *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
    REQUIRE(view);
    const EventLayer *layer = view->eventLayer();
    const auto &events = w->session().events();

    view->setVisibleRange(axisValue(QDate(2007, 5, 1)), axisValue(QDate(2008, 5, 1)));
    const double start = view->visibleStart();
    const double span = view->visibleEnd() - start;
    int layouts = layer->layoutCount();
    CHECK(checkMatchesFresh(view, events) >= 3);

    // The first pan at this zoom lays out a window a view wider on each side; pans inside it
    // (back past the start, then half a view on) lay out nothing.
    view->panBy(0.25);
    REQUIRE(view->visibleStart() == Approx(start + span / 4));
    CHECK(layer->layoutCount() == ++layouts);
    CHECK(checkMatchesFresh(view, events) >= 1);
    view->panBy(-0.5);
    REQUIRE(view->visibleStart() == Approx(start - span / 4));
    CHECK(layer->layoutCount() == layouts);
    CHECK(checkMatchesFresh(view, events) >= 1);
    // After the pans the Sochi summit is still found where it is drawn.
    view->panBy(0.75);
    REQUIRE(view->visibleStart() == Approx(start + span / 2));
    CHECK(layer->layoutCount() == layouts);
    const auto sochi = view->eventPosition(sample.sochi);
    REQUIRE(sochi);
    const int hit = view->eventLayer()->itemAt(*sochi);
    REQUIRE(hit >= 0);
    CHECK(events.at(layer->currentLayout().items.at(hit).events.first()).id == sample.sochi);
    CHECK(checkMatchesFresh(view, events) >= 1);

    // Beyond the window: one new layout, then its own pans are free again.
    view->setVisibleRange(start + 2 * span, start + 3 * span);
    REQUIRE(view->visibleStart() == Approx(start + 2 * span));
    CHECK(layer->layoutCount() == ++layouts);
    CHECK(checkMatchesFresh(view, events) >= 0);
    view->panBy(-0.5);
    CHECK(layer->layoutCount() == layouts);
    CHECK(checkMatchesFresh(view, events) >= 0);

    // A zoom lays out again; zooming back to where the view was is a hit in the cache.
    view->setVisibleRange(axisValue(QDate(2007, 5, 1)), axisValue(QDate(2008, 5, 1)));
    CHECK(layer->layoutCount() == layouts); // the first window, still cached
    view->zoomBy(0.5, axisValue(QDate(2008, 4, 5)));
    CHECK(layer->layoutCount() == layouts + 1);
    CHECK(checkMatchesFresh(view, events) >= 1);
    view->setVisibleRange(axisValue(QDate(2007, 5, 1)), axisValue(QDate(2008, 5, 1)));
    CHECK(layer->layoutCount() == layouts + 1);
    CHECK(checkMatchesFresh(view, events) >= 1);
}

TEST_CASE("Zooming back to a view is free; a content change lays out again", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    auto *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
    REQUIRE(view);
    const EventLayer *layer = view->eventLayer();
    const auto &events = w->session().events();
    view->setVisibleRange(axisValue(QDate(2007, 5, 1)), axisValue(QDate(2008, 5, 1)));
    const int layouts = layer->layoutCount();
    const int before = layer->currentLayout().visibleEvents;
    REQUIRE(before >= 1);

    // Zooming in lays out; zooming back out to the same place is a hit.
    view->zoomBy(0.5, axisValue(QDate(2008, 4, 5)));
    CHECK(layer->layoutCount() == layouts + 1);
    view->zoomBy(2.0, axisValue(QDate(2008, 4, 5)));
    REQUIRE(view->visibleStart() == Approx(axisValue(QDate(2007, 5, 1))));
    CHECK(layer->layoutCount() == layouts + 1);
    CHECK(checkMatchesFresh(view, events) >= 3);

    // Fewer events shown: laid out again, and the pan after it uses the new content.
    QVector<int> shown;
    for (int i = 0; i < events.size(); ++i)
        if (events.at(i).id != sample.moscow)
            shown << i;
    view->setShown(shown);
    CHECK(layer->layoutCount() == layouts + 2);
    view->panBy(0.25);
    CHECK(layer->layoutCount() == layouts + 3);
    CHECK(checkMatchesFresh(view, events) >= 0);
    CHECK(!itemOf(layer->currentLayout(), events, sample.moscow));
}
