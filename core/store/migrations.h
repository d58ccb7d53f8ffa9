#pragma once

namespace summit {

class Database;

/// Numbered schema steps. Step N moves user_version from N-1 to N inside one transaction,
/// so a failure never leaves a half-migrated file.
struct Migration
{
    int version;
    const char *sql;
};

const Migration *migrations(int *count);

/// Brings db up to date; throws StoreError for a file from a newer Summitline.
void migrate(Database &db);
/// Applies steps only up to `version` (tests use it to build an older schema).
void migrateTo(Database &db, int version);

} // namespace summit
