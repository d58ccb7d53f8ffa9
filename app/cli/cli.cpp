#include "cli.h"

#include "brief_command.h"
#include "cli_context.h"
#include "ingest/bundled_corpus.h"
#include "store/database.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace summit::cli {

namespace {

struct Entry
{
    const char *name;
    Command command;
    const char *summary;
    bool writes = false;
};

int runBriefAdapter(Context &c)
{
    return runBrief(c.args, c.dbPath, c.out, c.err);
}

const Entry kCommands[] = {
    {"init", runInit, "create the database if missing and load the bundled corpus", true},
    {"import", runImport, "import files and folders (.txt, .md, .html, .htm)", true},
    {"articles", runArticles, "list the articles"},
    {"stats", runStats, "counts of articles, paragraphs, sentences, quotes, events"},
    {"search", runSearch, "full-text search over sentences"},
    {"inspect", runInspect, "show how one article was cleaned and split (boilerplate log)"},
    {"quotes", runQuotes, "list quotes with their speakers"},
    {"timexes", runTimexes, "list temporal expressions"},
    {"events", runEvents, "list events"},
    {"brief", runBriefAdapter, "export a PDF briefing"},
    {"export", runExport, "export quotes, events, articles (CSV, JSON) or citations (CSL-JSON, RIS)"},
};

void usage(QTextStream &s)
{
    s << "Usage: summitline-cli [--db FILE] COMMAND [ARGS...]\n\n"
         "Summitline's scripting interface. --db defaults to the app's database:\n  "
      << defaultDatabasePath() << "\n\nCommands:\n";
    for (const Entry &e : kCommands)
        s << "  " << QString::fromLatin1(e.name).leftJustified(10) << QString::fromLatin1(e.summary) << "\n";
    s << "\nRun 'summitline-cli COMMAND --help' for a command's options.\n";
}

} // namespace

std::unique_ptr<Database> Context::open() const
{
    try {
        return std::make_unique<Database>(dbPath);
    } catch (const StoreError &e) {
        // A command that only reads still works when the library's folder is read-only.
        const QFileInfo file(dbPath);
        if (!writes && file.isFile() && file.isReadable() && !QFileInfo(file.absolutePath()).isWritable()) {
            try {
                return std::make_unique<Database>(dbPath, Database::Mode::Immutable);
            } catch (const StoreError &) {
            }
        }
        err << "error: " << printable(e.message()) << "\n";
        return nullptr;
    }
}

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0))
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void Context::printJson(const QJsonArray &array) const
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

int run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString dbPath = defaultDatabasePath();
    int i = 1;
    while (i < args.size() && args[i].startsWith(QLatin1String("-"))) {
        const QString a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(out);
            return 0;
        }
        if (a == QLatin1String("--db") && i + 1 < args.size()) {
            dbPath = args[i + 1];
            i += 2;
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbPath = a.mid(5);
            ++i;
        } else {
            err << "error: unknown option " << a << "\n\n";
            usage(err);
            return 2;
        }
    }
    if (i >= args.size()) {
        usage(err);
        return 2;
    }
    const QString name = args[i];
    for (const Entry &e : kCommands) {
        if (name == QLatin1String(e.name)) {
            Context c{args.mid(i), dbPath, out, err, e.writes};
            int code = 1;
            try {
                code = e.command(c);
            } catch (const StoreError &x) {
                // A damaged library surfaces mid-command (an overwritten page is found when it is
                // read): say so instead of aborting.
                out.flush();
                err << "error: " << printable(x.message()) << "\n"
                    << "The library " << printable(dbPath) << " may be damaged; check it, or go back to a copy.\n";
            }
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "error: unknown command '" << name << "'\n\n";
    usage(err);
    return 2;
}

} // namespace summit::cli
