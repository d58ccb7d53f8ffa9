#pragma once

#include <QDeadlineTimer>

namespace summit {

class Database;

/// Bounds how long one connection's statements may run while it lives: past the deadline
/// SQLite interrupts the running statement, which then fails (a StoreError). Search uses it so
/// that no query (a pathological pattern, a library with huge rows) can hang the reader.
/// Only one may be active per connection at a time.
class QueryDeadline final
{
public:
    QueryDeadline(Database &db, int milliseconds);
    ~QueryDeadline();
    Q_DISABLE_COPY_MOVE(QueryDeadline)

    /// True once the budget ran out, so a caller can tell an interrupt from another failure.
    bool expired() const { return m_expired; }

private:
    static int onProgress(void *self);

    Database &m_db;
    QDeadlineTimer m_deadline;
    bool m_expired = false;
};

} // namespace summit
