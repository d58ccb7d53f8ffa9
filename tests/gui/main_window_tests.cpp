// The real MainWindow, driven like a user: timeline, event panel, reader, search, filters.
#include "fixture.h"
#include "ui_helpers.h"

#include "library/library.h"
#include "panels/article_reader.h"
#include "panels/event_panel.h"
#include "panels/record_tables.h"
#include "panels/search_panel.h"
#include "state/selection.h"
#include "state/session.h"
#include "timeline/event_layer.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_view.h"

#include <QCategoryAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

namespace {

TimelineView *timelineOf(MainWindow &w)
{
    auto *view = w.findChild<TimelineView *>(QStringLiteral("timelineView"));
    REQUIRE(view);
    return view;
}

/// Shows April 2008 and clicks the Sochi event's mark.
void clickSochi(MainWindow &w, qint64 sochi)
{
    TimelineView *view = timelineOf(w);
    view->setVisibleRange(axisValue(QDate(2008, 3, 25)), axisValue(QDate(2008, 4, 20)));
    const auto pos = view->eventPosition(sochi);
    REQUIRE(pos);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(*pos));
}

QStringList column(QTreeWidget *tree, int c)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(c);
    return out;
}

} // namespace

TEST_CASE("Clicking the Sochi event shows its quotes in the event panel", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    clickSochi(*w, sample.sochi);
    CHECK(w->selection().eventId() == sample.sochi);
    auto *quotes = w->findChild<QTreeWidget *>(QStringLiteral("eventQuotes"));
    REQUIRE(quotes);
    QStringList speakers;
    for (int i = 0; i < quotes->topLevelItemCount(); ++i)
        speakers << quotes->topLevelItem(i)->data(0, Qt::UserRole + 41).toString();
    CHECK(speakers == QStringList{QStringLiteral("Putin"), QStringLiteral("Bush")});
    CHECK(column(quotes, 0).first() ==
          QStringLiteral("Putin: “certain progress is obvious” — Associated Press · 6 Apr 2008"));
    CHECK(column(quotes, 1).first() == QStringLiteral("2")); // AP and RIA both carry the words
    auto *header = w->findChild<QLabel *>(QStringLiteral("eventHeader"));
    CHECK(header->text().contains(QStringLiteral("Reported by <b>2</b> independent sources")));
    CHECK_FALSE(header->text().contains(QStringLiteral("single source")));

    // Fragments only on request.
    w->findChild<QCheckBox *>(QStringLiteral("showFragments"))->setChecked(true);
    CHECK(quotes->topLevelItemCount() == 3);
    auto *notes = w->findChild<QTreeWidget *>(QStringLiteral("eventNotes"));
    REQUIRE(notes->topLevelItemCount() == 1);
    CHECK(notes->topLevelItem(0)->text(1).contains(QStringLiteral("Toyako")));
    // The tables follow the shared selection.
    auto *events = w->findChild<QTableView *>(QStringLiteral("eventsTable"));
    REQUIRE(events->selectionModel()->selectedRows().size() == 1);
    CHECK(events->selectionModel()->selectedRows().first().data(Qt::UserRole + 1).toLongLong() == sample.sochi);
    CHECK(timelineOf(*w)->eventLayer()->currentLayout().items.size() >= 1);
}

TEST_CASE("Clicking a quote opens the reader with exactly its span highlighted", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    clickSochi(*w, sample.sochi);
    auto *quotes = w->findChild<QTreeWidget *>(QStringLiteral("eventQuotes"));
    REQUIRE(quotes->topLevelItemCount() >= 1);
    test::clickItem(quotes, quotes->topLevelItem(0), 0);

    Database db(sample.path);
    const auto all = library::Library(db).quotes({}, true);
    const auto q = std::find_if(all.begin(), all.end(), [&](const auto &r) { return r.id == sample.sochiQuote; });
    REQUIRE(q != all.end());
    ArticleReader *reader = w->reader();
    CHECK(reader->articleId() == sample.apArticle);
    CHECK(reader->highlightedSpan() == qMakePair(q->start, q->end));
    auto *text = w->findChild<QTextBrowser *>(QStringLiteral("articleText"));
    REQUIRE(text->extraSelections().size() == 1);
    CHECK(text->extraSelections().first().cursor.selectedText() == QStringLiteral("certain progress is obvious"));
    CHECK(w->findChild<QLabel *>(QStringLiteral("articleHeader"))->text().contains(QStringLiteral("http://example.org/ap-sochi")));

    // The original text shows the same words, found through the offset map.
    w->findChild<QCheckBox *>(QStringLiteral("showRaw"))->setChecked(true);
    CHECK(text->toPlainText().startsWith(QStringLiteral("SOURCE FILE HEADER")));
    CHECK(text->extraSelections().first().cursor.selectedText() == QStringLiteral("certain progress is obvious"));
    CHECK(reader->displayedSpan().first == q->start + test::FixtureBuilder::rawHeader().size());
    CHECK(reader->citationText().endsWith(QStringLiteral(": “certain progress is obvious”")));

    // History: open an excerpt, go back with Alt+Left, forward with Alt+Right.
    reader->openPassage(sample.riaArticle, 0, 10);
    CHECK(reader->articleId() == sample.riaArticle);
    QTest::keyClick(w.get(), Qt::Key_Left, Qt::AltModifier);
    CHECK(reader->articleId() == sample.apArticle);
    QTest::keyClick(w.get(), Qt::Key_Right, Qt::AltModifier);
    CHECK(reader->articleId() == sample.riaArticle);
}

TEST_CASE("Wheel and keys zoom the timeline within its limits", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    TimelineView *view = timelineOf(*w);
    view->fitAll();
    const double fullSpan = view->visibleEnd() - view->visibleStart();
    CHECK(view->timeAxis()->categoriesLabels().contains(QStringLiteral("2008")));

    // Wheel up over the middle zooms in around the cursor.
    const QPoint at = view->viewport()->rect().center();
    const double anchor = view->visibleStart()
                          + (view->mapToScene(at).x() - view->chart()->plotArea().left())
                                / view->chart()->plotArea().width() * fullSpan;
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, {},
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    const double zoomed = view->visibleEnd() - view->visibleStart();
    CHECK(zoomed == Approx(fullSpan * 0.8));
    const double anchorAfter = view->visibleStart()
                               + (view->mapToScene(at).x() - view->chart()->plotArea().left())
                                     / view->chart()->plotArea().width() * zoomed;
    CHECK(anchorAfter == Approx(anchor).epsilon(1e-6));

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus);
    CHECK(view->visibleEnd() - view->visibleStart() == Approx(zoomed * 0.8));
    QTest::keyClick(view, Qt::Key_Minus);
    CHECK(view->visibleEnd() - view->visibleStart() == Approx(zoomed));
    const double before = view->visibleStart();
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    CHECK(view->visibleStart() == Approx(before + zoomed * 0.1));
    QTest::keyClick(view, Qt::Key_Home);
    CHECK(view->visibleEnd() - view->visibleStart() == Approx(fullSpan));

    for (int i = 0; i < 80; ++i)
        QTest::keyClick(view, Qt::Key_Plus);
    CHECK(view->visibleEnd() - view->visibleStart() == Approx(view->minimumSpan()));
    const QStringList hours = view->timeAxis()->categoriesLabels();
    REQUIRE_FALSE(hours.isEmpty());
    CHECK(hours.first().contains(QLatin1Char(':'))); // hour labels at the deepest zoom
    for (int i = 0; i < 80; ++i)
        QTest::keyClick(view, Qt::Key_Minus);
    CHECK(view->visibleEnd() - view->visibleStart() == Approx(view->maximumSpan()));

    // Left/Right step through the events in time order; Enter opens one and the panel follows
    // (timeline_steering_tests.cpp tests the steering in detail).
    QTest::keyClick(view, Qt::Key_Home);
    w->selection().selectEvent(sample.kennebunkport);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(w->selection().eventId() == sample.kennebunkport);
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(w->selection().eventId() == sample.sochi);
    CHECK(w->eventPanel()->eventId() == sample.sochi);

    // Days when a few weeks are visible.
    view->setVisibleRange(axisValue(QDate(2008, 4, 1)), axisValue(QDate(2008, 4, 12)));
    CHECK(view->timeAxis()->categoriesLabels().contains(QStringLiteral("5 Apr")));
}

TEST_CASE("Search lists matching sentences and highlights their events", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    SearchPanel *search = w->searchPanel();
    auto *field = w->findChild<QLineEdit *>(QStringLiteral("searchField"));
    const int answers = search->answersShown();
    QTest::keyClicks(field, QStringLiteral("progress obv"));
    REQUIRE(QTest::qWaitFor([&] { return search->answersShown() > answers; }, 5000));
    // Debounced: typing twelve characters produced one answer, for the full text.
    CHECK(search->answersShown() == answers + 1);
    auto *results = w->findChild<QListWidget *>(QStringLiteral("searchResults"));
    REQUIRE(results->count() == 2);
    CHECK(results->item(0)->text().contains(QStringLiteral("certain progress is obvious")));
    CHECK(w->session().highlightedEvents() == QSet<qint64>{sample.sochi});

    // Activating a hit opens its sentence.
    results->setCurrentRow(0);
    QTest::keyClick(results, Qt::Key_Return);
    CHECK(w->reader()->articleId() != 0);

    field->clear();
    QTest::qWait(400);
    CHECK(w->session().highlightedEvents().isEmpty());
}

TEST_CASE("Filters narrow the timeline and both tables together and clear in one click", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    auto *speaker = w->findChild<QComboBox *>(QStringLiteral("filterSpeaker"));
    auto *quotes = w->findChild<QTableView *>(QStringLiteral("quotesTable"));
    auto *events = w->findChild<QTableView *>(QStringLiteral("eventsTable"));
    REQUIRE(QTest::qWaitFor([&] { return !w->tables()->quotesLoading(); })); // read off the UI thread
    CHECK(quotes->model()->rowCount() == 3);
    CHECK(events->model()->rowCount() == 4);
    speaker->setCurrentIndex(speaker->findData(QStringLiteral("Lavrov")));
    CHECK(quotes->model()->rowCount() == 1);
    CHECK(events->model()->rowCount() == 1);
    REQUIRE(w->session().shownEvents().size() == 1);
    CHECK(w->session().events().at(w->session().shownEvents().first()).id == sample.moscow);
    CHECK(w->findChild<QLabel *>(QStringLiteral("filterSummary"))->text().contains(QStringLiteral("Lavrov")));

    auto *clear = w->findChild<QToolButton *>(QStringLiteral("filterClear"));
    REQUIRE(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(quotes->model()->rowCount() == 3);
    CHECK(events->model()->rowCount() == 4);
    CHECK(speaker->currentIndex() == 0);

    // Selecting a row in the events table selects the event everywhere.
    events->setFocus();
    events->setCurrentIndex(events->model()->index(0, 1));
    CHECK(w->selection().eventId() == sample.kennebunkport);
    CHECK(w->eventPanel()->eventId() == sample.kennebunkport);
}

TEST_CASE("Editing article metadata is undoable and kept in the database", "[ui]")
{
    test::SampleLibrary sample;
    {
        auto w = test::openWindow(sample.path);
        w->applyMetadata(sample.apArticle, QStringLiteral("Edited title"), QStringLiteral("AP"), QDate(2008, 4, 7));
        auto meta = [&] { return *w->session().library().metadata(sample.apArticle); };
        CHECK(meta().title == QStringLiteral("Edited title"));
        CHECK(w->session().library().outlets().contains(QStringLiteral("AP")));
        REQUIRE(w->undoStack()->canUndo());
        w->undoStack()->undo();
        CHECK(meta().title == QStringLiteral("Bush, Putin remain divided on missile defense"));
        CHECK(meta().outlet == QStringLiteral("Associated Press"));
        CHECK(meta().published == QDate(2008, 4, 6));
        w->undoStack()->redo();
        CHECK(meta().published == QDate(2008, 4, 7));
    }
    // A new window (a restart) sees the edit.
    auto again = test::openWindow(sample.path);
    CHECK(again->session().library().metadata(sample.apArticle)->title == QStringLiteral("Edited title"));
}
