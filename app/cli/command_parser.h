#pragma once

#include "cli_context.h"
#include "library/library_filter.h"

#include <QCommandLineParser>

namespace summit::cli {

/// QCommandLineParser with the CLI's conventions: --help prints usage and exits 0, bad
/// arguments print the error and usage and exit 2 (never calling exit() itself).
class CommandParser final
{
public:
    CommandParser(Context &c, const QString &synopsis, const QString &description);
    QCommandLineParser parser;

    /// Returns -1 to continue, or the exit code to return now.
    int parse();
    int usageError(const QString &message);
    /// Reads a numeric id option into *id (left as is when the option is absent). Returns -1 to
    /// continue, or the usage-error exit code.
    int idOption(const QString &name, qint64 *id);
    /// Adds --outlet, --from and --to (and --topic when withTopic): the app's filter bar.
    void addFilterOptions(bool withTopic);
    /// Reads those options into *filter. Returns -1 to continue, or the usage-error exit code.
    int filterOptions(library::LibraryFilter *filter);

private:
    Context &m_c;
    QString m_synopsis;
    bool m_topic = false;
};

} // namespace summit::cli
