#pragma once

#include "library/library_filter.h"
#include "library/records.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace summit {
class Database;
}

namespace summit::gui {

/// Runs full-text searches on its own thread with its own connection. Every request carries a
/// token; the caller keeps only the answer to its latest token, so stale results drop.
class SearchWorker final : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(quint64 token, const library::SearchResult &result,
                                     const QString &error)>;

    /// reply runs on the thread of context.
    SearchWorker(QString databasePath, QObject *context, Reply reply);
    ~SearchWorker() override;

    void request(quint64 token, const QString &text, const library::LibraryFilter &filter);

private:
    void run(quint64 token, const QString &text, const library::LibraryFilter &filter);

    QString m_path;
    QObject *m_context;
    Reply m_reply;
    QThread m_thread;
    QObject *m_inThread = nullptr; ///< lives on m_thread; requests are queued to it
    std::unique_ptr<Database> m_db; ///< opened and used on m_thread only
};

} // namespace summit::gui
