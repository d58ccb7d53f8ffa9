#pragma once
// Another program's SQLite file, for the tests that check Summitline leaves it alone.

#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace summit::test {

/// Writes, at path, a database with a table of its own and schema version 0 (how other
/// programs' databases look), in one file (no WAL) so its bytes can be compared.
inline void makeForeignDatabase(const QString &path)
{
    Database db(path);
    db.exec("CREATE TABLE bookmarks(id INTEGER PRIMARY KEY, url TEXT)");
    db.exec("PRAGMA user_version = 0");
    db.exec("PRAGMA journal_mode = DELETE");
}

/// The SHA-256 of a file's bytes (empty when it cannot be read).
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace summit::test
