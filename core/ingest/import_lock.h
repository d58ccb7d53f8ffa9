#pragma once

#include <QLockFile>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace summit {

/// Imports into one library run one at a time, across processes. SQLite gives its write lock to
/// whoever asks first after a commit, so a second import polling for it could starve past its
/// busy timeout while the first committed batch after batch, and then fail with "database is
/// locked" having imported nothing. Instead the second one waits here, says so, and proceeds.
/// The lock file sits beside the library; a lock left by a process that died is taken over.
class ImportLock final
{
public:
    /// Blocks until the lock is held. onWait runs once if another import holds it. Returns early
    /// (held() false) when cancel becomes true. A library in memory, or a folder where no lock
    /// file can be made, needs no lock: held() is then true and nothing is locked.
    ImportLock(const QString &databasePath, const std::function<void()> &onWait = {},
               const std::atomic_bool *cancel = nullptr);
    Q_DISABLE_COPY_MOVE(ImportLock)

    bool held() const { return m_held; }
    static QString lockPathFor(const QString &databasePath);

private:
    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
};

} // namespace summit
