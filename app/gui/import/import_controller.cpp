#include "import/import_controller.h"

#include "import/import_job.h"
#include "import/import_results_dialog.h"
#include "state/session.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QTimer>

namespace summit::gui {

namespace {
const QString kFilter = QStringLiteral("Articles (*.txt *.md *.html *.htm);;All files (*)");
QString lastFolder()
{
    return QSettings().value(QStringLiteral("import/lastFolder")).toString();
}
} // namespace

ImportController::ImportController(Session &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
}

ImportController::~ImportController()
{
    delete m_job; // waits for the worker thread
}

void ImportController::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, QStringLiteral("Import Articles"), lastFolder(), kFilter);
    if (!files.isEmpty()) {
        QSettings().setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).absolutePath());
        importPaths(files);
    }
}

void ImportController::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, QStringLiteral("Import a Folder"),
                                                          lastFolder());
    if (!dir.isEmpty()) {
        QSettings().setValue(QStringLiteral("import/lastFolder"), dir);
        importPaths({dir});
    }
}

void ImportController::importPaths(const QStringList &paths)
{
    if (m_job || paths.isEmpty())
        return;
    m_job = new ImportJob(m_session.databasePath(), paths, false);
    m_progress = new QProgressDialog(QStringLiteral("Importing…"), QStringLiteral("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(QStringLiteral("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ImportJob::cancel);
    connect(m_job, &ImportJob::progressed, this, [this](int done, int total, const QString &file) {
        // A shown, window-modal QProgressDialog runs the event loop inside setValue(). The next
        // progress or the job's finished signal can arrive right there: a nested update is
        // skipped (the next one shows), and finish() must wait until setValue() has returned.
        if (!m_progress || m_inProgressUpdate)
            return;
        m_inProgressUpdate = true;
        m_progress->setMaximum(total);
        m_progress->setLabelText(QStringLiteral("Imported %1 of %2: %3").arg(done).arg(total).arg(file));
        m_progress->setValue(done);
        m_inProgressUpdate = false;
    });
    connect(m_job, &ImportJob::finished, this, &ImportController::finish);
    m_job->start();
}

void ImportController::finish(const QVector<FileResult> &results, const QString &error)
{
    if (m_inProgressUpdate) {
        // Called from inside QProgressDialog::setValue(): try again once it has returned.
        QTimer::singleShot(0, this, [this, results, error] { finish(results, error); });
        return;
    }
    const bool cancelled = m_progress && m_progress->wasCanceled();
    // Gone now, not later: a deferred delete waits for the results dialog's nested event loop
    // to end, and meanwhile the progress dialog's own show-after-delay timer would put a
    // stale "100 %" dialog over the results and block their Close button.
    delete m_progress.data();
    m_job->deleteLater();
    m_job = nullptr;
    m_last = results;
    int imported = 0;
    for (const auto &r : results)
        imported += r.status == FileResult::Status::Imported;
    m_session.reload();
    if (!error.isEmpty() && m_showResults)
        QMessageBox::warning(m_window, QStringLiteral("Import Failed"),
                             QStringLiteral("The import stopped: %1").arg(error));
    else if (m_showResults) {
        ImportResultsDialog dialog(results, cancelled, m_window);
        dialog.exec();
    }
    Q_EMIT importFinished(imported);
}

} // namespace summit::gui
