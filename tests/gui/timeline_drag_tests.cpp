// Timeline mouse gestures: drag pans, Shift+drag zooms to the dragged range, double-click zooms in.
#include "fixture.h"
#include "ui_helpers.h"

#include "state/selection.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_view.h"

#include <QChart>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

namespace {
double axisAtX(TimelineView *view, int viewportX)
{
    const QRectF plot = view->chart()->plotArea();
    const double sceneX = view->mapToScene(QPoint(viewportX, 0)).x();
    return view->visibleStart() + (sceneX - plot.left()) / plot.width() * (view->visibleEnd() - view->visibleStart());
}
} // namespace

TEST_CASE("Dragging pans, Shift+drag zooms to a range, double-click zooms to an event", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    auto *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
    REQUIRE(view);
    view->setVisibleRange(axisValue(QDate(2007, 1, 1)), axisValue(QDate(2009, 1, 1)));
    QWidget *port = view->viewport();
    const int y = int(view->mapFromScene(view->chart()->plotArea().bottomLeft()).y()) - 6;
    const int x0 = port->width() / 2;

    const double start = view->visibleStart();
    const double span = view->visibleEnd() - start;
    QTest::mousePress(port, Qt::LeftButton, {}, QPoint(x0, y));
    QTest::mouseMove(port, QPoint(x0 - 50, y));
    QTest::mouseMove(port, QPoint(x0 - 100, y));
    QTest::mouseRelease(port, Qt::LeftButton, {}, QPoint(x0 - 100, y));
    const double perPx = span / view->chart()->plotArea().width();
    CHECK(view->visibleStart() == Approx(start + 100 * perPx));
    CHECK(view->visibleEnd() - view->visibleStart() == Approx(span));

    const double a = axisAtX(view, x0 - 60);
    const double b = axisAtX(view, x0 + 60);
    QTest::mousePress(port, Qt::LeftButton, Qt::ShiftModifier, QPoint(x0 - 60, y));
    QTest::mouseMove(port, QPoint(x0, y));
    QTest::mouseMove(port, QPoint(x0 + 60, y));
    QTest::mouseRelease(port, Qt::LeftButton, Qt::ShiftModifier, QPoint(x0 + 60, y));
    CHECK(view->visibleStart() == Approx(a));
    CHECK(view->visibleEnd() == Approx(b));

    view->setVisibleRange(axisValue(QDate(2007, 1, 1)), axisValue(QDate(2009, 1, 1)));
    const auto pos = view->eventPosition(sample.sochi);
    REQUIRE(pos);
    QTest::mouseDClick(port, Qt::LeftButton, {}, view->mapFromScene(*pos));
    CHECK(view->visibleStart() < axisValue(QDate(2008, 4, 5)));
    CHECK(view->visibleEnd() > axisValue(QDate(2008, 4, 7)));
    CHECK(view->visibleEnd() - view->visibleStart() < 30 * kDayMs);
}
