#pragma once

#include <QJsonArray>
#include <QTextStream>

#include <memory>

namespace summit {
class Database;
}

namespace summit::cli {

/// What every command gets: its own arguments, the database path and the output streams.
struct Context
{
    QStringList args; ///< the command name first, then its arguments
    QString dbPath;
    QTextStream &out;
    QTextStream &err;
    bool writes = true; ///< false for commands that only read: they work on a read-only folder too

    /// Opens (creating and migrating) the database; prints the error and returns null on failure.
    std::unique_ptr<Database> open() const;
    void printJson(const QJsonArray &array) const;
};

/// A file name or message fit to print on one line: control characters (a newline, an escape
/// sequence) are shown as \n or \xNN, so a crafted file name cannot forge an output line.
QString printable(const QString &text);

/// A command: returns the exit code.
using Command = int (*)(Context &);

int runInit(Context &);
int runImport(Context &);
int runArticles(Context &);
int runStats(Context &);
int runSearch(Context &);
int runInspect(Context &);
int runQuotes(Context &);
int runTimexes(Context &);
int runEvents(Context &);
int runExport(Context &);

} // namespace summit::cli
