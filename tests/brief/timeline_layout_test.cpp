#include "brief/timeline_layout.h"

#include <QImage>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace summit::brief;

namespace {

// Labels must not touch, and no leader line may cross a label it does not belong to.
void checkNoOverlap(const TimelineLayout &layout)
{
    const QVector<PlacedLabel> &labels = layout.labels();
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = 0; j < labels.size(); ++j) {
            if (i == j)
                continue;
            INFO("labels " << i << " and " << j);
            CHECK(!labels[i].rect.intersects(labels[j].rect));
            const QRectF &r = labels[j].rect;
            // Leader i runs from the axis up to the top of label i.
            const bool crosses = labels[i].anchorX > r.left() && labels[i].anchorX < r.right()
                                 && labels[i].rect.top() < r.bottom();
            CHECK(!crosses);
        }
        CHECK(labels[i].rect.left() >= 0);
        CHECK(labels[i].rect.right() <= layout.size().width() + 0.01);
        CHECK(labels[i].rect.bottom() <= layout.size().height());
    }
}

} // namespace

TEST_CASE("timeline labels never overlap, however crowded the dates", "[brief]")
{
    QImage device(10, 10, QImage::Format_RGB32);
    device.setDotsPerMeterX(11811); // 300 dpi
    device.setDotsPerMeterY(11811);
    const BriefStyle style(300);
    const qreal width = style.pt(460);

    SECTION("a handful of events spread over a year and clustered in a week")
    {
        QVector<TimelineItem> items = {
            {QDate(2007, 6, 6), QDate(2007, 6, 8), QStringLiteral("G8 summit, Heiligendamm"), false},
            {QDate(2007, 7, 1), QDate(2007, 7, 2), QStringLiteral("Kennebunkport summit"), true},
            {QDate(2008, 3, 18), QDate(2008, 3, 18), QStringLiteral("Second 2+2 talks in Moscow"), true},
            {QDate(2008, 3, 26), QDate(2008, 3, 26), QStringLiteral("Hadley briefing announcing the Sochi trip"), true},
            {QDate(2008, 4, 2), QDate(2008, 4, 4), QStringLiteral("NATO summit, Bucharest"), false},
            {QDate(2008, 4, 4), QDate(2008, 4, 5), QStringLiteral("Bush in Croatia"), false},
            {QDate(2008, 4, 5), QDate(2008, 4, 6), QStringLiteral("Sochi summit"), true},
        };
        const TimelineLayout layout(items, width, style.pt(600), style, &device);
        checkNoOverlap(layout);
        CHECK(layout.omitted() == 0); // there is room for all of these
    }
    SECTION("the catalog's 2007-2008 events, crowded around the Sochi summit, are all labelled")
    {
        const QVector<TimelineItem> items = {
            {QDate(2007, 6, 6), QDate(2007, 6, 8), QStringLiteral("G8 summit, Heiligendamm"), true},
            {QDate(2007, 7, 1), QDate(2007, 7, 2), QStringLiteral("Kennebunkport summit (the 'lobster summit')"), true},
            {QDate(2007, 9, 7), QDate(2007, 9, 7), QStringLiteral("Bush\u2013Putin meeting in Sydney, eve of APEC"), false},
            {QDate(2007, 10, 12), QDate(2007, 10, 12), QStringLiteral("First '2+2' talks, Moscow"), true},
            {QDate(2008, 3, 2), QDate(2008, 3, 2), QStringLiteral("Medvedev elected president"), false},
            {QDate(2008, 3, 17), QDate(2008, 3, 17), QStringLiteral("Rice and Gates meet Putin and Medvedev"), true},
            {QDate(2008, 3, 18), QDate(2008, 3, 18), QStringLiteral("Second '2+2' talks, Moscow"), true},
            {QDate(2008, 3, 26), QDate(2008, 3, 26), QStringLiteral("Hadley announces Bush's trip to Sochi"), true},
            {QDate(2008, 4, 2), QDate(2008, 4, 4), QStringLiteral("NATO summit, Bucharest"), true},
            {QDate(2008, 4, 4), QDate(2008, 4, 5), QStringLiteral("Bush in Croatia"), true},
            {QDate(2008, 4, 5), QDate(2008, 4, 6), QStringLiteral("Sochi summit"), true},
            {QDate(2008, 5, 7), QDate(2008, 5, 7), QStringLiteral("Medvedev inaugurated; Putin steps down"), true},
            {QDate(2008, 5, 8), QDate(2008, 5, 8), QStringLiteral("Putin confirmed as prime minister"), true},
            {QDate(2008, 7, 7), QDate(2008, 7, 9), QStringLiteral("G8 summit, Toyako (Hokkaido)"), true},
        };
        const TimelineLayout layout(items, width, style.pt(550), style, &device);
        checkNoOverlap(layout);
        QStringList labelled;
        for (const PlacedLabel &l : layout.labels())
            labelled << items[l.item].title;
        INFO(labelled.join(QStringLiteral(" | ")).toStdString());
        CHECK(layout.omitted() == 0);
    }
    SECTION("a thousand random events")
    {
        QRandomGenerator rng(42);
        QVector<TimelineItem> items;
        for (int i = 0; i < 1000; ++i) {
            const QDate start = QDate(2001, 1, 1).addDays(rng.bounded(3000));
            items.append({start, start.addDays(rng.bounded(4)), QStringLiteral("Event number %1 with a long name").arg(i),
                          rng.bounded(2) == 0});
        }
        const TimelineLayout layout(items, width, style.pt(600), style, &device);
        checkNoOverlap(layout);
        CHECK(layout.labels().size() > 10);
        CHECK(layout.omitted() == 1000 - layout.labels().size());
        CHECK(layout.size().height() <= style.pt(600));
    }
}
