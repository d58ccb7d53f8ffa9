// Opening a library paints first and fills the heavy parts later: the Quotes table reads its rows
// on a worker thread (the same rows the library gives, in date order, selection applied), and
// the Articles list is read only when its tab comes to the front.
#include "fixture.h"
#include "ui_helpers.h"

#include "library/library.h"
#include "models/article_table_model.h"
#include "models/record_roles.h"
#include "panels/articles_panel.h"
#include "panels/record_tables.h"
#include "state/selection.h"
#include "state/session.h"

#include <QDockWidget>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

namespace {

QVector<qint64> quoteIdsShown(QTableView *table)
{
    QVector<qint64> out;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        out << table->model()->index(r, 0).data(IdRole).toLongLong();
    return out;
}

bool waitForQuotes(MainWindow &w)
{
    return QTest::qWaitFor([&] { return !w.tables()->quotesLoading(); }, 10000);
}

} // namespace

TEST_CASE("The window shows before the quotes load, and the table then holds every quote", "[ui][quotes]")
{
    test::SampleLibrary sample;
    // No event loop runs between construction and show, so the worker's answer cannot have
    // landed: the window is up with an empty, "loading" Quotes tab.
    auto w = std::make_unique<MainWindow>(sample.path, MainWindow::Options{false, false});
    w->resize(1400, 900);
    w->show();
    QTableView *quotes = w->tables()->quotesTable();
    REQUIRE(w->isVisible());
    CHECK(w->tables()->quotesLoading());
    CHECK(quotes->model()->rowCount() == 0);
    CHECK(w->tables()->tabText(0).contains(QStringLiteral("loading")));
    // The timeline's events are there already.
    CHECK(w->session().events().size() == 4);

    // An event chosen while the quotes are still on their way is selected in the table when
    // they land.
    w->selection().selectEvent(sample.sochi);
    REQUIRE(waitForQuotes(*w));
    CHECK(w->tables()->tabText(0) == QStringLiteral("&Quotes"));

    // The same rows as a direct read, shown in date order.
    QVector<qint64> expected;
    for (const library::QuoteRecord &q : w->session().library().quotes({}, false))
        expected << q.id;
    REQUIRE(expected.size() == 3);
    QVector<qint64> shown = quoteIdsShown(quotes);
    CHECK(shown.size() == expected.size());
    QVector<qint64> shownSorted = shown, expectedSorted = expected;
    std::sort(shownSorted.begin(), shownSorted.end());
    std::sort(expectedSorted.begin(), expectedSorted.end());
    CHECK(shownSorted == expectedSorted);
    CHECK_FALSE(shown.contains(sample.fragmentQuote));
    for (int r = 1; r < quotes->model()->rowCount(); ++r)
        CHECK(quotes->model()->index(r - 1, 0).data(SortRole).toDate()
              <= quotes->model()->index(r, 0).data(SortRole).toDate());
    const QModelIndexList selected = quotes->selectionModel()->selectedRows();
    REQUIRE_FALSE(selected.isEmpty());
    for (const QModelIndex &i : selected)
        CHECK(i.data(EventIdRole).toLongLong() == sample.sochi);
}

TEST_CASE("An edit reloads the quotes off the UI thread and the table catches up", "[ui][quotes]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    REQUIRE(waitForQuotes(*w));
    QTableView *quotes = w->tables()->quotesTable();
    const int rows = quotes->model()->rowCount();
    REQUIRE(rows == 3);
    // Two edits in a row (each re-reads the article, so its quotes change): the table keeps
    // its rows until the answer to the last one lands, and then shows what the library has.
    const auto meta = *w->session().library().metadata(sample.apArticle);
    w->applyMetadata(sample.apArticle, meta.title, meta.outlet, QDate(2008, 4, 7));
    w->applyMetadata(sample.apArticle, meta.title, meta.outlet, QDate(2008, 4, 8));
    CHECK(w->tables()->quotesLoading());
    CHECK(quotes->model()->rowCount() == rows);
    REQUIRE(waitForQuotes(*w));
    QVector<qint64> expected;
    for (const library::QuoteRecord &q : w->session().library().quotes({}, false))
        expected << q.id;
    QVector<qint64> shown = quoteIdsShown(quotes);
    std::sort(expected.begin(), expected.end());
    std::sort(shown.begin(), shown.end());
    CHECK(shown == expected);
    CHECK(shown.size() != rows); // the edit did change the quotes, so this is the new read
}

TEST_CASE("The Articles list is read when its tab comes to the front, not behind the Quotes tab", "[ui][quotes]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    QTableView *articles = w->articlesPanel()->table();
    // Opening leaves the Quotes and Events tab in front of Articles: nothing read yet.
    auto *tables = w->findChild<QDockWidget *>(QStringLiteral("tablesDock"));
    auto *dock = w->findChild<QDockWidget *>(QStringLiteral("articlesDock"));
    REQUIRE(w->tabifiedDockWidgets(tables).contains(dock));
    CHECK(articles->model()->rowCount() == 0);
    // An edit while it is behind does not read it either.
    const auto meta = *w->session().library().metadata(sample.apArticle);
    w->applyMetadata(sample.apArticle, QStringLiteral("Edited title"), meta.outlet, meta.published);
    CHECK(articles->model()->rowCount() == 0);

    auto showsEditedTitle = [articles] {
        for (int r = 0; r < articles->model()->rowCount(); ++r)
            if (articles->model()->index(r, ArticleTableModel::Title).data().toString() == QStringLiteral("Edited title"))
                return true;
        return false;
    };
    dock->raise();
    QCoreApplication::processEvents();
    REQUIRE(articles->model()->rowCount() == 4);
    CHECK(showsEditedTitle());

    // Back behind the Quotes tab, an undo leaves the list as it is until it comes to the front.
    tables->raise();
    QCoreApplication::processEvents();
    w->undoStack()->undo();
    CHECK(showsEditedTitle());
    dock->raise();
    QCoreApplication::processEvents();
    CHECK(articles->model()->rowCount() == 4);
    CHECK_FALSE(showsEditedTitle());
}
