#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace summit {

class Database;

/// A prepared statement that finalizes itself. Parameters are bound by position (1-based)
/// and never spliced into SQL text.
class Statement final
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); ///< a null QString binds NULL
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    /// A value read back by value(): null, qint64, double, QString or QByteArray (blob).
    Statement &bind(int index, const QVariant &value);

    /// Binds all values in order from index 1.
    template<typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    /// Advances to the next row; false when done.
    bool step();
    /// Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const; ///< NULL reads as a null QString
    QByteArray blob(int column) const;
    int columnCount() const;
    /// The column with its SQLite storage class kept (null, qint64, double, QString, QByteArray),
    /// so a row copied through value() and bind(QVariant) comes back byte for byte.
    QVariant value(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Rolls back unless commit() is called: one import or one migration step is all or nothing.
class Transaction final
{
public:
    explicit Transaction(Database &db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace summit
