#include "panels/search_worker.h"

#include "library/library.h"
#include "store/database.h"

namespace summit::gui {

SearchWorker::SearchWorker(QString databasePath, QObject *context, Reply reply)
    : m_path(std::move(databasePath)), m_context(context), m_reply(std::move(reply))
{
    m_inThread = new QObject;
    m_inThread->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inThread, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
}

SearchWorker::~SearchWorker()
{
    m_thread.requestInterruption();
    // The connection belongs to the worker thread: close it there before the thread ends.
    QMetaObject::invokeMethod(m_inThread, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SearchWorker::request(quint64 token, const QString &text, const library::LibraryFilter &filter)
{
    QMetaObject::invokeMethod(m_inThread, [this, token, text, filter] { run(token, text, filter); },
                              Qt::QueuedConnection);
}

void SearchWorker::run(quint64 token, const QString &text, const library::LibraryFilter &filter)
{
    if (m_thread.isInterruptionRequested())
        return;
    library::SearchResult result;
    QString error;
    try {
        if (!m_db)
            m_db = std::make_unique<Database>(m_path, Database::Mode::ReadOnly);
        result = library::Library(*m_db).search(text, filter);
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    Reply reply = m_reply;
    QMetaObject::invokeMethod(m_context, [reply, token, result, error] { reply(token, result, error); },
                              Qt::QueuedConnection);
}

} // namespace summit::gui
