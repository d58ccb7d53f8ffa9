#pragma once

#include <QString>

namespace summit {

class Database;

/// Writes a consistent copy of the open database to target with SQLite's VACUUM INTO: one
/// self-contained file (no WAL beside it), readable while the library stays open. An existing
/// target is replaced. Throws StoreError naming the target when it cannot be written.
void copyDatabase(Database &db, const QString &target);

/// Why the file at path must not be opened as a library, or an empty string when it may (it is
/// missing, empty, or a Summitline library). Opening migrates, so another program's SQLite
/// file (user_version 0 with tables in it) or a file that is no SQLite database is refused
/// before anything writes to it.
QString notALibraryReason(const QString &path);

} // namespace summit
