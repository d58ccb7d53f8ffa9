#include "store/background_checkpointer.h"

#include "store/database.h"
#include "store/statement.h"

#include <sqlite3.h>

#include <chrono>

namespace summit {

namespace {
// A commit wakes the thread at once; the interval only bounds how long a quiet writer's last
// frames wait.
constexpr auto kInterval = std::chrono::milliseconds(500);
} // namespace

BackgroundCheckpointer::BackgroundCheckpointer(Database &writer) : m_writer(writer)
{
    if (writer.path().isEmpty() || writer.path() == QLatin1String(":memory:"))
        return;
    try {
        // Opened here, before the writer starts its transaction; only the thread uses it after.
        m_own = std::make_unique<Database>(writer.path());
        Statement current(writer, "PRAGMA wal_autocheckpoint");
        if (current.step())
            m_previousAutoCheckpoint = current.integer(0);
    } catch (const StoreError &) {
        m_own.reset();
        return; // the writer keeps checkpointing itself
    }
    // Replaces SQLite's own commit hook, which is what runs automatic checkpoints.
    sqlite3_wal_hook(writer.handle(), &BackgroundCheckpointer::onCommit, this);
    m_thread = std::thread([this] { run(); });
}

BackgroundCheckpointer::~BackgroundCheckpointer()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    // Reinstalls SQLite's default commit hook with the connection's previous threshold.
    sqlite3_wal_autocheckpoint(m_writer.handle(), m_previousAutoCheckpoint);
}

int BackgroundCheckpointer::onCommit(void *self, sqlite3 *db, const char *name, int frames)
{
    auto *me = static_cast<BackgroundCheckpointer *>(self);
    if (frames >= kRestartFrames) {
        // Waits for a checkpoint the thread has under way (SQLite would answer BUSY and the
        // WAL would keep growing), then copies what is left.
        std::lock_guard one(me->m_checkpointing);
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }
    {
        std::lock_guard lock(me->m_mutex);
        me->m_pending = true;
    }
    me->m_wake.notify_one();
    return SQLITE_OK;
}

int BackgroundCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

void BackgroundCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait_for(lock, kInterval, [this] { return m_stop || m_pending; });
        if (m_stop)
            break;
        m_pending = false;
        lock.unlock();
        bool ran = true;
        try {
            // PASSIVE copies what no reader still needs and never waits on the writer.
            std::lock_guard one(m_checkpointing);
            m_own->exec("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (const StoreError &) {
            ran = false; // e.g. an I/O hiccup; the next round catches up
        }
        lock.lock();
        m_checkpoints += ran ? 1 : 0;
    }
    lock.unlock();
    try {
        m_own->exec("PRAGMA wal_checkpoint(PASSIVE)"); // what the last commits left
    } catch (const StoreError &) {
    }
    m_own.reset(); // closed on the thread that used it
}

} // namespace summit
