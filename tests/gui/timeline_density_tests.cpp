// Thousands of events: a crowded lane shows its coverage as a histogram with its most important
// events labelled over it, never a staircase of overlapping bars, and the layout stays bounded.
#include "timeline/time_scale.h"
#include "timeline/timeline_layout.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

TEST_CASE("A crowded lane becomes a histogram with its most important events labelled", "[ui]")
{
    QVector<library::EventRecord> events;
    for (int i = 0; i < 3000; ++i) {
        library::EventRecord e;
        e.id = i + 1;
        e.title = QStringLiteral("Statement %1").arg(i);
        e.kind = QStringLiteral("announcement");
        e.start = e.end = QDate(2001, 1, 1).addDays((i * 37) % 3000);
        e.granularity = QStringLiteral("day");
        events << e;
    }
    // One summit that many sources reported, in the middle of the crowd.
    events[1500].title = QStringLiteral("Sochi summit");
    events[1500].kind = QStringLiteral("summit");
    events[1500].sourceCount = 6;
    events[1500].quoteCount = 20;
    LayoutInput in;
    in.events = &events;
    for (int i = 0; i < events.size(); ++i)
        in.shown << i;
    in.laneOf = QVector<int>(events.size(), 0);
    in.t0 = axisValue(QDate(2000, 12, 1));
    in.t1 = axisValue(QDate(2009, 6, 1));
    in.plot = QRectF(0, 0, 1000, 300);
    in.textWidth = [](const QString &s) { return 7.0 * s.size(); };
    in.rowHeight = 22;
    in.minRowHeight = 18;

    QElapsedTimer clock;
    clock.start();
    const TimelineLayout layout = layoutTimeline(in);
    INFO("layout took " << clock.elapsed() << " ms");
    CHECK(layout.visibleEvents == 3000);
    REQUIRE(layout.density.size() == 1);
    CHECK(layout.density.first().events == 3000);
    // A few labelled marks, not one bar per event or per cluster of the crowd.
    CHECK(layout.items.size() >= 3);
    CHECK(layout.items.size() <= 60);
    bool summitLabelled = false;
    for (int i = 0; i < layout.items.size(); ++i) {
        const PlacedItem &a = layout.items.at(i);
        CHECK_FALSE(a.isCluster());
        CHECK_FALSE(a.elided);
        summitLabelled = summitLabelled || a.text.startsWith(QStringLiteral("Sochi summit"));
        for (int j = i + 1; j < layout.items.size(); ++j) {
            const PlacedItem &b = layout.items.at(j);
            CHECK_FALSE(a.label.intersects(b.label));
            CHECK_FALSE(a.label.intersects(b.mark));
            CHECK_FALSE(b.label.intersects(a.mark));
        }
    }
    CHECK(summitLabelled);

    // Zoomed in to three weeks (about one event a day) the marks come back.
    in.t0 = axisValue(QDate(2005, 3, 1));
    in.t1 = axisValue(QDate(2005, 3, 22));
    const TimelineLayout near = layoutTimeline(in);
    CHECK(near.density.isEmpty());
    int marked = 0;
    for (const PlacedItem &item : near.items)
        marked += int(item.events.size());
    CHECK(marked == near.visibleEvents);
}

TEST_CASE("The selected event is marked and labelled even inside a histogram", "[ui]")
{
    QVector<library::EventRecord> events;
    for (int i = 0; i < 2000; ++i) {
        library::EventRecord e;
        e.id = i + 1;
        e.title = QStringLiteral("Statement %1").arg(i);
        e.kind = QStringLiteral("announcement");
        e.start = e.end = QDate(2001, 1, 1).addDays((i * 13) % 2000);
        e.granularity = QStringLiteral("day");
        e.sourceCount = i % 5; // many more important than the one selected below
        events << e;
    }
    LayoutInput in;
    in.events = &events;
    for (int i = 0; i < events.size(); ++i)
        in.shown << i;
    in.laneOf = QVector<int>(events.size(), 0);
    in.t0 = axisValue(QDate(2000, 12, 1));
    in.t1 = axisValue(QDate(2006, 12, 1));
    in.plot = QRectF(0, 0, 800, 200);
    in.textWidth = [](const QString &s) { return 7.0 * s.size(); };
    auto holds = [](const TimelineLayout &layout, int index) {
        for (const PlacedItem &item : layout.items)
            if (item.events.contains(index) && !item.label.isEmpty())
                return true;
        return false;
    };
    REQUIRE_FALSE(holds(layoutTimeline(in), 1000)); // sourceCount 0: the histogram only counts it
    in.selected = 1000;
    const TimelineLayout layout = layoutTimeline(in);
    REQUIRE(layout.density.size() == 1);
    CHECK(holds(layout, 1000));
}
