#include "store/query_deadline.h"

#include "store/database.h"

#include <sqlite3.h>

namespace summit {

namespace {
// How many virtual-machine steps run between clock checks: a few microseconds of work, so the
// overshoot past the deadline is negligible and the check itself costs nothing measurable.
constexpr int kStepsBetweenChecks = 20000;
} // namespace

QueryDeadline::QueryDeadline(Database &db, int milliseconds) : m_db(db), m_deadline(milliseconds)
{
    sqlite3_progress_handler(m_db.handle(), kStepsBetweenChecks, &QueryDeadline::onProgress, this);
}

QueryDeadline::~QueryDeadline()
{
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
}

int QueryDeadline::onProgress(void *self)
{
    auto *d = static_cast<QueryDeadline *>(self);
    if (d->m_deadline.hasExpired())
        d->m_expired = true;
    return d->m_expired ? 1 : 0; // non-zero interrupts the statement
}

} // namespace summit
