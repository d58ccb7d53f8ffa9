#pragma once

#include <QStringList>

namespace summit::gui {

/// The libraries opened lately, newest first, kept in QSettings ("libraries/recent"): only
/// files that still exist, at most kMaxRecentLibraries.
constexpr int kMaxRecentLibraries = 8;
QStringList recentLibraries();
/// Puts path first in the list.
void rememberLibrary(const QString &path);
/// The library to open at start when none is named: the last one opened, if it still exists,
/// else the default in the data folder.
QString startupLibrary();

} // namespace summit::gui
