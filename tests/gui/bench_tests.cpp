// Paint cost with 10,000 events (hidden: run with `test_gui "[.bench]"`). Prints, never asserts on time.
#include "fixture.h"
#include "ui_helpers.h"

#include "state/session.h"
#include "store/statement.h"
#include "timeline/event_layer.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_view.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <iostream>

using namespace summit;
using namespace summit::gui;

TEST_CASE("Timeline paint time with 10,000 events", "[.bench]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    {
        Database db(path);
        Transaction tx(db);
        test::FixtureBuilder b(db);
        QRandomGenerator rng(42);
        const QStringList kinds{QStringLiteral("summit"), QStringLiteral("ministerial"), QStringLiteral("milestone")};
        const QStringList actors{QStringLiteral("us"), QStringLiteral("russia"), QStringLiteral("joint"),
                                 QStringLiteral("multilateral")};
        for (int i = 0; i < 10000; ++i) {
            const QDate start = QDate(2001, 1, 1).addDays(rng.bounded(3300));
            const QString gran = i % 10 == 0 ? QStringLiteral("month") : QStringLiteral("day");
            b.addEvent(QStringLiteral("bench-%1").arg(i), QStringLiteral("Event %1").arg(i), kinds.at(i % 3), start,
                       start.addDays(rng.bounded(3)), gran, QStringLiteral("Place %1").arg(i % 50),
                       actors.at(i % 4), {});
        }
        tx.commit();
    }
    QElapsedTimer load;
    load.start();
    auto w = test::openWindow(path);
    std::cout << "open window with 10000 events: " << load.elapsed() << " ms\n";
    TimelineView *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
    REQUIRE(view);
    auto paint = [&](const char *what) {
        QElapsedTimer t;
        t.start();
        const int runs = 10;
        for (int i = 0; i < runs; ++i)
            (void)view->grab();
        std::cout << what << ": " << double(t.elapsed()) / runs << " ms per paint, "
                  << view->eventLayer()->currentLayout().items.size() << " items drawn for "
                  << view->eventLayer()->currentLayout().visibleEvents << " visible events\n";
    };
    view->fitAll();
    paint("full view");
    view->setVisibleRange(axisValue(QDate(2008, 3, 1)), axisValue(QDate(2008, 5, 1)));
    paint("two months");
    QElapsedTimer zoom;
    zoom.start();
    for (int i = 0; i < 20; ++i)
        view->zoomBy(1.2, axisValue(QDate(2008, 4, 1)));
    std::cout << "20 zoom steps with relayout: " << zoom.elapsed() << " ms\n";
    CHECK(view->eventLayer()->currentLayout().visibleEvents > 0);
}
