#include "brief/timeline_layout.h"

#include <QImage>
#include <QRandomGenerator>
#include <QSet>
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

TEST_CASE("every summit on the record's axis is labelled; outliers sit on the axis ends", "[brief]")
{
    QImage device(10, 10, QImage::Format_RGB32);
    device.setDotsPerMeterX(23622); // 600 dpi, as the PDF
    device.setDotsPerMeterY(23622);
    const BriefStyle style(600);
    // The bundled event catalog's shape: a 2001 meeting, a crowded spring 2008, two late milestones.
    struct Row
    {
        QDate start, end;
        const char *title;
        bool summit, reported;
    };
    const Row rows[] = {
        {{2001, 6, 16}, {2001, 6, 16}, "First meeting, castle", true, false},
        {{2007, 6, 6}, {2007, 6, 8}, "G8 summit, Baltic coast", true, false},
        {{2007, 7, 1}, {2007, 7, 2}, "Summit at the family compound (the long name)", true, true},
        {{2007, 9, 7}, {2007, 9, 7}, "Meeting in a harbour city, eve of a forum", true, false},
        {{2007, 10, 12}, {2007, 10, 12}, "First ministerial talks, capital", false, false},
        {{2008, 3, 2}, {2008, 3, 2}, "Successor elected president", false, false},
        {{2008, 3, 17}, {2008, 3, 18}, "Second ministerial talks, capital", false, true},
        {{2008, 3, 26}, {2008, 3, 26}, "Adviser announces the trip to the coast", false, true},
        {{2008, 4, 2}, {2008, 4, 4}, "Alliance summit, eastern capital", true, false},
        {{2008, 4, 4}, {2008, 4, 5}, "Visit on the way", true, false},
        {{2008, 4, 5}, {2008, 4, 6}, "Coast summit", true, true},
        {{2008, 5, 7}, {2008, 5, 7}, "Successor inaugurated; predecessor steps down", false, false},
        {{2008, 5, 8}, {2008, 5, 8}, "Predecessor confirmed as prime minister", false, false},
        {{2008, 7, 7}, {2008, 7, 9}, "G8 summit, lakeside (island)", true, false},
        {{2009, 1, 20}, {2009, 1, 20}, "President leaves office", false, false},
        {{2009, 12, 5}, {2009, 12, 5}, "Treaty expires", false, false},
    };
    QVector<TimelineItem> items;
    for (const Row &r : rows)
        items.append({r.start, r.end, QString::fromLatin1(r.title), r.reported, (r.summit ? 2 : 0) + (r.reported ? 1 : 0)});
    // An A4 body's width, and half its height, as the briefing gives the figure.
    const qreal width = style.pt(463);
    const TimelineLayout layout(items, width, style.pt(346), style, &device, {QDate(2007, 6, 6), QDate(2008, 7, 9)});
    checkNoOverlap(layout);
    CHECK(layout.outliers() == 3);
    QSet<int> labelled;
    for (const PlacedLabel &l : layout.labels())
        labelled.insert(l.item);
    std::string placed;
    for (const PlacedLabel &l : layout.labels())
        placed += items[l.item].title.toStdString() + " lane " + std::to_string(l.lane) + " x " + std::to_string(int(l.rect.left() / style.pt(1))) + "-" + std::to_string(int(l.rect.right() / style.pt(1))) + "; ";
    INFO(placed);
    for (int i = 0; i < items.size(); ++i) {
        INFO(items[i].title.toStdString());
        if (rows[i].summit)
            CHECK(labelled.contains(i));
    }
    // A label cut short has no room for its whole title.
    CHECK(layout.labels().size() >= 12);
}
