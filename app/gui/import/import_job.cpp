#include "import/import_job.h"

#include "ingest/bundled_corpus.h"
#include "ingest/import_lock.h"
#include "store/database.h"

#include <QFileInfo>

namespace summit::gui {

ImportJob::ImportJob(QString databasePath, QStringList paths, bool loadBundled, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_paths(std::move(paths)),
      m_loadBundled(loadBundled)
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->requestInterruption();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

void ImportJob::run()
{
    QVector<FileResult> results;
    QString error;
    try {
        // Another process importing into the same library: wait for it (the dialog shows the
        // progress of this import only once it starts).
        const ImportLock lock(m_path, {}, &m_cancel);
        if (!lock.held())
            throw std::runtime_error("the import was cancelled while another import was running");
        Database db(m_path);
        if (const QString problem = db.integrityProblem(); !problem.isEmpty())
            throw StoreError(QStringLiteral("The library is damaged (%1); nothing was imported. Go back to a copy "
                                            "of it, or import into a new library.")
                                 .arg(problem));
        if (m_loadBundled) {
            results = initialiseDatabase(db);
        } else {
            Importer importer(db);
            results = importer.importPaths(
                m_paths, {},
                [this](int done, int total, const FileResult &r) {
                    // Queued to the job's thread: widgets are never touched from here.
                    QMetaObject::invokeMethod(
                        this, [this, done, total, file = QFileInfo(r.path).fileName()] {
                            Q_EMIT progressed(done, total, file);
                        },
                        Qt::QueuedConnection);
                },
                &m_cancel);
        }
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    QMetaObject::invokeMethod(this, [this, results, error] { Q_EMIT finished(results, error); },
                              Qt::QueuedConnection);
}

} // namespace summit::gui
