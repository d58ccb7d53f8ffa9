// The import's dialogs as a user meets them: the progress dialog is gone by the time the
// results show, Close closes them, and nothing is left on screen afterwards.
#include "fixture.h"
#include "test_paths.h"
#include "ui_helpers.h"

#include "import/import_controller.h"
#include "import/import_results_dialog.h"
#include "ingest/import_lock.h"
#include "state/session.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

namespace {

QStringList visibleDialogs()
{
    QStringList names;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            names << w->objectName();
    names.sort();
    return names;
}

/// What the user saw while the results dialog was up, and whether Close closed it.
struct ResultsVisit
{
    QStringList dialogsWhileOpen;
    QStringList reasons;
    bool closed = false;
};

/// Imports paths through the window with its real dialogs. Once the results dialog has been
/// up for longer than the progress dialog's show delay, notes what is on screen and presses
/// Close, as a user would.
/// With waitFirst, another import holds the library for 600 ms first, so the progress dialog
/// is on screen (it shows after 300 ms) when the files go through, as on a slow disk.
ResultsVisit importAndClose(MainWindow &w, const QStringList &paths, bool waitFirst = false)
{
    ResultsVisit visit;
    auto other = waitFirst ? std::make_unique<ImportLock>(w.session().databasePath()) : nullptr;
    if (other)
        QTimer::singleShot(600, [&other] { other.reset(); });
    ImportController *importer = w.importer();
    QSignalSpy done(importer, &ImportController::importFinished);
    QElapsedTimer seen;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *results = qobject_cast<QDialog *>(
            [] {
                for (QWidget *t : QApplication::topLevelWidgets())
                    if (t->objectName() == QLatin1String("importResults") && t->isVisible())
                        return t;
                return static_cast<QWidget *>(nullptr);
            }());
        if (!results)
            return;
        if (!seen.isValid())
            seen.start();
        if (seen.elapsed() < 800) // past QProgressDialog's 300 ms show delay, with room
            return;
        poll.stop();
        visit.dialogsWhileOpen = visibleDialogs();
        auto *table = results->findChild<QTableWidget *>(QStringLiteral("importResultsTable"));
        for (int row = 0; table && row < table->rowCount(); ++row)
            visit.reasons << table->item(row, 2)->text();
        results->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
        visit.closed = !results->isVisible();
    });
    poll.start();
    importer->importPaths(paths);
    (void)done.wait(120000);
    poll.stop();
    return visit;
}

QStringList generate(const QString &folder, int count)
{
    QProcess gen;
    gen.start(test::genCorpusPath(), {QStringLiteral("--articles"), QString::number(count), QStringLiteral("--seed"),
                                      QStringLiteral("11"), QStringLiteral("--out"), folder});
    REQUIRE(gen.waitForFinished(60000));
    REQUIRE(gen.exitCode() == 0);
    QStringList files;
    for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name))
        files << QDir(folder).filePath(name);
    return files;
}

} // namespace

TEST_CASE("No dialog is left open after importing one file or twelve", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    for (const auto &[count, waitFirst] : {std::pair{1, false}, {12, false}, {1, true}, {12, true}}) {
        INFO(count << " file(s)" << (waitFirst ? ", progress shown" : ""));
        QTemporaryDir folder;
        const QStringList files = generate(folder.path(), count);
        REQUIRE(files.size() == count);
        const ResultsVisit visit = importAndClose(*w, files, waitFirst);
        // Only the results: no "Imported 12 of 12" progress dialog over them.
        CHECK(visit.dialogsWhileOpen.join(QStringLiteral(", ")).toStdString() == "importResults");
        CHECK(visit.closed);
        CHECK(visit.reasons.size() == count);
        QCoreApplication::processEvents();
        QTest::qWait(400); // a stale progress dialog would show itself by now
        CHECK(visibleDialogs().join(QStringLiteral(", ")).toStdString().empty());
        CHECK(w->findChildren<QProgressDialog *>().isEmpty());
    }
}

TEST_CASE("The import results show each file's whole reason", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    QTemporaryDir folder;
    const QString empty = folder.filePath(QStringLiteral("empty-article.txt"));
    QFile(empty).open(QIODevice::WriteOnly);
    const ResultsVisit visit = importAndClose(*w, {empty});
    REQUIRE(visit.reasons.size() == 1);
    const auto &results = w->importer()->lastResults();
    REQUIRE(results.size() == 1);
    CHECK(results.first().status == FileResult::Status::Failed);
    CHECK_FALSE(results.first().message.isEmpty());
    CHECK(visit.reasons.first() == results.first().message);
    CHECK(visibleDialogs().isEmpty());
}

TEST_CASE("A long reason wraps in the results table instead of being cut off", "[ui]")
{
    FileResult failed;
    failed.path = QStringLiteral("/tmp/a-file-with-a-long-name.html");
    failed.status = FileResult::Status::Failed;
    failed.message = QStringLiteral("The page holds no article text that could be told apart from its menus, "
                                    "links and footer; save the article itself (Reader view) and import that, "
                                    "or copy its text into a .txt file with the headline on the first line.");
    ImportResultsDialog dialog({failed}, false);
    dialog.show();
    (void)QTest::qWaitForWindowExposed(&dialog);
    QTableWidget *table = dialog.table();
    CHECK(table->item(0, 2)->text() == failed.message);
    CHECK(table->textElideMode() == Qt::ElideNone);
    // Wrapped over several lines: the row is taller than one line of text.
    CHECK(table->rowHeight(0) > 2 * table->fontMetrics().height());
}
