// The user's own layer in the window: stars, notes, tags, speaker review and user events go
// through the undo stack, reach the panels through the session, and survive a restart.
#include "fixture.h"
#include "ui_helpers.h"

#include "edit/event_dialog.h"
#include "edit/speaker_review_dialog.h"
#include "edit/user_edit_commands.h"
#include "edit/user_edit_controller.h"
#include "library/library.h"
#include "models/quote_table_model.h"
#include "models/record_roles.h"
#include "panels/article_reader.h"
#include "panels/event_panel.h"
#include "panels/html_delegate.h"
#include "panels/record_tables.h"
#include "panels/search_panel.h"
#include "state/selection.h"
#include "state/session.h"
#include "store/database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::library;

namespace {

QString headerText(gui::MainWindow &w)
{
    return w.findChild<QLabel *>(QStringLiteral("eventHeader"))->text();
}


/// The quotes-table cell of a quote in a column, as the view shows it.
/// The quotes table reads its rows off the UI thread (QuoteLoader): wait for the read an edit or
/// a filter change started.
bool quotesLoaded(gui::MainWindow &w)
{
    return QTest::qWaitFor([&w] { return !w.tables()->quotesLoading(); }, 5000);
}

QString quoteCell(gui::MainWindow &w, qint64 quoteId, int column)
{
    REQUIRE(quotesLoaded(w));
    QAbstractItemModel *m = w.tables()->quotesTable()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(Qt::UserRole + 1).toLongLong() == quoteId)
            return m->index(r, column).data().toString();
    return QStringLiteral("(no row)");
}

} // namespace

TEST_CASE("A star, a note and tags on an event show in the panel, undo and survive a restart", "[ui][user]")
{
    test::SampleLibrary sample;
    {
        auto w = test::openWindow(sample.path);
        gui::UserEditController *edits = w->userEdits();
        REQUIRE(edits);
        w->selection().selectEvent(sample.sochi);
        const AnnotationTarget sochi = w->session().eventById(sample.sochi)->target();

        // Through the Event menu's Star action, as a user would.
        auto *star = w->findChild<QAction *>(QStringLiteral("actionStarEvent"));
        REQUIRE(star);
        REQUIRE(star->isEnabled());
        star->trigger();
        CHECK(w->session().eventById(sample.sochi)->annotation.starred);
        CHECK(star->isChecked());
        CHECK(headerText(*w).contains(QStringLiteral("Starred")));
        CHECK(w->undoStack()->undoText() == QStringLiteral("Star"));

        REQUIRE(edits->annotate(sochi, {true, QStringLiteral("Ask about the strategic framework"), {QStringLiteral("summits"), QStringLiteral("missile defense")}},
                                QStringLiteral("Edit Note")));
        CHECK(headerText(*w).contains(QStringLiteral("Your note: Ask about the strategic framework")));
        CHECK(headerText(*w).contains(QStringLiteral("Tags: summits, missile defense")));
        CHECK_FALSE(edits->annotate(sochi, {true, QStringLiteral("Ask about the strategic framework "), {QStringLiteral("summits"), QStringLiteral("missile defense")}},
                                    QStringLiteral("Edit Note"))); // nothing changes: nothing is pushed
        CHECK(w->undoStack()->count() == 2);

        // The filter's rules reach the timeline's shown events.
        LibraryFilter f;
        f.starredOnly = true;
        w->session().setFilter(f);
        CHECK(w->session().shownEvents().size() == 1);
        f.tag = QStringLiteral("Summits");
        w->session().setFilter(f);
        CHECK(w->session().shownEvents().size() == 1);
        w->session().setFilter({});

        w->undoStack()->undo();
        CHECK_FALSE(headerText(*w).contains(QStringLiteral("Your note")));
        CHECK(headerText(*w).contains(QStringLiteral("Starred")));
        w->undoStack()->undo();
        CHECK_FALSE(headerText(*w).contains(QStringLiteral("Starred")));
        CHECK(w->session().library().annotation(sochi).isEmpty());
        w->undoStack()->redo();
        w->undoStack()->redo();
        CHECK(headerText(*w).contains(QStringLiteral("Your note")));
    }
    auto w = test::openWindow(sample.path); // a restart
    w->selection().selectEvent(sample.sochi);
    const EventRecord *sochi = w->session().eventById(sample.sochi);
    REQUIRE(sochi);
    CHECK(sochi->annotation.starred);
    CHECK(sochi->annotation.tags == QStringList{QStringLiteral("summits"), QStringLiteral("missile defense")});
    CHECK(headerText(*w).contains(QStringLiteral("Ask about the strategic framework")));
}

TEST_CASE("A quote's star and note show in the quote table and the event panel", "[ui][user]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    gui::UserEditController *edits = w->userEdits();
    const auto quote = edits->quote(sample.sochiQuote);
    REQUIRE(quote);
    REQUIRE(edits->annotate(quote->target(), {true, QStringLiteral("quoted in the AP lead"), {QStringLiteral("progress")}},
                            QStringLiteral("Edit Note")));
    const QString mine = quoteCell(*w, sample.sochiQuote, gui::QuoteTableModel::Mine);
    CHECK(mine.startsWith(QStringLiteral("★")));
    CHECK(mine.contains(QStringLiteral("quoted in the AP lead")));
    w->selection().selectEvent(sample.sochi);
    auto *quotes = w->eventPanel()->quoteList();
    bool shown = false;
    for (int i = 0; i < quotes->topLevelItemCount(); ++i)
        shown = shown || quotes->topLevelItem(i)->data(0, gui::HtmlDelegate::kHtmlRole).toString().contains(QStringLiteral("Your note: quoted in the AP lead"));
    CHECK(shown);
    // The quote actions follow the selected quote.
    w->selection().selectQuote(sample.sochiQuote, sample.sochi);
    auto *star = w->findChild<QAction *>(QStringLiteral("actionStarQuote"));
    REQUIRE(star);
    CHECK(star->isEnabled());
    CHECK(star->isChecked());
    star->trigger();
    CHECK_FALSE(w->session().library().annotation(quote->target()).starred);
    w->undoStack()->undo();
    CHECK(w->session().library().annotation(quote->target()).starred);
}

TEST_CASE("Speaker review sets the speaker, keeps a trail, undoes and survives a restart", "[ui][user]")
{
    test::SampleLibrary sample;
    {
        auto w = test::openWindow(sample.path);
        gui::UserEditController *edits = w->userEdits();
        CHECK(quoteCell(*w, sample.sochiQuote, gui::QuoteTableModel::Speaker) == QStringLiteral("Putin"));
        REQUIRE(edits->reviewSpeaker(sample.sochiQuote, QStringLiteral("Dmitry Peskov")));
        CHECK(quoteCell(*w, sample.sochiQuote, gui::QuoteTableModel::Speaker) == QStringLiteral("Dmitry Peskov"));
        CHECK(w->session().library().speakers().contains(QStringLiteral("Dmitry Peskov")));
        w->undoStack()->undo();
        CHECK(quoteCell(*w, sample.sochiQuote, gui::QuoteTableModel::Speaker) == QStringLiteral("Putin"));
        w->undoStack()->redo();
        CHECK(quoteCell(*w, sample.sochiQuote, gui::QuoteTableModel::Speaker) == QStringLiteral("Dmitry Peskov"));
        CHECK_FALSE(edits->reviewSpeaker(987654, QStringLiteral("Nobody"))); // no such quote: nothing pushed
    }
    auto w = test::openWindow(sample.path);
    CHECK(quoteCell(*w, sample.sochiQuote, gui::QuoteTableModel::Speaker) == QStringLiteral("Dmitry Peskov"));
    const auto quote = w->userEdits()->quote(sample.sochiQuote);
    REQUIRE(quote);
    const QVector<SpeakerCorrection> trail = w->session().library().speakerCorrections(quote->target());
    REQUIRE(trail.size() == 1);
    CHECK(trail.first().oldSpeaker == QStringLiteral("Putin"));
    CHECK(trail.first().changedBy == currentUserName());
    CHECK_FALSE(trail.first().undone);
}

TEST_CASE("The speaker review dialog offers the speaker, the alternatives and a typed name", "[ui][user]")
{
    QuoteRecord q;
    q.text = QStringLiteral("certain progress is obvious");
    q.speaker = QStringLiteral("Putin");
    q.alternatives = {{QStringLiteral("Bush"), 0.4}, {QStringLiteral("Putin"), 0.9}};
    gui::SpeakerReviewDialog dialog(q, {});
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(dialog.speaker() == QStringLiteral("Putin"));
    auto *alt = dialog.findChild<QRadioButton *>(QStringLiteral("speakerAlternative0"));
    REQUIRE(alt);
    CHECK(alt->text().startsWith(QStringLiteral("Bush")));
    CHECK_FALSE(dialog.findChild<QRadioButton *>(QStringLiteral("speakerAlternative1"))); // the speaker itself is not repeated
    alt->setChecked(true);
    CHECK(dialog.speaker() == QStringLiteral("Bush"));
    dialog.findChild<QRadioButton *>(QStringLiteral("speakerOther"))->setChecked(true);
    CHECK_FALSE(ok->isEnabled()); // "another" needs a name
    dialog.findChild<QLineEdit *>(QStringLiteral("speakerTyped"))->setText(QStringLiteral("  Sergei  Ivanov "));
    CHECK(ok->isEnabled());
    CHECK(dialog.speaker() == QStringLiteral("Sergei Ivanov"));
}

TEST_CASE("New, edited and deleted events go through undo and are marked as the user's", "[ui][user]")
{
    test::SampleLibrary sample;
    qint64 mine = 0;
    {
        auto w = test::openWindow(sample.path);
        gui::UserEditController *edits = w->userEdits();
        const int before = int(w->session().events().size());
        EventFields f{QStringLiteral("Phone call on Kosovo"), QStringLiteral("phone call"), QDate(2008, 2, 20), {},
                      QStringLiteral("day"), QStringLiteral("Washington"), {QStringLiteral("Bush"), QStringLiteral("Putin")},
                      QStringLiteral("")};
        CHECK(edits->createEvent({}) == 0); // invalid fields are refused before any push
        CHECK(w->undoStack()->count() == 0);
        mine = edits->createEvent(f);
        REQUIRE(mine != 0);
        CHECK(int(w->session().events().size()) == before + 1);
        CHECK(w->selection().eventId() == mine);
        CHECK(headerText(*w).contains(QStringLiteral("made by you")));
        w->undoStack()->undo();
        CHECK(int(w->session().events().size()) == before);
        CHECK(w->session().eventById(mine) == nullptr);
        w->undoStack()->redo();
        REQUIRE(w->session().eventById(mine));

        // A catalog event edited by the user is marked; undo gives it back to the catalog.
        const EventRecord sochi = *w->session().eventById(sample.sochi);
        CHECK_FALSE(sochi.isEditedByUser());
        EventFields edited{QStringLiteral("Sochi summit, last of the Bush–Putin era"), sochi.kind, sochi.start, sochi.end,
                           QStringLiteral("day"), sochi.place, sochi.participants, sochi.summary};
        REQUIRE(edits->editEvent(sample.sochi, edited));
        w->selection().selectEvent(sample.sochi);
        CHECK(headerText(*w).contains(QStringLiteral("edited by you")));
        w->undoStack()->undo();
        CHECK(w->session().eventById(sample.sochi)->title == QStringLiteral("Sochi summit"));
        CHECK_FALSE(w->session().eventById(sample.sochi)->isEditedByUser());
        w->undoStack()->redo();

        // Delete hides it from every view; undo brings it back.
        REQUIRE(edits->deleteEvent(sample.kennebunkport));
        CHECK(w->session().eventById(sample.kennebunkport) == nullptr);
        w->undoStack()->undo();
        CHECK(w->session().eventById(sample.kennebunkport) != nullptr);
        w->undoStack()->redo();
    }
    auto w = test::openWindow(sample.path);
    REQUIRE(w->session().eventById(mine));
    CHECK(w->session().eventById(mine)->participants.size() == 2);
    CHECK(w->session().eventById(sample.sochi)->title == QStringLiteral("Sochi summit, last of the Bush–Putin era"));
    CHECK(w->session().eventById(sample.kennebunkport) == nullptr);
    CHECK(w->findChild<QMenu *>(QStringLiteral("eventMenu")));
}

TEST_CASE("The event dialog refuses an end before the start and returns what was typed", "[ui][user]")
{
    EventFields current{QStringLiteral("Talks"), QStringLiteral("summit"), QDate(2008, 4, 6), QDate(2008, 4, 6),
                        QStringLiteral("day"), QStringLiteral("Sochi"), {QStringLiteral("Bush")}, QString()};
    gui::EventDialog dialog(current, false);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(ok->isEnabled());
    dialog.findChild<QCheckBox *>(QStringLiteral("eventHasEnd"))->setChecked(true);
    dialog.findChild<QDateEdit *>(QStringLiteral("eventEnd"))->setDate(QDate(2008, 4, 1));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("eventProblem"))->text().contains(QStringLiteral("before the start")));
    dialog.findChild<QDateEdit *>(QStringLiteral("eventEnd"))->setDate(QDate(2008, 4, 7));
    dialog.findChild<QComboBox *>(QStringLiteral("eventPrecision"))->setCurrentText(QStringLiteral("month"));
    dialog.findChild<QLineEdit *>(QStringLiteral("eventParticipants"))->setText(QStringLiteral("Bush, Putin ,"));
    CHECK(ok->isEnabled());
    const EventFields f = dialog.fields();
    CHECK(f.end == QDate(2008, 4, 7));
    CHECK(f.granularity == QStringLiteral("month"));
    CHECK(f.participants == QStringList{QStringLiteral("Bush"), QStringLiteral("Putin")});

    // A precision extraction wrote and the dialog does not offer stays as it was.
    current.granularity = QStringLiteral("range");
    gui::EventDialog extracted(current, false);
    CHECK(extracted.fields().granularity == QStringLiteral("range"));
}

TEST_CASE("A command whose write the database refuses leaves the undo stack and says why", "[ui][user]")
{
    test::SampleLibrary sample;
    gui::Session session(sample.path);
    QUndoStack stack;
    QSignalSpy failed(&session, &gui::Session::editFailed);
    QSignalSpy reloaded(&session, &gui::Session::dataReloaded);
    // A quote span that cannot exist: UserEdits refuses it, as it would a full disk.
    stack.push(new gui::AnnotationCommand(session, AnnotationTarget::quote(sample.apArticle, 9, 3), {}, {true, {}, {}},
                                          QStringLiteral("Star")));
    CHECK(stack.count() == 0);
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().at(0).toString() == QStringLiteral("Star"));
    CHECK(failed.first().at(1).toString().contains(QStringLiteral("quote:")));
    CHECK(reloaded.isEmpty());
    // A good one stays, and undo of it reloads the views.
    const AnnotationTarget article = AnnotationTarget::article(sample.apArticle);
    stack.push(new gui::AnnotationCommand(session, article, {}, {true, {}, {}}, QStringLiteral("Star")));
    CHECK(stack.count() == 1);
    CHECK(session.library().annotation(article).starred);
    stack.undo();
    CHECK_FALSE(session.library().annotation(article).starred);
    CHECK(reloaded.size() == 2);
}

TEST_CASE("Linking a quote and an article to a user event shows them on it, and undo takes them off", "[ui][user]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    gui::UserEditController *edits = w->userEdits();
    const qint64 mine = edits->createEvent({QStringLiteral("AP interview"), QStringLiteral("announcement"), QDate(2008, 4, 6),
                                            {}, QStringLiteral("day"), {}, {}, {}});
    REQUIRE(mine != 0);
    REQUIRE(edits->linkQuote(sample.sochiQuote, mine));
    REQUIRE(edits->linkArticle(sample.riaArticle, mine));
    CHECK_FALSE(edits->linkArticle(sample.riaArticle, mine)); // already linked: nothing pushed
    const EventRecord *own = w->session().eventById(mine);
    REQUIRE(own);
    CHECK(own->quoteCount == 1);
    CHECK(own->reportCount == 1);
    CHECK(edits->quote(sample.sochiQuote)->eventId == mine);
    w->undoStack()->undo();
    w->undoStack()->undo();
    CHECK(edits->quote(sample.sochiQuote)->eventId == sample.sochi);
    CHECK(w->session().eventById(mine)->reportCount == 0);
}

TEST_CASE("The filter bar's Starred box and Tag list narrow the tables", "[ui][user]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    const auto quote = w->userEdits()->quote(sample.sochiQuote);
    REQUIRE(quote);
    REQUIRE(w->userEdits()->annotate(quote->target(), {true, {}, {QStringLiteral("progress")}}, QStringLiteral("Star")));
    auto *starred = w->findChild<QCheckBox *>(QStringLiteral("filterStarred"));
    auto *tag = w->findChild<QComboBox *>(QStringLiteral("filterTag"));
    REQUIRE(starred);
    REQUIRE(tag);
    CHECK(tag->findData(QStringLiteral("progress")) > 0);
    starred->setChecked(true);
    CHECK(w->session().filter().starredOnly);
    REQUIRE(quotesLoaded(*w));
    CHECK(w->tables()->quotesTable()->model()->rowCount() == 1);
    CHECK(w->session().shownEvents().isEmpty()); // no event is starred
    starred->setChecked(false);
    tag->setCurrentIndex(tag->findData(QStringLiteral("progress")));
    CHECK(w->session().filter().tag == QStringLiteral("progress"));
    REQUIRE(quotesLoaded(*w));
    CHECK(w->tables()->quotesTable()->model()->rowCount() == 1);
}

TEST_CASE("Search lists the user's notes first and highlights the noted event", "[ui][user]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    const AnnotationTarget sochi = w->session().eventById(sample.sochi)->target();
    REQUIRE(w->userEdits()->annotate(sochi, {false, QStringLiteral("Compare the declaration texts"), {}}, QStringLiteral("Edit Note")));
    gui::SearchPanel *search = w->searchPanel();
    const int answers = search->answersShown();
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("searchField")), QStringLiteral("declaration compare"));
    REQUIRE(QTest::qWaitFor([&] { return search->answersShown() > answers; }, 5000));
    auto *results = w->findChild<QListWidget *>(QStringLiteral("searchResults"));
    REQUIRE(results->count() >= 1);
    CHECK(results->item(0)->text().startsWith(QStringLiteral("Your note: Compare the declaration texts")));
    CHECK(w->session().highlightedEvents().contains(sample.sochi));
}

TEST_CASE("The open article can be starred and noted from the Event menu, and the reader shows it", "[ui][user]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    w->reader()->openPassage(sample.apArticle, 0, 5);
    auto *star = w->findChild<QAction *>(QStringLiteral("actionStarArticle"));
    REQUIRE(star);
    star->trigger();
    auto *header = w->findChild<QLabel *>(QStringLiteral("articleHeader"));
    REQUIRE(header);
    CHECK(header->text().contains(QStringLiteral("Starred")));
    REQUIRE(w->userEdits()->annotate(AnnotationTarget::article(sample.apArticle),
                                     {true, QStringLiteral("Best account of the press conference"), {}}, QStringLiteral("Edit Note")));
    CHECK(header->text().contains(QStringLiteral("Your note: Best account of the press conference")));
    w->undoStack()->undo();
    w->undoStack()->undo();
    CHECK_FALSE(header->text().contains(QStringLiteral("Starred")));
    CHECK(w->session().library().annotation(AnnotationTarget::article(sample.apArticle)).isEmpty());
}
