// The first view frames the story, and the events that carry it are labelled on a laptop
// screen and at 1.5x scaling; clusters count distinct articles and sources and open when clicked.
#include "fixture.h"
#include "ui_helpers.h"

#include "state/session.h"
#include "store/database.h"
#include "store/statement.h"
#include "timeline/event_layer.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_framing.h"
#include "timeline/timeline_view.h"

#include <QChart>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

namespace {

library::EventRecord eventOn(QDate day, int articles)
{
    library::EventRecord e;
    e.start = e.end = day;
    e.granularity = QStringLiteral("day");
    for (int i = 0; i < articles; ++i)
        e.articleIds << qint64(day.toJulianDay() * 10 + i);
    e.articleCount = articles;
    return e;
}

const PlacedItem *itemNaming(const TimelineLayout &layout, const QVector<library::EventRecord> &events,
                             const QString &title)
{
    for (const PlacedItem &item : layout.items)
        if (events.at(item.events.first()).title == title)
            return &item;
    return nullptr;
}

/// The window on the bundled corpus after its first load, at the given logical size.
std::unique_ptr<MainWindow> firstStart(const QString &path, QSize size)
{
    // Opened at that size, so the docks are arranged for it (Search joins the right-hand tabs
    // on a narrow window) as on a real screen of that size.
    auto w = std::make_unique<MainWindow>(path, MainWindow::Options{true, false, size});
    w->show();
    (void)QTest::qWaitForWindowExposed(w.get());
    REQUIRE(QTest::qWaitFor([&] { return !w->isLoading(); }, 120000));
    QCoreApplication::processEvents();
    return w;
}

} // namespace

TEST_CASE("The story frame leaves lone outliers to the edge markers", "[ui]")
{
    QVector<library::EventRecord> events;
    events << eventOn(QDate(2001, 6, 16), 1);
    for (int d = 0; d < 14; ++d)
        events << eventOn(QDate(2007, 6, 1).addDays(d * 23), 3);
    events << eventOn(QDate(2009, 1, 20), 1) << eventOn(QDate(2009, 12, 5), 1);
    QVector<int> shown;
    for (int i = 0; i < events.size(); ++i)
        shown << i;
    const AxisSpan frame = storyFrame(events, shown);
    REQUIRE(frame.isValid());
    CHECK(frame.t0 > axisValue(QDate(2007, 1, 1)));
    CHECK(frame.t0 < axisValue(QDate(2007, 6, 1)));
    CHECK(frame.t1 > axisValue(QDate(2008, 4, 11)));
    CHECK(frame.t1 < axisValue(QDate(2009, 1, 1)));
    const OutsideView out = eventsOutside(events, shown, frame.t0, frame.t1);
    CHECK(out.before == 1);
    CHECK(out.latestBefore == QDate(2001, 6, 16));
    CHECK(out.after == 2);
    CHECK(out.earliestAfter == QDate(2009, 1, 20));
}

TEST_CASE("The first view labels the three summits and the March 2+2 talks on small screens", "[ui]")
{
    // QT_SCALE_FACTOR=1.5 shows the same logical layout as a window 1.5 times smaller, so the
    // scaled cases are tested at their logical sizes (bounded below by the window's minimum
    // size; the next test lays out the plot a maximised window really gets).
    const auto [name, size] = GENERATE(table<const char *, QSize>({
        {"1366x768", QSize(1366, 740)},
        {"1600x1000 at 1.5x", QSize(1066, 640)},
        {"1366x768 at 1.5x", QSize(910, 490)},
    }));
    INFO(name);
    QTemporaryDir dir;
    auto w = firstStart(dir.filePath(QStringLiteral("lib/summitline.sqlite")), size);
    auto *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
    REQUIRE(view);
    if (size.width() >= w->minimumSizeHint().width())
        CHECK(w->width() == size.width()); // the window really is that small
    const auto &events = w->session().events();
    const TimelineLayout &layout = view->eventLayer()->currentLayout();
    // The first view frames 2007-2008, with the 2001 meeting and the 2009 milestones at the edges.
    CHECK(view->visibleStart() > axisValue(QDate(2006, 6, 1)));
    CHECK(view->visibleEnd() < axisValue(QDate(2009, 1, 20)));
    CHECK(view->eventLayer()->outside().before >= 1);
    CHECK(view->eventLayer()->outside().after >= 1);
    for (const char *title : {"Kennebunkport summit (the 'lobster summit')", "Bush–Putin meeting in Sydney, eve of APEC",
                              "Sochi summit", "Second '2+2' talks, Moscow"}) {
        const QString t = QString::fromUtf8(title);
        INFO(title);
        const PlacedItem *item = itemNaming(layout, events, t);
        REQUIRE(item);
        CHECK_FALSE(item->label.isEmpty());
        CHECK_FALSE(item->elided);
        CHECK(item->text.startsWith(t));
    }
    // No label sits on another item's label or mark, and each stays inside the plot.
    const QRectF plot = view->chart()->plotArea();
    for (int i = 0; i < layout.items.size(); ++i) {
        const PlacedItem &a = layout.items.at(i);
        INFO(a.text.toStdString());
        if (!a.label.isEmpty())
            CHECK(plot.adjusted(-0.5, -0.5, 0.5, 0.5).contains(a.label));
        for (int j = 0; j < layout.items.size(); ++j) {
            const PlacedItem &b = layout.items.at(j);
            if (j == i || a.label.isEmpty())
                continue;
            INFO(b.text.toStdString());
            CHECK_FALSE(a.label.intersects(b.label));
            CHECK_FALSE(a.label.intersects(b.mark));
        }
    }
}

TEST_CASE("The summits stay labelled on the plot a 1366x768 screen at 1.5x leaves", "[ui]")
{
    // The window cannot shrink below its minimum size (about 1040x570), but a maximised window
    // on a 1366x768 screen at QT_SCALE_FACTOR=1.5 (910x512 logical) is squeezed to a plot of
    // about 396x137 logical pixels (measured under Xvfb). The layout for that plot, with the
    // first view's range and the real fonts:
    QTemporaryDir dir;
    auto w = firstStart(dir.filePath(QStringLiteral("lib/summitline.sqlite")), QSize(1040, 568));
    auto *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
    REQUIRE(view);
    const auto &events = w->session().events();
    const QSizeF plot = GENERATE(QSizeF(396, 137), QSizeF(430, 150));
    const TimelineLayout layout = view->eventLayer()->layoutFor(QRectF(QPointF(0, 0), plot));
    INFO(plot.width() << "x" << plot.height());
    for (const char *title : {"Kennebunkport summit", "Bush–Putin meeting in Sydney", "Sochi summit",
                              "Second '2+2' talks"}) {
        INFO(title);
        const PlacedItem *named = nullptr;
        for (const PlacedItem &item : layout.items)
            if (events.at(item.events.first()).title.startsWith(QString::fromUtf8(title)))
                named = &item;
        REQUIRE(named);
        CHECK_FALSE(named->label.isEmpty());
        CHECK_FALSE(named->elided);
        CHECK(named->text.startsWith(QString::fromUtf8(title)));
    }
    for (int i = 0; i < layout.items.size(); ++i)
        for (int j = 0; j < layout.items.size(); ++j)
            if (i != j && !layout.items.at(i).label.isEmpty()) {
                CHECK_FALSE(layout.items.at(i).label.intersects(layout.items.at(j).label));
                CHECK_FALSE(layout.items.at(i).label.intersects(layout.items.at(j).mark));
            }
}

TEST_CASE("A cluster counts distinct articles and sources, republished copies once", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copies.db"));
    {
        Database db(path);
        test::FixtureBuilder b(db);
        const auto add = [&b](const char *slug, const char *title, const char *kind, QDate day) {
            return b.addEvent(QString::fromUtf8(slug), QString::fromUtf8(title), QString::fromUtf8(kind), day, day,
                              QStringLiteral("day"), QStringLiteral("Sochi, Russia"), QStringLiteral("joint"), {});
        };
        const qint64 summit = add("sochi", "Sochi summit", "summit", QDate(2008, 4, 6));
        const qint64 dinner = add("dinner", "Dinner at Bocharov Ruchei", "meeting", QDate(2008, 4, 5));
        const qint64 press = add("press", "Joint press conference", "announcement", QDate(2008, 4, 6));
        const QString text = QStringLiteral(
            "Bush and Putin met at Sochi on Sunday for their last talks as presidents. The leaders spoke of "
            "progress on missile defence but no agreement. A framework declaration listed the fields where "
            "the two countries would keep working together after the handover in Moscow next month. Aides "
            "said the dinner on Saturday had been warm and the talks on Sunday frank.");
        const qint64 original = b.addArticle(QStringLiteral("Leaders meet at Sochi"), QStringLiteral("Associated Press"),
                                             QDate(2008, 4, 6), QStringLiteral("http://example.org/a"), text);
        // A republished copy: the same story again under another address. It is the same source.
        const qint64 copy = b.addArticle(QStringLiteral("Leaders meet at Sochi"), QStringLiteral("Associated Press"),
                                         QDate(2008, 4, 7), QStringLiteral("http://example.org/copy"),
                                         text + QStringLiteral(" Reprinted."));
        const qint64 other = b.addArticle(QStringLiteral("Talks end on the Black Sea"), QStringLiteral("RIA Novosti"),
                                          QDate(2008, 4, 6), QStringLiteral("http://example.org/b"),
                                          QStringLiteral("The Sochi talks ended on Sunday. A dinner came first."));
        for (auto [event, article] : {std::pair{summit, original}, {summit, copy}, {press, original}, {dinner, other}}) {
            b.link(event, article, article == other ? QStringLiteral("Sochi talks") : QStringLiteral("met at Sochi"));
            b.report(event, article);
        }
    }
    auto w = test::openWindow(path);
    const auto &events = w->session().events();
    REQUIRE(events.size() == 3);

    // One narrow row: the three cannot all be labelled, so they share one cluster.
    LayoutInput in;
    in.events = &events;
    for (int i = 0; i < events.size(); ++i)
        in.shown << i;
    in.laneOf = QVector<int>(events.size(), 0);
    in.t0 = axisValue(QDate(2008, 1, 1));
    in.t1 = axisValue(QDate(2008, 12, 31));
    in.plot = QRectF(0, 0, 420, 40);
    in.textWidth = [](const QString &s) { return 7.0 * s.size(); };
    in.rowHeight = in.minRowHeight = 20;
    in.laneHeader = 18;
    const TimelineLayout layout = layoutTimeline(in);
    REQUIRE(layout.items.size() == 1);
    const PlacedItem &cluster = layout.items.first();
    INFO(cluster.text.toStdString());
    CHECK(cluster.events.size() == 3);
    // Drawn in the room the summit's own label had, so in its short form; the full label
    // (for the pointer and wider views) counts distinct articles and sources.
    CHECK(cluster.text.startsWith(QStringLiteral("Sochi summit + 2 more")));
    CHECK_FALSE(cluster.elided);
    const QString full = clusterLabel(events, cluster.events);
    INFO(full.toStdString());
    CHECK(full.startsWith(QStringLiteral("Sochi summit + 2 more · 5–6 Apr 2008")));
    CHECK(full.contains(QStringLiteral("3 articles, 2 sources")));
}

TEST_CASE("Clicking a cluster zooms until its members separate", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crowd.db"));
    {
        Database db(path);
        test::FixtureBuilder b(db);
        // Enough events on four days that no window the panels allow can label them all.
        for (int i = 0; i < 32; ++i)
            b.addEvent(QStringLiteral("e%1").arg(i), QStringLiteral("Consultations on missile defence, round %1").arg(i + 1),
                       QStringLiteral("ministerial"), QDate(2008, 3, 1).addDays(i / 8), QDate(2008, 3, 1).addDays(i / 8),
                       QStringLiteral("day"), QStringLiteral("Moscow, Russia"), QStringLiteral("joint"), {});
        b.addEvent(QStringLiteral("far"), QStringLiteral("Far event"), QStringLiteral("summit"), QDate(2009, 6, 1),
                   QDate(2009, 6, 1), QStringLiteral("day"), QString(), QStringLiteral("joint"), {});
    }
    auto w = test::openWindow(path);
    w->resize(910, 490);
    QCoreApplication::processEvents();
    auto *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
    REQUIRE(view);
    view->fitAll();
    const TimelineLayout &layout = view->eventLayer()->currentLayout();
    const PlacedItem *cluster = nullptr;
    for (const PlacedItem &item : layout.items)
        if (item.isCluster() && (!cluster || item.events.size() > cluster->events.size()))
            cluster = &item;
    REQUIRE(cluster);
    const int before = int(cluster->events.size());
    const QVector<int> members = cluster->events;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(cluster->mark.center()));
    int largest = 0;
    for (const PlacedItem &item : view->eventLayer()->currentLayout().items)
        for (int i : item.events)
            if (members.contains(i))
                largest = std::max(largest, int(item.events.size()));
    CHECK(largest > 0);
    CHECK(largest < before);
}
