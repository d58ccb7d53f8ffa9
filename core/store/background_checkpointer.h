#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace summit {

class Database;

/// Moves WAL checkpoints off a writing connection for as long as it lives.
///
/// Why: by default the connection that commits past 1,000 WAL pages copies them into the main
/// file itself, and fsyncs, before its commit returns. During a large import that is the
/// single writer thread, the import's critical path, paying for I/O the other core could do.
/// While a BackgroundCheckpointer exists, the writer's automatic checkpoints are off and a
/// thread with its own connection runs passive checkpoints after each commit, which never block
/// the writer.
///
/// SQLite only starts the WAL over from its beginning when a write transaction begins with
/// every frame already copied, and a writer that begins its next batch the moment it commits
/// never sees that. So once the WAL passes kRestartFrames, the writer's commit hook runs one
/// passive checkpoint itself: the background thread has copied nearly everything by then, so
/// this costs only the tail, and the next transaction restarts the WAL. The WAL stays bounded.
/// The destructor stops the thread and restores the writer's own automatic checkpoints.
///
/// For in-memory databases, or when the second connection cannot be opened, it does nothing
/// and the writer checkpoints as before.
class BackgroundCheckpointer final
{
public:
    explicit BackgroundCheckpointer(Database &writer);
    ~BackgroundCheckpointer();
    BackgroundCheckpointer(const BackgroundCheckpointer &) = delete;
    BackgroundCheckpointer &operator=(const BackgroundCheckpointer &) = delete;

    /// Whether checkpoints are running in the background.
    bool active() const { return m_thread.joinable(); }
    /// Passive checkpoints run so far (for tests).
    int checkpoints() const;

    /// WAL size, in frames (pages), past which the writer finishes a checkpoint itself.
    static constexpr int kRestartFrames = 2048;

private:
    void run();
    static int onCommit(void *self, ::sqlite3 *db, const char *name, int frames);

    Database &m_writer;
    std::unique_ptr<Database> m_own; ///< used only by m_thread
    int m_previousAutoCheckpoint = 1000;
    std::mutex m_checkpointing; ///< one checkpoint at a time: the hook waits, never gets BUSY
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_pending = false; ///< a commit since the last checkpoint
    int m_checkpoints = 0;
    std::thread m_thread;
};

} // namespace summit
