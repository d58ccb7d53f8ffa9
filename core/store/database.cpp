#include "store/database.h"

#include "store/migrations.h"
#include "store/statement.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace summit {

int Database::currentSchemaVersion()
{
    int count = 0;
    const Migration *all = migrations(&count);
    return all[count - 1].version;
}

namespace {
// SQLite's memory statistics take a process-wide mutex on every allocation, and the writer
// allocates for every row; nothing here reads the statistics. sqlite3_config() only works
// before SQLite initialises, so this runs once, before the first connection opens. If some
// other code initialised SQLite first, the call fails harmlessly and the default stays.
void configureSqliteOnce()
{
    static const bool done = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(done);
}
} // namespace

Database::Database(const QString &path, Mode mode) : m_path(path)
{
    configureSqliteOnce();
    if (mode == Mode::ReadWrite && path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            throw StoreError(QStringLiteral("Cannot create the folder %1").arg(info.absolutePath()));
    }
    const int flags = mode == Mode::ReadWrite ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READONLY;
    // A library in a folder we cannot write to can still be read: SQLite cannot create the WAL
    // index there, so the file is opened as immutable (nobody can be writing it either).
    const QByteArray name = mode == Mode::Immutable
                                ? QByteArrayLiteral("file:") + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/")
                                      + QByteArrayLiteral("?immutable=1")
                                : path.toUtf8();
    if (sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX | (mode == Mode::Immutable ? SQLITE_OPEN_URI : 0), nullptr)
        != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(QStringLiteral("Cannot open the database %1: %2").arg(path, why));
    }
    sqlite3_busy_timeout(m_db, 10000);
    try {
        // Reading the header first turns "file is not a database" into a clear error.
        // 16 KiB pages (a no-op on an existing file): an article's raw bytes and text fit in
        // fewer overflow pages, and the writer makes a quarter of the write calls.
        exec("PRAGMA page_size = 16384");
        exec("PRAGMA foreign_keys = ON");
        // Refuse a file from a newer Summitline before anything below can change it (switching
        // it to WAL is a write).
        if (userVersion() > currentSchemaVersion())
            migrate(*this); // throws the "newer version" message
        // Another program's database (tables but no Summitline version) is refused before WAL
        // or a migration writes to it, whoever opens it: the app, the CLI's --db or a test.
        if (mode == Mode::ReadWrite && isForeignDatabase())
            throw StoreError(QStringLiteral("%1 is an SQLite database of another program, not a Summitline "
                                            "library; it was left untouched")
                                 .arg(path));
        if (mode == Mode::ReadWrite) {
            exec("PRAGMA journal_mode = WAL");
            exec("PRAGMA synchronous = NORMAL");
        }
        exec("PRAGMA temp_store = MEMORY");
        if (mode == Mode::ReadWrite)
            migrate(*this);
    } catch (const StoreError &e) {
        sqlite3_close(m_db);
        m_db = nullptr;
        if (e.message().startsWith(path))
            throw;
        throw StoreError(QStringLiteral("Cannot use the database %1: %2").arg(path, e.message()));
    }
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        throw StoreError(message);
    }
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::integrityProblem()
{
    try {
        Statement st(*this, "PRAGMA quick_check(1)");
        const QString first = st.step() ? st.text(0) : QStringLiteral("no answer from the integrity check");
        return first == QLatin1String("ok") ? QString() : first;
    } catch (const StoreError &e) {
        return e.message();
    }
}

bool Database::isForeignDatabase()
{
    if (userVersion() != 0)
        return false;
    Statement tables(*this, "SELECT count(*) FROM sqlite_master");
    return tables.step() && tables.integer(0) > 0;
}

int Database::userVersion()
{
    Statement st(*this, "PRAGMA user_version");
    return st.step() ? st.integer(0) : 0;
}

} // namespace summit
