#include "store/statement.h"

#include "store/database.h"

#include <sqlite3.h>

namespace summit {

namespace {
[[noreturn]] void fail(Database &db, const char *what)
{
    throw StoreError(QStringLiteral("%1: %2").arg(QString::fromUtf8(what),
                                                  QString::fromUtf8(sqlite3_errmsg(db.handle()))));
}
} // namespace

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        fail(db, "cannot prepare statement");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail(m_db, "cannot bind");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail(m_db, "cannot bind");
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        fail(m_db, "cannot bind");
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        fail(m_db, "cannot bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail(m_db, "cannot bind");
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return bindNull(index);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        // An empty blob is not NULL: a null data pointer would bind NULL.
        if (value.toByteArray().isEmpty()) {
            if (sqlite3_bind_zeroblob(m_stmt, index, 0) != SQLITE_OK)
                fail(m_db, "cannot bind");
            return *this;
        }
        return bind(index, value.toByteArray());
    default:
        return value.isNull() ? bindNull(index) : bind(index, value.toString());
    }
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Reset before throwing: statements are cached and reused, and one that is left mid-step
    // would make every later use fail with "API misuse".
    const QString why = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    throw StoreError(QStringLiteral("query failed: %1").arg(why));
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Transaction::Transaction(Database &db, bool immediate) : m_db(db)
{
    m_db.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    case SQLITE_TEXT: {
        // An empty text is not NULL either: keep it a non-null QString.
        const QString t = text(column);
        return QVariant(t.isNull() ? QStringLiteral("") : t);
    }
    default:
        return QVariant();
    }
}

} // namespace summit
