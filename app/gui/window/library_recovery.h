#pragma once

#include <QString>

namespace summit::gui {

/// Called when the library file cannot be opened at start-up. Explains why in plain words and
/// offers to set the file aside (renamed, never deleted) and start a fresh library. Returns the
/// path to open next, or an empty string when the user chose to quit.
QString recoverUnreadableLibrary(const QString &path, const QString &why);

/// Why the file at path must not be opened as a library, or an empty string if it may. A
/// library named on the command line (say, by the file manager for any .sqlite file) may be
/// another program's database: opening it would add Summitline's tables to it. Such a file
/// is an SQLite database with tables but schema version 0, which no Summitline library has.
QString foreignDatabaseProblem(const QString &path);

} // namespace summit::gui
