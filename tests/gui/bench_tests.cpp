// Timeline cost at 10,000 generated articles (hidden: run with `test_gui "[.bench]"`). Prints
// p50/p95 for paint, wheel and drag steps, the time to first paint and until the quotes table is
// filled; never asserts on time.
// SUMMITLINE_BENCH_LIBRARY=<file> reuses a library imported earlier (else one is generated and
// imported, which takes about ten seconds and is not part of any figure).
#include "ui_helpers.h"

#include "ingest/bundled_corpus.h"
#include "ingest/importer.h"
#include "panels/record_tables.h"
#include "state/session.h"
#include "store/database.h"
#include "timeline/event_layer.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_view.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <catch2/catch.hpp>
#include <algorithm>
#include <ctime>
#include <iostream>

using namespace summit;
using namespace summit::gui;

namespace {

QString generatedLibrary(const QTemporaryDir &tmp)
{
    const QString env = qEnvironmentVariable("SUMMITLINE_BENCH_LIBRARY");
    if (!env.isEmpty() && QFileInfo::exists(env))
        return env;
    const QString corpus = tmp.filePath(QStringLiteral("corpus"));
    QProcess gen;
    gen.start(QStringLiteral(SUMMITLINE_GEN_CORPUS), {QStringLiteral("--articles"), QStringLiteral("10000"),
                                                     QStringLiteral("--seed"), QStringLiteral("7"),
                                                     QStringLiteral("--out"), corpus});
    REQUIRE(gen.waitForFinished(600000));
    REQUIRE(gen.exitCode() == 0);
    const QString path = env.isEmpty() ? tmp.filePath(QStringLiteral("bench.sqlite")) : env;
    Database db(path);
    syncEventCatalog(db);
    Importer(db).importPaths({corpus}, ImportOptions{});
    return path;
}

/// CPU time of the UI thread, in ms: on a machine shared with other work, wall-clock times
/// measure the neighbours as much as the code.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/// Starts with the wall clock and the thread's CPU clock; add() records both.
struct Stopwatch
{
    QElapsedTimer wall;
    double cpu0 = 0;
    void start()
    {
        wall.start();
        cpu0 = threadCpuMs();
    }
};

struct Samples
{
    QVector<double> ms;  ///< UI-thread CPU
    QVector<double> wall;
    void add(const Stopwatch &t)
    {
        ms << threadCpuMs() - t.cpu0;
        wall << double(t.wall.nsecsElapsed()) / 1e6;
    }
    double at(double q) const
    {
        QVector<double> s = ms;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(std::min(int(s.size()) - 1, int(q * s.size())));
    }
    void print(const char *what) const
    {
        QVector<double> w = wall;
        std::sort(w.begin(), w.end());
        std::cout << what << ": UI-thread CPU p50 " << at(0.5) << " ms, p95 " << at(0.95) << " ms; wall p50 "
                  << w.value(int(0.5 * w.size())) << " ms, p95 " << w.value(int(0.95 * w.size())) << " ms ("
                  << ms.size() << " runs)\n";
    }
};

} // namespace

TEST_CASE("Timeline paint, wheel and drag with 10,000 generated articles", "[.bench]")
{
    QTemporaryDir tmp;
    const QString path = generatedLibrary(tmp);

    QElapsedTimer open;
    open.start();
    const double openCpu = threadCpuMs();
    auto w = std::make_unique<MainWindow>(path, MainWindow::Options{false, false});
    w->resize(1600, 1000);
    w->show();
    (void)QTest::qWaitForWindowExposed(w.get());
    TimelineView *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
    REQUIRE(view);
    view->viewport()->repaint();
    std::cout << "open a library of " << w->session().events().size() << " events to first paint: "
              << open.elapsed() << " ms wall, " << threadCpuMs() - openCpu << " ms UI-thread CPU\n";
    // The quotes table fills from a worker after the first paint (models/quote_loader.h).
    REQUIRE(QTest::qWaitFor([&] { return !w->tables()->quotesLoading(); }, 60000));
    std::cout << "quotes table filled (" << w->tables()->quotesTable()->model()->rowCount() << " rows) after "
              << open.elapsed() << " ms wall, " << threadCpuMs() - openCpu << " ms UI-thread CPU\n";
    QCoreApplication::processEvents();

    {
        // The timeline's own share of opening: lanes, importance, and the first layout.
        Stopwatch t;
        t.start();
        view->setShown(w->session().shownEvents());
        Samples once;
        once.add(t);
        std::cout << "timeline content + first layout: " << once.ms.first() << " ms UI-thread CPU\n";
    }
    QWidget *port = view->viewport();
    auto describe = [&](const char *what) {
        const auto &layout = view->eventLayer()->currentLayout();
        std::cout << what << ": " << layout.items.size() << " items, " << layout.density.size()
                  << " density lanes for " << layout.visibleEvents << " visible events\n";
    };
    Samples paint, wheel, drag;
    for (auto range : {std::pair{QDate(2001, 1, 1), QDate(2010, 1, 1)}, {QDate(2007, 1, 1), QDate(2009, 1, 1)},
                       {QDate(2008, 3, 1), QDate(2008, 5, 1)}}) {
        view->setVisibleRange(axisValue(range.first), axisValue(range.second));
        describe(qPrintable(range.first.toString(Qt::ISODate) + QStringLiteral("..") + range.second.toString(Qt::ISODate)));
        for (int i = 0; i < 20; ++i) {
            Stopwatch t;
            t.start();
            port->repaint();
            paint.add(t);
        }
    }
    // A wheel step is the event and the repaint it causes: all of it on the UI thread.
    view->fitAll();
    const int layoutsBeforeWheel = view->eventLayer()->layoutCount();
    const QPointF at(port->width() / 2.0, port->height() / 2.0);
    for (int i = 0; i < 40; ++i) {
        const int delta = i < 20 ? 120 : -120;
        QWheelEvent e(at, port->mapToGlobal(at), {}, {0, delta}, Qt::NoButton, {}, Qt::NoScrollPhase, false);
        Stopwatch t;
        t.start();
        QApplication::sendEvent(port, &e);
        port->repaint();
        wheel.add(t);
    }
    const int wheelLayouts = view->eventLayer()->layoutCount() - layoutsBeforeWheel;
    view->setVisibleRange(axisValue(QDate(2007, 1, 1)), axisValue(QDate(2009, 1, 1)));
    const int layoutsBeforeDrag = view->eventLayer()->layoutCount();
    const int y = port->height() / 2;
    QTest::mousePress(port, Qt::LeftButton, {}, QPoint(port->width() / 2, y));
    for (int i = 1; i <= 60; ++i) {
        Stopwatch t;
        t.start();
        QTest::mouseMove(port, QPoint(port->width() / 2 + (i % 30 < 15 ? i % 15 : 15 - i % 15) * 8, y));
        port->repaint();
        drag.add(t);
    }
    QTest::mouseRelease(port, Qt::LeftButton, {}, QPoint(port->width() / 2, y));
    paint.print("paint");
    wheel.print("wheel step (event + repaint)");
    drag.print("drag step (event + repaint)");
    // Pans inside the cached window lay out nothing (EventLayer's per-zoom cache).
    std::cout << "layouts: " << wheelLayouts << " in 40 wheel steps, "
              << view->eventLayer()->layoutCount() - layoutsBeforeDrag << " in 60 drag steps (slowest drag step: "
              << *std::max_element(drag.ms.begin(), drag.ms.end()) << " ms UI-thread CPU)\n";
    CHECK(view->eventLayer()->currentLayout().visibleEvents > 0);
}
