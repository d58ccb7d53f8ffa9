// MainWindow's library management: the Articles panel, article delete and merge (undoable),
// the File menu's library files, and the right-click menus of the tables, timeline and reader.
#include "main_window.h"

#include "edit/article_commands.h"
#include "edit/merge_dialog.h"
#include "edit/user_edit_controller.h"
#include "export/export_menu.h"
#include "ingest/bundled_corpus.h"
#include "models/quote_table_model.h"
#include "models/record_roles.h"
#include "panels/article_reader.h"
#include "panels/articles_panel.h"
#include "panels/record_menu.h"
#include "panels/record_tables.h"
#include "state/selection.h"
#include "state/session.h"
#include "store/database.h"
#include "store/library_copy.h"
#include "timeline/event_layer.h"
#include "timeline/timeline_layout.h"
#include "timeline/timeline_panel.h"
#include "timeline/timeline_view.h"
#include "window/main_actions.h"
#include "window/recent_libraries.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

#include <tuple>

namespace summit::gui {

namespace {
const QString kLibraryFilter = QStringLiteral("Summitline libraries (*.sqlite *.db);;All files (*)");
}

void MainWindow::buildLibraryParts()
{
    m_articles = new ArticlesPanel(*m_session, this);
    QDockWidget *articles = addDock(m_articles, QStringLiteral("Articles"), QStringLiteral("articlesDock"),
                                    Qt::BottomDockWidgetArea);
    if (auto *tables = findChild<QDockWidget *>(QStringLiteral("tablesDock"))) {
        tabifyDockWidget(tables, articles);
        tables->raise();
    }
    m_actions->viewMenu->addAction(articles->toggleViewAction());
    connect(articles, &QDockWidget::visibilityChanged, m_articles, &ArticlesPanel::setOnScreen);

    connect(m_articles, &ArticlesPanel::openRequested, this, [this](qint64 id) {
        m_reader->openPassage(id, 0, 0);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("readerDock")))
            dock->raise();
    });
    connect(m_articles, &ArticlesPanel::editMetadataRequested, this, &MainWindow::editMetadata);
    connect(m_articles, &ArticlesPanel::deleteRequested, this, &MainWindow::deleteArticles);
    connect(m_articles, &ArticlesPanel::mergeRequested, this, &MainWindow::mergeArticles);

    // An undo step that could not write rolled back, so the data is as before the step, but
    // the steps around it may no longer fit it: say so and start the history afresh.
    connect(m_session.get(), &Session::editFailed, this, [this](const QString &edit, const QString &why) {
        m_undo->clear();
        // Window-modal but not blocking: the event loop (and the tests) keep running.
        auto *box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Edit Failed"),
                                    QStringLiteral("%1 could not be saved, and nothing was changed.").arg(edit),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("editFailedMessage"));
        box->setInformativeText(QStringLiteral("%1\n\nThe undo history has been cleared.").arg(why));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }, Qt::QueuedConnection);

    // "Article deleted. Undo brings it back" is stale once the history moves.
    connect(m_undo, &QUndoStack::indexChanged, statusBar(), &QStatusBar::clearMessage);

    // Right-click menus. Features that act on a record (notes, stars, export) plug in here.
    m_recordMenu = new RecordMenu(*m_session, this);
    for (const char *name : RecordMenu::kPluginActionNames)
        m_recordMenu->addPluginAction(findChild<QAction *>(QLatin1String(name)));
    if (!findChild<QAction *>(QStringLiteral("actionExportSelection")))
        addExportSelection(*m_recordMenu, *m_session, this);
    connect(m_recordMenu, &RecordMenu::openArticleRequested, this, [this](qint64 id, int start, int end) {
        m_reader->openPassage(id, start, end);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("readerDock")))
            dock->raise();
    });
    connect(m_recordMenu, &RecordMenu::openEventRequested, m_selection, &Selection::selectEvent);
    for (QWidget *source : {static_cast<QWidget *>(m_tables->quotesTable()), static_cast<QWidget *>(m_tables->eventsTable()),
                            static_cast<QWidget *>(m_timeline->view()), static_cast<QWidget *>(m_reader->textView())}) {
        source->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(source, &QWidget::customContextMenuRequested, this,
                [this, source](const QPoint &pos) { showRecordMenu(source, pos); });
    }
    connect(m_articles, &ArticlesPanel::contextMenuRequested, this, [this](qint64 id, const QPoint &globalPos) {
        // The menu's own Open Article stands for the panel's Open.
        QList<QAction *> own = m_articles->articleActions().mid(1);
        if (m_userEdits)
            own << m_userEdits->articleActions(id); // star, note and tags of that row's article
        m_recordMenu->popup({id, 0, 0, 0, 0, {}}, globalPos, m_articles->table(), own);
    });

    // Library files.
    const MainActions &a = *m_actions;
    connect(a.openLibrary, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, QStringLiteral("Open Library"),
                                                          QFileInfo(m_session->databasePath()).absolutePath(), kLibraryFilter);
        if (!path.isEmpty())
            openLibrary(path);
    });
    connect(a.newLibrary, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, QStringLiteral("New Library"),
                                                          QFileInfo(m_session->databasePath()).absolutePath(), kLibraryFilter);
        if (path.isEmpty())
            return;
        if (QFileInfo::exists(path) && !QFile::remove(path)) { // the dialog asked before replacing
            QMessageBox::warning(this, QStringLiteral("New Library"),
                                 QStringLiteral("%1 exists and cannot be replaced.").arg(path));
            return;
        }
        openLibrary(path);
    });
    connect(a.saveCopy, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, QStringLiteral("Save a Copy of the Library"),
                                                          QFileInfo(m_session->databasePath()).absolutePath(), kLibraryFilter);
        if (!path.isEmpty())
            saveCopyAs(path);
    });
    connect(a.recentMenu, &QMenu::aboutToShow, this, [this, menu = a.recentMenu] {
        menu->clear();
        for (const QString &path : recentLibraries()) {
            QAction *open = menu->addAction(QFileInfo(path).fileName());
            open->setToolTip(path);
            open->setStatusTip(path);
            open->setEnabled(path != QFileInfo(m_session->databasePath()).absoluteFilePath());
            connect(open, &QAction::triggered, this, [this, path] { openLibrary(path); });
        }
        if (menu->isEmpty())
            menu->addAction(QStringLiteral("(no other library yet)"))->setEnabled(false);
    });
    rememberLibrary(m_session->databasePath());
    setWindowTitle(QStringLiteral("Summitline — %1").arg(QFileInfo(m_session->databasePath()).fileName()));
}

void MainWindow::showRecordMenu(QWidget *source, const QPoint &pos)
{
    RecordTarget target;
    QList<QAction *> own;
    if (source == m_tables->quotesTable() || source == m_tables->eventsTable()) {
        auto *table = static_cast<QTableView *>(source);
        const QModelIndex index = table->indexAt(pos);
        if (!index.isValid())
            return;
        table->selectRow(index.row());
        if (source == m_tables->quotesTable()) {
            const auto *proxy = static_cast<const QSortFilterProxyModel *>(table->model());
            const auto *quotes = static_cast<const QuoteTableModel *>(proxy->sourceModel());
            const library::QuoteRecord &q = quotes->quote(proxy->mapToSource(index).row());
            target = {q.articleId, q.start, q.end, q.id, q.eventId, q.text};
        } else {
            target.eventId = index.data(IdRole).toLongLong();
        }
    } else if (source == m_timeline->view()) {
        TimelineView *view = m_timeline->view();
        const int hit = view->eventLayer()->itemAt(view->mapToScene(pos));
        if (hit < 0)
            return;
        const QVector<int> &events = view->eventLayer()->currentLayout().items.at(hit).events;
        if (events.isEmpty() || events.first() >= m_session->events().size())
            return;
        target.eventId = m_session->events().at(events.first()).id;
    } else if (source == m_reader->textView()) {
        if (!m_reader->articleId())
            return;
        // The passage on screen (clean text); the selection when the user marked words.
        target.articleId = m_reader->articleId();
        std::tie(target.start, target.end) = m_reader->highlightedSpan();
        const QString selected = m_reader->textView()->textCursor().selectedText();
        if (!selected.isEmpty() && !m_reader->showingRaw())
            target.words = selected;
        // The custom menu replaces the text view's own: keep its Copy for the selected words.
        QTextBrowser *text = m_reader->textView();
        auto *copyText = text->findChild<QAction *>(QStringLiteral("readerCopyText"));
        if (!copyText) {
            copyText = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QStringLiteral("Copy &Text"), text);
            copyText->setObjectName(QStringLiteral("readerCopyText"));
            connect(copyText, &QAction::triggered, text, &QTextBrowser::copy);
        }
        copyText->setEnabled(text->textCursor().hasSelection());
        own << copyText << findChild<QAction *>(QStringLiteral("editMetadata"));
        if (m_userEdits)
            own << m_userEdits->openArticleActions(); // the target is the article open here
    }
    // The user's own layer (star, note, tags, speaker review) acts on the selected record, so a
    // right-click selects what it was on first, as a file manager does.
    if (m_userEdits && target.quoteId) {
        m_selection->selectQuote(target.quoteId, target.eventId);
        own << m_userEdits->quoteActions();
    } else if (m_userEdits && target.eventId && !target.articleId) {
        m_selection->selectEvent(target.eventId);
        own << m_userEdits->eventActions().mid(1); // Edit, Delete, Star, Note, Tags: not New Event
    }
    m_recordMenu->popup(target, static_cast<QAbstractScrollArea *>(source)->viewport()->mapToGlobal(pos), source, own);
}

void MainWindow::deleteArticles(const QVector<qint64> &articleIds)
{
    if (articleIds.isEmpty())
        return;
    // Checked before the push: the command only writes.
    const auto first = m_session->library().article(articleIds.first());
    for (qint64 id : articleIds)
        if (!m_session->library().metadata(id)) {
            QMessageBox::warning(this, QStringLiteral("Delete"), QStringLiteral("Article %1 is no longer in the library.").arg(id));
            return;
        }
    m_undo->push(new DeleteArticlesCommand(*m_session, articleIds, first ? first->title : QString()));
    statusBar()->showMessage(QStringLiteral("%1 deleted. Edit ▸ Undo brings it back.")
                                 .arg(articleIds.size() == 1 ? QStringLiteral("Article")
                                                             : QStringLiteral("%1 articles").arg(articleIds.size())),
                             8000);
}

void MainWindow::mergeArticles(qint64 first, qint64 second)
{
    MergeDialog::Side sides[2];
    int i = 0;
    for (qint64 id : {first, second}) {
        const auto article = m_session->library().article(id);
        if (!article || first == second) {
            QMessageBox::warning(this, QStringLiteral("Merge"), QStringLiteral("Choose two different articles to merge."));
            return;
        }
        sides[i++] = {id, article->source, library::storedMetadata(m_session->database(), id)};
    }
    MergeDialog dialog(sides[0], sides[1], this);
    if (dialog.exec() == QDialog::Accepted)
        applyMerge(dialog.primaryId(), dialog.duplicateId(), dialog.combined());
}

void MainWindow::applyMerge(qint64 primaryId, qint64 duplicateId, const library::StoredMetadata &combined)
{
    if (primaryId == duplicateId || !m_session->library().metadata(primaryId) || !m_session->library().metadata(duplicateId))
        return;
    m_undo->push(new MergeArticlesCommand(*m_session, primaryId, duplicateId, combined));
}

MainWindow *MainWindow::openLibrary(const QString &path)
{
    // The window is rebuilt on the other library exactly as at start; this one saves its layout
    // first so the new one opens with it.
    if (m_options.restoreSettings)
        saveState();
    Options options = m_options;
    // Only the default library fills itself with the bundled articles; a new one starts empty.
    // (QFileInfo's == is undefined for files that do not exist yet: compare the paths.)
    options.loadBundledWhenEmpty = m_options.loadBundledWhenEmpty
                                   && QFileInfo(path).absoluteFilePath() == QFileInfo(defaultDatabasePath()).absoluteFilePath();
    if (const QString why = notALibraryReason(path); !why.isEmpty()) {
        QMessageBox::warning(this, QStringLiteral("Open Library"), why);
        return nullptr;
    }
    MainWindow *next = nullptr;
    try {
        {
            // A new library still knows the record: the catalog goes in before the window reads
            // it, as at a first start, so the timeline opens on the events.
            Database db(path);
            if (library::Library(db).counts().events == 0)
                syncEventCatalog(db);
        }
        next = new MainWindow(path, options);
    } catch (const std::exception &e) {
        QMessageBox::warning(this, QStringLiteral("Open Library"),
                             QStringLiteral("%1 cannot be opened as a library: %2").arg(path, QString::fromUtf8(e.what())));
        return nullptr;
    }
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->setGeometry(geometry());
    next->show();
    m_options.restoreSettings = false; // the layout is saved already
    close();
    return next;
}

bool MainWindow::saveCopyAs(const QString &path)
{
    try {
        copyDatabase(m_session->database(), path);
    } catch (const std::exception &e) {
        QMessageBox::warning(this, QStringLiteral("Save a Copy"), QString::fromUtf8(e.what()));
        return false;
    }
    statusBar()->showMessage(QStringLiteral("A copy of the library was saved as %1.").arg(path), 8000);
    return true;
}

} // namespace summit::gui
