// First start and re-anchoring, on the real pipeline: the bundled corpus, the catalog, extraction.
#include "ui_helpers.h"

#include <QUndoStack>

#include "ingest/bundled_corpus.h"
#include "panels/event_panel.h"
#include "state/session.h"
#include "store/database.h"
#include "store/statement.h"
#include "timeline/event_layer.h"
#include "timeline/timeline_view.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <iostream>

using namespace summit;
using namespace summit::gui;

TEST_CASE("First start loads the bundled corpus in the background and labels every event", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh/summitline.sqlite"));
    QElapsedTimer clock;
    clock.start();
    MainWindow w(path, MainWindow::Options{true, false});
    w.resize(1560, 940); // the size of the user guide's screenshots
    w.show();
    (void)QTest::qWaitForWindowExposed(&w);
    const qint64 firstPaint = clock.elapsed();
    std::cout << "first paint after " << firstPaint << " ms\n";
    CHECK(w.isLoading()); // the import runs off the UI thread
    REQUIRE(QTest::qWaitFor([&] { return !w.isLoading(); }, 120000));
    CHECK(w.session().library().counts().articles == 5);

    QStringList titles;
    for (const auto &e : w.session().events())
        titles << e.title;
    CHECK(titles.contains(QStringLiteral("Sochi summit")));
    CHECK(titles.contains(QStringLiteral("Kennebunkport summit (the 'lobster summit')")));
    // The first view frames the story (timeline_story_tests); Home shows the whole record,
    // and each event sits in a drawn item.
    auto *view = w.findChild<TimelineView *>(QStringLiteral("timelineView"));
    view->fitAll();
    const auto &layout = view->eventLayer()->currentLayout();
    CHECK(layout.visibleEvents == int(w.session().events().size()));
    int placed = 0;
    for (const auto &item : layout.items)
        placed += int(item.events.size());
    CHECK(placed == layout.visibleEvents);

    // Every label is whole, inside the plot, and clear of every other label and mark: with
    // this much room nothing needs shortening or folding into a cluster.
    const QRectF plot = view->chart()->plotArea();
    for (int i = 0; i < layout.items.size(); ++i) {
        const PlacedItem &a = layout.items.at(i);
        INFO(a.text.toStdString());
        CHECK_FALSE(a.elided);
        CHECK_FALSE(a.isCluster());
        CHECK(plot.adjusted(-0.5, -0.5, 0.5, 0.5).contains(a.label));
        for (int j = 0; j < layout.items.size(); ++j) {
            if (j == i)
                continue;
            const PlacedItem &b = layout.items.at(j);
            INFO(b.text.toStdString());
            CHECK_FALSE(a.label.intersects(b.label));
            CHECK_FALSE(a.label.intersects(b.mark));
        }
    }
    // "Fit all" leaves air at both ends: no mark touches the frame.
    for (const auto &item : layout.items) {
        CHECK(item.mark.left() > plot.left() + 8);
        CHECK(item.mark.right() < plot.right() - 8);
    }
}

TEST_CASE("Editing an article's date re-anchors its relative dates, and undo restores them", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    qint64 article = 0;
    {
        Database db(path);
        initialiseDatabase(db);
        Statement st(db, "SELECT id FROM articles WHERE source LIKE '001%'");
        REQUIRE(st.step());
        article = st.int64(0);
    }
    auto sundays = [&] {
        Database db(path);
        Statement st(db, "SELECT DISTINCT value FROM timexes WHERE article_id = ? AND text = 'Sunday'");
        st.bind(1, article);
        QStringList out;
        while (st.step())
            out << st.text(0);
        return out;
    };
    REQUIRE(sundays() == QStringList{QStringLiteral("2008-04-06")});
    auto w = test::openWindow(path);
    const auto before = *w->session().library().metadata(article);
    w->applyMetadata(article, before.title, before.outlet, QDate(2008, 4, 13));
    CHECK(sundays() == QStringList{QStringLiteral("2008-04-13")});
    w->undoStack()->undo();
    CHECK(sundays() == QStringList{QStringLiteral("2008-04-06")});
    CHECK(w->session().library().metadata(article)->published == QDate(2008, 4, 6));
}
