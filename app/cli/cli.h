#pragma once

#include <QStringList>

namespace summit::cli {

/// Runs summitline-cli with its arguments (args[0] is the program). Returns the exit code:
/// 0 success, 1 a command failed (e.g. some files did not import), 2 bad arguments.
int run(const QStringList &args);

} // namespace summit::cli
