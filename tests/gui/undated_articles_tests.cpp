// Articles with no trusted date are listed for the user to date, and leave the list once dated.
#include "ui_helpers.h"

#include "ingest/importer.h"
#include "library/library.h"
#include "store/database.h"
#include "state/session.h"
#include "window/undated_articles_dialog.h"

#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

TEST_CASE("Articles needing a date are listed, and leave the list once dated (undoably)", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const QString undated = dir.filePath(QStringLiteral("undated.txt"));
    {
        QFile f(undated);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Envoys agree to meet again\n\nThe envoys of the two governments agreed on Friday to meet again "
                "after two days of talks that both sides called useful.\n");
    }
    {
        Database db(path);
        const auto results = Importer(db).importPaths({undated});
        REQUIRE(results.size() == 1);
        REQUIRE(results.first().status == FileResult::Status::Imported);
    }
    auto w = test::openWindow(path);
    const QVector<library::UndatedArticle> before = w->session().library().articlesNeedingDate();
    REQUIRE(before.size() == 1);
    CHECK(before.first().title == QStringLiteral("Envoys agree to meet again"));

    auto *action = w->findChild<QAction *>(QStringLiteral("actionUndatedArticles"));
    REQUIRE(action);
    action->trigger();
    auto *dialog = w->findChild<UndatedArticlesDialog *>(QStringLiteral("undatedArticlesDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->rowCount() == 1);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("undatedList"));
    REQUIRE(list);
    CHECK(list->item(0)->text().contains(QStringLiteral("undated.txt")));

    // Choosing one asks for that article to be edited (the window answers with its modal
    // metadata dialog, so the request is checked on a dialog of its own).
    UndatedArticlesDialog own(w->session());
    QSignalSpy asked(&own, &UndatedArticlesDialog::editRequested);
    auto *ownList = own.findChild<QListWidget *>(QStringLiteral("undatedList"));
    auto *setDate = own.findChild<QPushButton *>(QStringLiteral("setDateButton"));
    REQUIRE(ownList);
    REQUIRE(setDate);
    CHECK_FALSE(setDate->isEnabled()); // nothing chosen yet
    ownList->setCurrentRow(0);
    REQUIRE(setDate->isEnabled());
    setDate->click();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().first().toLongLong() == before.first().id);

    // Dated through the undo stack: the list empties, and undo brings it back.
    w->applyMetadata(before.first().id, before.first().title, QString(), QDate(2008, 4, 11));
    CHECK(dialog->rowCount() == 0);
    w->undoStack()->undo();
    CHECK(dialog->rowCount() == 1);
}
