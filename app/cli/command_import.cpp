#include "cli_context.h"
#include "command_parser.h"
#include "ingest/bundled_corpus.h"
#include "ingest/import_lock.h"
#include "store/database.h"

namespace summit::cli {

namespace {
void printResult(QTextStream &out, const FileResult &r)
{
    switch (r.status) {
    case FileResult::Status::Imported:
        out << "imported: " << printable(r.path) << "\n";
        break;
    case FileResult::Status::Duplicate:
        out << "duplicate: " << printable(r.path) << "\n";
        break;
    case FileResult::Status::Failed:
        out << "failed: " << printable(r.message) << "\n";
        break;
    }
    for (const QString &w : r.warnings)
        out << "  warning: " << printable(w) << "\n";
}

void waitingForOtherImport(Context &c)
{
    c.err << "Another import into " << printable(c.dbPath) << " is running; waiting for it to finish…\n";
    c.err.flush();
}
} // namespace

int runInit(Context &c)
{
    CommandParser p(c, QStringLiteral("init [--empty]"),
                    QStringLiteral("Creates the database if missing and loads the bundled corpus. Running it again changes nothing."));
    p.parser.addOption({QStringLiteral("empty"), QStringLiteral("Create the database without the bundled corpus.")});
    if (const int code = p.parse(); code >= 0)
        return code;
    if (!p.parser.positionalArguments().isEmpty())
        return p.usageError(QStringLiteral("init takes no arguments"));
    const ImportLock lock(c.dbPath, [&c] { waitingForOtherImport(c); });
    auto db = c.open();
    if (!db)
        return 1;
    try {
        const QVector<FileResult> results = initialiseDatabase(*db, p.parser.isSet(QStringLiteral("empty")));
        int imported = 0, failed = 0;
        for (const FileResult &r : results) {
            imported += r.status == FileResult::Status::Imported;
            failed += r.status == FileResult::Status::Failed;
            if (r.status == FileResult::Status::Failed)
                c.err << "failed: " << printable(r.message) << "\n";
        }
        c.out << "database: " << c.dbPath << "\n"
              << "bundled articles imported: " << imported << " (already present: "
              << (results.size() - imported - failed) << ")\n";
        return failed ? 1 : 0;
    } catch (const StoreError &e) {
        c.err << "error: " << e.message() << "\n";
        return 1;
    }
}

int runImport(Context &c)
{
    CommandParser p(c, QStringLiteral("import [--published YYYY-MM-DD] [--outlet NAME] [--title TEXT] [--url URL] PATH..."),
                    QStringLiteral("Imports files and folders (recursively). Prints one line per file: imported, "
                                   "duplicate or failed with the reason. Exit code 1 when any file failed; the "
                                   "others are still imported."));
    p.parser.addOption({QStringLiteral("published"), QStringLiteral("Publication date (overrides the file)."), QStringLiteral("YYYY-MM-DD")});
    p.parser.addOption({QStringLiteral("outlet"), QStringLiteral("Outlet name (overrides the file)."), QStringLiteral("NAME")});
    p.parser.addOption({QStringLiteral("title"), QStringLiteral("Title (overrides the file)."), QStringLiteral("TEXT")});
    p.parser.addOption({QStringLiteral("url"), QStringLiteral("Source URL."), QStringLiteral("URL")});
    p.parser.addOption({QStringLiteral("workers"), QStringLiteral("Preparation threads (default: one per core)."), QStringLiteral("N")});
    p.parser.addOption({QStringLiteral("quiet"), QStringLiteral("Print only failures and a summary.")});
    if (const int code = p.parse(); code >= 0)
        return code;
    const QStringList paths = p.parser.positionalArguments();
    if (paths.isEmpty())
        return p.usageError(QStringLiteral("import needs at least one PATH"));
    ImportOptions options;
    if (p.parser.isSet(QStringLiteral("published"))) {
        options.overrides.published = QDate::fromString(p.parser.value(QStringLiteral("published")), Qt::ISODate);
        if (!options.overrides.published.isValid())
            return p.usageError(QStringLiteral("--published must be a date like 2008-04-06"));
    }
    options.overrides.outlet = p.parser.value(QStringLiteral("outlet"));
    options.overrides.title = p.parser.value(QStringLiteral("title"));
    options.overrides.url = p.parser.value(QStringLiteral("url"));
    if (p.parser.isSet(QStringLiteral("workers"))) {
        bool ok = false;
        options.workers = p.parser.value(QStringLiteral("workers")).toInt(&ok);
        if (!ok || options.workers < 1)
            return p.usageError(QStringLiteral("--workers must be a positive number"));
    }
    const bool quiet = p.parser.isSet(QStringLiteral("quiet"));
    const ImportLock lock(c.dbPath, [&c] { waitingForOtherImport(c); });
    auto db = c.open();
    if (!db)
        return 1;
    if (const QString problem = db->integrityProblem(); !problem.isEmpty()) {
        c.err << "error: the library " << printable(c.dbPath) << " is damaged (" << printable(problem)
              << "); nothing was imported. Go back to a copy of it, or import into a new library.\n";
        return 1;
    }
    try {
        syncEventCatalog(*db);
        Importer importer(*db);
        int counts[3] = {0, 0, 0};
        importer.importPaths(paths, options, [&](int, int, const FileResult &r) {
            ++counts[int(r.status)];
            if (!quiet || r.status == FileResult::Status::Failed)
                printResult(c.out, r);
            c.out.flush();
        });
        c.out << counts[0] << " imported, " << counts[1] << " duplicate, " << counts[2] << " failed\n";
        return counts[2] > 0 ? 1 : 0;
    } catch (const StoreError &e) {
        c.err << "error: " << e.message() << "\n";
        return 1;
    }
}

} // namespace summit::cli
