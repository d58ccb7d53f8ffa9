#pragma once

#include <QString>

namespace summit {

class Database;

/// Writes a consistent copy of the open database to target with SQLite's VACUUM INTO: one
/// self-contained file (no WAL beside it), readable while the library stays open. An existing
/// target is replaced. Throws StoreError naming the target when it cannot be written.
void copyDatabase(Database &db, const QString &target);

} // namespace summit
