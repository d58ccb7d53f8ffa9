// Gap compression: long empty stretches become short marked breaks, the user toggles them, and
// time still maps both ways.
#include "fixture.h"
#include "ui_helpers.h"

#include "timeline/event_layer.h"
#include "timeline/time_scale.h"
#include "timeline/time_warp.h"
#include "timeline/timeline_view.h"

#include <QCheckBox>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

TEST_CASE("A time warp compresses long gaps and maps time both ways", "[ui]")
{
    QVector<library::EventRecord> events(4);
    const QDate days[] = {QDate(2001, 6, 16), QDate(2007, 7, 1), QDate(2008, 4, 5), QDate(2009, 12, 5)};
    for (int i = 0; i < 4; ++i)
        events[i].start = events[i].end = days[i];
    const TimeWarp warp = TimeWarp::forEvents(events, {0, 1, 2, 3}, 120 * kDayMs);
    // 2001 -> 2007 and 2008 -> 2009 are gaps; nine months within 2007-2008 at 10% of 8.5 years
    // (310 days) is not.
    REQUIRE(warp.breaks().size() == 2);
    CHECK(axisDate(warp.breaks().first().to) == QDate(2007, 7, 1));
    for (const QDate d : {QDate(2000, 1, 1), QDate(2001, 6, 17), QDate(2004, 3, 1), QDate(2008, 1, 1), QDate(2010, 1, 1)}) {
        const double t = axisValue(d);
        CHECK(warp.toTime(warp.toAxis(t)) == Approx(t));
    }
    // Monotonic, and the six empty years take less axis than the nine months of the story.
    CHECK(warp.toAxis(axisValue(QDate(2004, 1, 1))) < warp.toAxis(axisValue(QDate(2007, 7, 1))));
    const double gap = warp.toAxis(axisValue(QDate(2007, 7, 1))) - warp.toAxis(axisValue(QDate(2001, 6, 17)));
    const double story = warp.toAxis(axisValue(QDate(2008, 4, 5))) - warp.toAxis(axisValue(QDate(2007, 7, 1)));
    CHECK(gap < story);
    CHECK(TimeWarp().toAxis(12345.0) == 12345.0);
}

// The sample record: July 2007, March and April 2008, December 2009. The gaps before and after
// spring 2008 are compressed, so Moscow and Sochi, 18 days apart, get more width.
TEST_CASE("Compress gaps gives the story more width and toggles back", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    auto *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
    auto *toggle = w->findChild<QCheckBox *>(QStringLiteral("compressGaps"));
    REQUIRE(view);
    REQUIRE(toggle);
    CHECK_FALSE(toggle->isChecked());
    view->fitAll();
    auto spread = [&] {
        const auto a = view->eventPosition(sample.moscow);
        const auto b = view->eventPosition(sample.sochi);
        REQUIRE(a);
        REQUIRE(b);
        return b->x() - a->x();
    };
    const double plain = spread();
    toggle->click();
    CHECK(view->gapsCompressed());
    CHECK_FALSE(view->timeWarp().isIdentity());
    view->fitAll();
    const double compressed = spread();
    CHECK(compressed > plain * 1.3);
    // The whole record is still in view, and the range is reported as time.
    CHECK(view->eventLayer()->currentLayout().visibleEvents == 4);
    CHECK(view->visibleStart() < axisValue(QDate(2007, 7, 1)));
    CHECK(view->visibleEnd() > axisValue(QDate(2009, 12, 31)));
    toggle->click();
    CHECK(view->timeWarp().isIdentity());
    view->fitAll();
    CHECK(spread() == Approx(plain));
}
