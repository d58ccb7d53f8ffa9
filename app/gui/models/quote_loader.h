#pragma once

#include "library/records.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace summit {
class Database;
}

namespace summit::gui {

/// Reads every non-fragment quote on its own thread with its own connection, so a library of
/// tens of thousands of quotes never holds up the window's first paint. Every request carries a
/// token; the caller keeps only the answer to its latest token, so a load overtaken by an
/// import or an edit drops.
class QuoteLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteLoader)
public:
    using Reply = std::function<void(quint64 token, QVector<library::QuoteRecord> quotes, const QString &error)>;

    /// reply runs on the thread of context (and not at all once context is gone).
    QuoteLoader(QString databasePath, QObject *context, Reply reply);
    ~QuoteLoader() override;

    void request(quint64 token);

private:
    void run(quint64 token);

    QString m_path;
    QObject *m_context;
    Reply m_reply;
    QThread m_thread;
    std::atomic<quint64> m_latest{0}; ///< a queued request older than this is skipped
    QObject *m_inThread = nullptr; ///< lives on m_thread; requests are queued to it
    std::unique_ptr<Database> m_db; ///< opened and used on m_thread only
};

} // namespace summit::gui
