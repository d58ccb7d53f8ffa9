#include "models/quote_loader.h"

#include "library/library.h"
#include "store/database.h"

namespace summit::gui {

QuoteLoader::QuoteLoader(QString databasePath, QObject *context, Reply reply)
    : m_path(std::move(databasePath)), m_context(context), m_reply(std::move(reply))
{
    m_inThread = new QObject;
    m_inThread->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inThread, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("quotes"));
    m_thread.start();
}

QuoteLoader::~QuoteLoader()
{
    m_thread.requestInterruption();
    // The connection belongs to the worker thread: close it there before the thread ends.
    QMetaObject::invokeMethod(m_inThread, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void QuoteLoader::request(quint64 token)
{
    m_latest = token;
    QMetaObject::invokeMethod(m_inThread, [this, token] { run(token); }, Qt::QueuedConnection);
}

void QuoteLoader::run(quint64 token)
{
    // Several reloads in a row (an import, then an edit) read the library once.
    if (m_thread.isInterruptionRequested() || token < m_latest)
        return;
    QVector<library::QuoteRecord> quotes;
    QString error;
    try {
        if (!m_db)
            m_db = std::make_unique<Database>(m_path, Database::Mode::ReadOnly);
        quotes = library::Library(*m_db).quotes({}, false);
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    Reply reply = m_reply;
    QMetaObject::invokeMethod(
        m_context, [reply, token, quotes = std::move(quotes), error]() mutable { reply(token, std::move(quotes), error); },
        Qt::QueuedConnection);
}

} // namespace summit::gui
