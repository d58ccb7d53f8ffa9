#pragma once

#include "ingest/importer.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace summit::gui {

/// One import run on its own thread with its own connection. Progress and the final results
/// arrive as signals on the thread that created the job; cancel() is cooperative.
class ImportJob final : public QObject
{
    Q_OBJECT
public:
    /// loadBundled: make the database ready on first start (catalog + bundled corpus)
    /// instead of importing paths.
    ImportJob(QString databasePath, QStringList paths, bool loadBundled, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

Q_SIGNALS:
    void progressed(int done, int total, const QString &file);
    void finished(const QVector<summit::FileResult> &results, const QString &error);

private:
    void run();

    QString m_path;
    QStringList m_paths;
    bool m_loadBundled = false;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace summit::gui
