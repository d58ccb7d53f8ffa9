// The Articles panel, article delete and merge with undo, the File menu's library files and
// the right-click menus, driven through the real main window.
#include "fixture.h"
#include "ui_helpers.h"

#include "library/article_edits.h"
#include "library/library.h"
#include "models/article_table_model.h"
#include "panels/article_reader.h"
#include "panels/articles_panel.h"
#include "panels/record_menu.h"
#include "panels/record_tables.h"
#include "edit/merge_dialog.h"
#include "export/export_dialog.h"
#include "state/selection.h"
#include "state/session.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_panel.h"
#include "timeline/timeline_view.h"
#include "store/statement.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

namespace {

QStringList titlesShown(ArticlesPanel *panel)
{
    QStringList out;
    QAbstractItemModel *m = panel->table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, ArticleTableModel::Title).data().toString();
    return out;
}

/// The Articles tab brought to the front, as a user does before working in it.
ArticlesPanel *showArticles(MainWindow &w)
{
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("articlesDock"));
    REQUIRE(dock);
    dock->show();
    dock->raise();
    QCoreApplication::processEvents();
    REQUIRE(w.articlesPanel()->isVisible());
    return w.articlesPanel();
}

QAction *panelAction(ArticlesPanel *panel, const char *name)
{
    auto *a = panel->findChild<QAction *>(QLatin1String(name));
    REQUIRE(a);
    return a;
}

} // namespace

TEST_CASE("The Articles panel lists, sorts and filters every article", "[ui][articles]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    ArticlesPanel *panel = showArticles(*w);
    CHECK(titlesShown(panel).size() == 4);
    // Sorted by date: the 2007 article first.
    CHECK(titlesShown(panel).first() == QStringLiteral("Putin offers wider cooperation"));
    panel->table()->sortByColumn(ArticleTableModel::Title, Qt::AscendingOrder);
    CHECK(titlesShown(panel).first() == QStringLiteral("Bush, Putin remain divided on missile defense"));
    QAbstractItemModel *m = panel->table()->model();
    const int ap = int(titlesShown(panel).indexOf(QStringLiteral("Bush, Putin remain divided on missile defense")));
    CHECK(m->index(ap, ArticleTableModel::Outlet).data().toString() == QStringLiteral("Associated Press"));
    CHECK(m->index(ap, ArticleTableModel::Quotes).data().toInt() == 2);
    CHECK(m->index(ap, ArticleTableModel::Events).data().toInt() == 1);
    CHECK(m->index(ap, ArticleTableModel::Words).data().toInt() > 20);

    QTest::keyClicks(panel->filterField(), QStringLiteral("ria novosti"));
    CHECK(titlesShown(panel) == QStringList{QStringLiteral("Kremlin upbeat over Bush-Putin talks")});
    panel->filterField()->clear();
    panel->needsDateBox()->setChecked(true);
    CHECK(titlesShown(panel).isEmpty()); // every sample article has a date
    panel->needsDateBox()->setChecked(false);

    // Opening a row shows the article in the reader.
    panel->selectArticle(sample.riaArticle);
    panelAction(panel, "articleOpen")->trigger();
    CHECK(w->reader()->articleId() == sample.riaArticle);
}

TEST_CASE("Deleting articles from the panel is undoable", "[ui][articles][edits]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    ArticlesPanel *panel = showArticles(*w);
    library::Library &lib = w->session().library();
    const int quotesBefore = int(lib.quotes({}, true).size());
    w->reader()->openPassage(sample.apArticle, 0, 10);

    panel->selectArticle(sample.apArticle);
    REQUIRE(panel->selectedArticles() == QVector<qint64>{sample.apArticle});
    QAction *del = panelAction(panel, "articleDelete");
    REQUIRE(del->isEnabled());
    del->trigger();
    CHECK_FALSE(lib.article(sample.apArticle).has_value());
    CHECK(titlesShown(panel).size() == 3);
    CHECK(int(lib.quotes({}, true).size()) == quotesBefore - 2);
    CHECK(w->undoStack()->undoText().startsWith(QStringLiteral("Delete “Bush, Putin")));
    // The events lose the deleted article's report.
    CHECK(w->session().eventById(sample.sochi)->reportCount == 1);

    w->undoStack()->undo();
    CHECK(lib.article(sample.apArticle).has_value());
    CHECK(titlesShown(panel).size() == 4);
    CHECK(int(lib.quotes({}, true).size()) == quotesBefore);
    CHECK(w->session().eventById(sample.sochi)->reportCount == 2);
    w->undoStack()->redo();
    CHECK_FALSE(lib.article(sample.apArticle).has_value());
}

TEST_CASE("An undo that cannot be written changes nothing, says so and clears the history", "[ui][edits]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    Database &db = w->session().database();
    QString sha;
    {
        Statement st(db, "SELECT sha256 FROM articles WHERE id = ?");
        st.bind(1, sample.apArticle);
        REQUIRE(st.step());
        sha = st.text(0);
    }
    w->deleteArticles({sample.apArticle});
    REQUIRE_FALSE(w->session().library().article(sample.apArticle).has_value());
    // Meanwhile the same file comes back under another id (as a re-import would).
    Statement(db, "INSERT INTO articles (source, sha256, raw, encoding, format, clean_text, offset_map, imported_at) "
                  "VALUES ('again.txt', ?, x'41', 'utf-8', 'txt', 'A', x'', '2026-11-29')")
        .bind(1, sha)
        .run();
    const int articles = w->session().library().counts().articles;
    w->undoStack()->undo();
    QCoreApplication::processEvents(); // the report is queued
    CHECK_FALSE(w->session().library().article(sample.apArticle).has_value()); // rolled back whole
    CHECK(w->session().library().counts().articles == articles);
    CHECK(w->undoStack()->count() == 0);
    auto *box = w->findChild<QMessageBox *>(QStringLiteral("editFailedMessage"));
    REQUIRE(box);
    CHECK(box->text().startsWith(QStringLiteral("Undo Delete")));
    CHECK(box->informativeText().contains(QStringLiteral("UNIQUE")));
    box->close();
}

TEST_CASE("Merging two articles is undoable", "[ui][articles][edits]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    Database &db = w->session().database();
    const library::StoredMetadata primary = library::storedMetadata(db, sample.apArticle);
    library::StoredMetadata combined = primary;
    combined.outlet = QStringLiteral("RIA Novosti");

    // The panel's Merge needs exactly two selected articles.
    ArticlesPanel *panel = showArticles(*w);
    panel->selectArticle(sample.apArticle);
    CHECK_FALSE(panelAction(panel, "articleMerge")->isEnabled());

    w->applyMerge(sample.apArticle, sample.riaArticle, combined);
    CHECK_FALSE(w->session().library().article(sample.riaArticle).has_value());
    CHECK(w->session().library().article(sample.apArticle)->outlet == QStringLiteral("RIA Novosti"));
    CHECK(titlesShown(panel).size() == 3);
    CHECK(w->undoStack()->undoText().startsWith(QStringLiteral("Merge into")));

    // Undone while the panel is closed: it catches up when shown again.
    w->findChild<QDockWidget *>(QStringLiteral("articlesDock"))->hide();
    QCoreApplication::processEvents();
    REQUIRE_FALSE(panel->isVisible());
    w->undoStack()->undo();
    CHECK(w->session().library().article(sample.riaArticle).has_value());
    CHECK(library::storedMetadata(db, sample.apArticle) == primary);
    showArticles(*w);
    CHECK(titlesShown(panel).size() == 4);
}

TEST_CASE("A metadata edit and its undo restore the date source", "[ui][edits]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    Database &db = w->session().database();
    Statement(db, "UPDATE articles SET published_source = 'html-meta' WHERE id = ?").bind(1, sample.apArticle).run();
    const library::StoredMetadata before = library::storedMetadata(db, sample.apArticle);
    w->applyMetadata(sample.apArticle, before.title, before.outlet, QDate(2008, 4, 9));
    CHECK(library::storedMetadata(db, sample.apArticle).publishedSource == QStringLiteral("user"));
    w->undoStack()->undo();
    CHECK(library::storedMetadata(db, sample.apArticle) == before);
    // The same values again are no edit: nothing is pushed.
    const int steps = w->undoStack()->count();
    w->applyMetadata(sample.apArticle, before.title, before.outlet, QDate(2008, 4, 6));
    CHECK(w->undoStack()->count() == steps);
}

TEST_CASE("Right-click menus open and cite the record under the pointer", "[ui][menus]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    RecordMenu *menus = w->recordMenu();
    REQUIRE(menus);

    // Quotes table: the row's quote.
    QTableView *quotes = w->tables()->quotesTable();
    REQUIRE(QTest::qWaitFor([&] { return !w->tables()->quotesLoading(); })); // read off the UI thread
    REQUIRE(quotes->model()->rowCount() > 0);
    const QRect row = quotes->visualRect(quotes->model()->index(0, 0));
    Q_EMIT quotes->customContextMenuRequested(row.center());
    QMenu *menu = menus->openMenu();
    REQUIRE(menu);
    CHECK(menu->objectName() == QStringLiteral("recordMenu"));
    auto *open = menu->findChild<QAction *>(QStringLiteral("menuOpen"));
    auto *copy = menu->findChild<QAction *>(QStringLiteral("menuCopyCitation"));
    REQUIRE(open);
    REQUIRE(copy);
    const qint64 article = menus->target().articleId;
    CHECK(article != 0);
    CHECK(menus->target().quoteId != 0);
    copy->trigger();
    const QString citation = QApplication::clipboard()->text();
    CHECK(citation.contains(menus->target().words));
    CHECK(citation.contains(w->session().library().article(article)->outlet));
    open->trigger();
    CHECK(w->reader()->articleId() == article);
    menu->close();

    // Events table: Open selects the event.
    QTableView *events = w->tables()->eventsTable();
    Q_EMIT events->customContextMenuRequested(events->visualRect(events->model()->index(0, 0)).center());
    REQUIRE(menus->openMenu());
    CHECK(menus->target().eventId != 0);
    menus->openMenu()->findChild<QAction *>(QStringLiteral("menuCopyCitation"))->trigger();
    CHECK(QApplication::clipboard()->text().startsWith(w->session().eventById(menus->target().eventId)->title + u','));
    menus->openMenu()->close();

    // Reader: the article on screen, with Edit Metadata, and the user's star and note for it.
    Q_EMIT w->reader()->textView()->customContextMenuRequested(QPoint(20, 20));
    REQUIRE(menus->openMenu());
    CHECK(menus->target().articleId == article);
    auto *starArticle = w->findChild<QAction *>(QStringLiteral("actionStarArticle"));
    REQUIRE(starArticle);
    CHECK(menus->openMenu()->actions().contains(starArticle));
    CHECK(menus->openMenu()->actions().contains(w->findChild<QAction *>(QStringLiteral("actionNoteArticle"))));
    starArticle->trigger(); // stars the article the menu was opened on
    CHECK(w->session().library().annotation(library::AnnotationTarget::article(article)).starred);
    menus->openMenu()->close();

    // Timeline: the event under the pointer; Open selects it.
    TimelineView *view = w->timeline()->view();
    view->setVisibleRange(axisValue(QDate(2008, 3, 25)), axisValue(QDate(2008, 4, 20)));
    const auto sochi = view->eventPosition(sample.sochi);
    REQUIRE(sochi);
    Q_EMIT view->customContextMenuRequested(view->mapFromScene(*sochi));
    REQUIRE(menus->openMenu());
    CHECK(menus->target().eventId == sample.sochi);
    menus->openMenu()->findChild<QAction *>(QStringLiteral("menuCopyCitation"))->trigger();
    CHECK(QApplication::clipboard()->text().contains(QStringLiteral("reported by")));
    menus->openMenu()->findChild<QAction *>(QStringLiteral("menuOpen"))->trigger();
    CHECK(w->selection().eventId() == sample.sochi);
    menus->openMenu()->close();
    // Empty timeline space has no menu.
    QPointer<QMenu> before = menus->openMenu();
    QCoreApplication::processEvents();
    Q_EMIT view->customContextMenuRequested(QPoint(2, 2));
    CHECK(menus->openMenu() == before);

    // A feature's action plugs into every menu.
    QAction star(QStringLiteral("Star"));
    menus->addPluginAction(&star);
    Q_EMIT quotes->customContextMenuRequested(row.center());
    REQUIRE(menus->openMenu());
    CHECK(menus->openMenu()->actions().contains(&star));
    menus->openMenu()->close();
}

TEST_CASE("File menu: a new library, switching libraries and saving a copy", "[ui][libraries]")
{
    test::SampleLibrary sample;
    // As the app starts: a window that would fill an empty library with the bundled articles.
    auto w = std::make_unique<MainWindow>(sample.path, MainWindow::Options{true, false});
    w->show();
    for (const char *name : {"actionNewLibrary", "actionOpenLibrary", "actionSaveCopy"})
        CHECK(w->findChild<QAction *>(QLatin1String(name)));

    const QString copy = sample.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(w->saveCopyAs(copy));
    const QString fresh = sample.dir.filePath(QStringLiteral("fresh.sqlite"));
    MainWindow *next = w->openLibrary(fresh);
    REQUIRE(next);
    QCoreApplication::processEvents();
    CHECK_FALSE(w->isVisible());
    CHECK(next->session().databasePath() == fresh);
    CHECK_FALSE(next->isLoading()); // a new library stays empty
    CHECK(next->session().library().counts().articles == 0);
    CHECK(next->session().library().counts().events > 0); // the catalog: a new library knows the record
    CHECK(showArticles(*next)->table()->model()->rowCount() == 0);
    // The timeline opens on the record, not on an empty stretch of time.
    const double sochiSummit = axisValue(QDate(2008, 4, 5));
    INFO(next->timeline()->view()->visibleStart() << " " << next->timeline()->view()->visibleEnd() << " " << sochiSummit);
    CHECK(next->timeline()->view()->visibleStart() < sochiSummit);
    CHECK(next->timeline()->view()->visibleEnd() > sochiSummit);

    MainWindow *back = next->openLibrary(copy);
    REQUIRE(back);
    CHECK(back->session().library().counts().articles == 4);
    CHECK(showArticles(*back)->table()->model()->rowCount() == 4);
    back->close();
    QCoreApplication::processEvents();
}

TEST_CASE("The merge dialog combines each field with its own source", "[ui][articles]")
{
    library::StoredMetadata a{QStringLiteral("page-17.html"), QStringLiteral("AFP"), QString(), QString(), true};
    library::StoredMetadata b{QStringLiteral("Putin and Bush meet in Sochi"), QStringLiteral("Yahoo"),
                              QStringLiteral("2008-04-06"), QStringLiteral("html-meta"), false};
    MergeDialog dialog({11, QStringLiteral("page-17.html"), a}, {12, QStringLiteral("yahoo.html"), b});
    auto *keep = dialog.findChild<QComboBox *>(QStringLiteral("mergeKeep"));
    auto *title = dialog.findChild<QComboBox *>(QStringLiteral("mergeTitle"));
    auto *date = dialog.findChild<QComboBox *>(QStringLiteral("mergeDate"));
    REQUIRE(keep);
    REQUIRE(title);
    REQUIRE(date);
    // Keeping the first: its title and outlet, but the found date beats the missing one.
    CHECK(dialog.primaryId() == 11);
    CHECK(dialog.duplicateId() == 12);
    library::StoredMetadata c = dialog.combined();
    CHECK(c.title == a.title);
    CHECK(c.titleIsFileName);
    CHECK(c.published == b.published);
    CHECK(c.publishedSource == QStringLiteral("html-meta"));
    // Taking the second's title drops the file-name mark with it.
    title->setCurrentIndex(1);
    c = dialog.combined();
    CHECK(c.title == b.title);
    CHECK_FALSE(c.titleIsFileName);
    CHECK(c.outlet == QStringLiteral("AFP"));
    keep->setCurrentIndex(1);
    CHECK(dialog.primaryId() == 12);
    CHECK(dialog.combined().outlet == QStringLiteral("Yahoo"));
}

TEST_CASE("Export Selection in a right-click menu exports what was clicked", "[ui][menus][export]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    RecordMenu *menus = w->recordMenu();
    REQUIRE(menus);
    QTableView *events = w->tables()->eventsTable();
    Q_EMIT events->customContextMenuRequested(events->visualRect(events->model()->index(0, 0)).center());
    REQUIRE(menus->openMenu());
    auto *exportSelection = w->findChild<QAction *>(QStringLiteral("actionExportSelection"));
    REQUIRE(exportSelection);
    CHECK(menus->openMenu()->actions().contains(exportSelection));

    // The export dialog is modal: look at it once it is up, then cancel.
    QString title;
    QTimer::singleShot(0, [&title] {
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<ExportDialog *>(top); dialog && dialog->isVisible()) {
                title = dialog->windowTitle();
                dialog->reject();
            }
    });
    exportSelection->trigger();
    INFO(title.toStdString());
    CHECK(title.contains(QStringLiteral("Quotes as CSV")));
    menus->openMenu()->close();
}

TEST_CASE("The Articles panel's right-click menu stars and notes that row's article", "[ui][menus][user]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    RecordMenu *menus = w->recordMenu();
    REQUIRE(menus);
    // Another article is open in the reader: the row's actions must not act on it.
    w->reader()->openPassage(sample.apArticle, 0, 0);
    const qint64 row = sample.riaArticle;
    REQUIRE(row != sample.apArticle);
    Q_EMIT w->articlesPanel()->contextMenuRequested(row, QPoint(10, 10));
    QMenu *menu = menus->openMenu();
    REQUIRE(menu);
    auto *star = w->findChild<QAction *>(QStringLiteral("menuStarArticle"));
    REQUIRE(star);
    CHECK(menu->actions().contains(star));
    CHECK(menu->actions().contains(w->findChild<QAction *>(QStringLiteral("menuNoteArticle"))));
    star->trigger();
    const library::Library &lib = w->session().library();
    CHECK(lib.annotation(library::AnnotationTarget::article(row)).starred);
    CHECK_FALSE(lib.annotation(library::AnnotationTarget::article(sample.apArticle)).starred);
    menu->close();
    // The next menu on the same row offers to unstar it; undo takes the star back.
    Q_EMIT w->articlesPanel()->contextMenuRequested(row, QPoint(10, 10));
    CHECK(star->text() == QStringLiteral("Unstar Article"));
    menus->openMenu()->close();
    w->undoStack()->undo();
    CHECK_FALSE(lib.annotation(library::AnnotationTarget::article(row)).starred);
}
