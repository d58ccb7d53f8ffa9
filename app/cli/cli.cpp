#include "cli.h"

#include "brief_command.h"
#include "cli_context.h"
#include "ingest/bundled_corpus.h"
#include "store/database.h"
#include "store/statement.h"

#include <QJsonDocument>

namespace summit::cli {

namespace {

struct Entry
{
    const char *name;
    Command command;
    const char *summary;
};

int runBriefAdapter(Context &c)
{
    return runBrief(c.args, c.dbPath, c.out, c.err);
}

const Entry kCommands[] = {
    {"init", runInit, "create the database if missing and load the bundled corpus"},
    {"import", runImport, "import files and folders (.txt, .md, .html, .htm)"},
    {"articles", runArticles, "list the articles"},
    {"stats", runStats, "counts of articles, paragraphs, sentences, quotes, events"},
    {"search", runSearch, "full-text search over sentences"},
    {"inspect", runInspect, "show how one article was cleaned and split (boilerplate log)"},
    {"quotes", runQuotes, "list quotes with their speakers"},
    {"timexes", runTimexes, "list temporal expressions"},
    {"events", runEvents, "list events"},
    {"brief", runBriefAdapter, "export a PDF briefing"},
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
        err << "error: " << e.message() << "\n";
        return nullptr;
    }
}

QJsonValue jsonText(const Statement &st, int column)
{
    return st.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(st.text(column));
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
            Context c{args.mid(i), dbPath, out, err};
            const int code = e.command(c);
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
