#pragma once

// Helpers shared by the import-pipeline tests: seed lookup, file writing, and a fingerprint of
// every table so "the database is unchanged" is checked on content, not only on counts.

#include "store/database.h"
#include "store/statement.h"
#include "sql_values.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace summit::test {

/// The seed whose file name starts with `prefix` ("000" .. "004").
inline QString seedPath(const QString &prefix)
{
    for (const QString &p : seedFiles())
        if (QFileInfo(p).fileName().startsWith(prefix))
            return p;
    FAIL("no seed file starting with " << prefix.toStdString());
    return {};
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
    f.close();
    return path;
}

inline qint64 countRows(Database &db, const char *sql)
{
    return scalar(db, sql);
}

/// SHA-256 over every row of every table (FTS shadow tables included), in rowid order.
/// Two databases with the same fingerprint hold the same data.
inline QByteArray tableFingerprint(Database &db)
{
    QStringList tables;
    {
        Statement st(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                         "ORDER BY name");
        while (st.step())
            tables << st.text(0);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : std::as_const(tables)) {
        hash.addData(table.toUtf8());
        // A table name cannot be bound; it comes from sqlite_master, not from input.
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY 1";
        sqlite3_stmt *st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &st, nullptr) == SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const int type = sqlite3_column_type(st, c);
                const auto *data = static_cast<const char *>(sqlite3_column_blob(st, c));
                hash.addData(QByteArray::number(type));
                hash.addData(QByteArrayView(data, sqlite3_column_bytes(st, c)));
                hash.addData("|");
            }
        }
        sqlite3_finalize(st);
    }
    return hash.result().toHex();
}

} // namespace summit::test
