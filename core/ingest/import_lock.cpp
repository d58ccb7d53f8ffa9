#include "ingest/import_lock.h"

#include <QFileInfo>

namespace summit {

QString ImportLock::lockPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".import-lock");
}

ImportLock::ImportLock(const QString &databasePath, const std::function<void()> &onWait,
                       const std::atomic_bool *cancel)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:")) {
        m_held = true;
        return;
    }
    m_lock = std::make_unique<QLockFile>(lockPathFor(databasePath));
    // An import can run for many minutes; only a dead owner makes the lock stale, never its age.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        m_held = true;
        return;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        // No lock file can be made here (a read-only folder): the import's own writes will fail
        // with a clear message, and nobody else can be importing into this folder either.
        m_lock.reset();
        m_held = true;
        return;
    }
    if (onWait)
        onWait();
    while (!(cancel && cancel->load())) {
        if (m_lock->tryLock(200)) {
            m_held = true;
            return;
        }
    }
}

} // namespace summit
