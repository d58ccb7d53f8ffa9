#pragma once

#include <QString>

namespace summit::gui {

/// Called when the library file cannot be opened at start-up. Explains why in plain words and
/// offers to set the file aside (renamed, never deleted) and start a fresh library. Returns the
/// path to open next, or an empty string when the user chose to quit.
QString recoverUnreadableLibrary(const QString &path, const QString &why);

} // namespace summit::gui
