#pragma once

#include <QString>
#include <stdexcept>

struct sqlite3;

namespace summit {

/// Any failure of the store, with a message fit to show a user.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

/// One SQLite connection (use one per thread). Opening it turns on WAL and foreign keys and
/// brings the schema up to date, refusing files written by a newer Summitline.
class Database final
{
public:
    /// ReadOnly still needs to create the WAL index beside the file; Immutable reads a file in
    /// a folder nobody can write to (and so nobody can be changing).
    enum class Mode { ReadWrite, ReadOnly, Immutable };

    explicit Database(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    /// Runs one or more statements without results (no parameters: schema text only).
    void exec(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;
    int userVersion();
    /// False when no transaction is open, for instance after SQLite rolled one back by itself
    /// (a full disk, an I/O error): work done since BEGIN is then gone.
    bool inTransaction() const;

    /// The schema version this build writes.
    static int currentSchemaVersion();

    /// Empty when SQLite's quick_check finds the file sound, else its first complaint. Imports
    /// run it first: writing into a damaged file can "succeed" while the damage stays (about
    /// 0.3 s for a library of 10,000 articles).
    QString integrityProblem();

    /// True for another program's database: tables, but no Summitline schema version. Opening
    /// one read-write is refused before anything writes to it; the app asks first, to say so
    /// instead of offering to set the file aside as damaged.
    bool isForeignDatabase();

private:

    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace summit
