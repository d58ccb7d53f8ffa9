#include "brief_command.h"

#include "brief/brief_error.h"
#include "brief/brief_knowledge.h"
#include "brief/briefing.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace summit::cli {

namespace {

struct Options
{
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("PDF to write."),
                              QStringLiteral("FILE")};
    QCommandLineOption from{QStringLiteral("from"), QStringLiteral("First day of the scope."), QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("Last day of the scope."), QStringLiteral("DATE")};
    QCommandLineOption event{QStringLiteral("event"), QStringLiteral("Event to include (repeatable)."),
                             QStringLiteral("SLUG")};
    QCommandLineOption topic{QStringLiteral("topic"), QStringLiteral("Topic to include (repeatable)."),
                             QStringLiteral("NAME")};
    QCommandLineOption title{QStringLiteral("title"), QStringLiteral("Title on the cover."), QStringLiteral("TEXT")};
    QCommandLineOption paper{QStringLiteral("paper"), QStringLiteral("a4 (default) or letter."),
                             QStringLiteral("SIZE"), QStringLiteral("a4")};
    QCommandLineOption noNotes{QStringLiteral("no-notes"),
                               QStringLiteral("Leave out the analyst's notes and starred items.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
};

int usageError(QTextStream &err, const QString &message)
{
    err << "summitline-cli brief: " << message << "\n\n" << briefUsage();
    err.flush();
    return 2;
}

// Dates are civil dates: YYYY-MM-DD only, nothing the locale could reinterpret.
bool parseDate(const QString &text, QDate *date)
{
    *date = QDate::fromString(text.trimmed(), Qt::ISODate);
    return date->isValid();
}

} // namespace

QString briefUsage()
{
    return QStringLiteral(
        "Usage: summitline-cli [--db FILE] brief -o FILE.pdf [--from DATE] [--to DATE]\n"
        "                      [--event SLUG]... [--topic NAME]... [--title TEXT] [--paper a4|letter]\n"
        "                      [--no-notes]\n"
        "\n"
        "Writes a PDF briefing: cover, one-page summary with each side's positions, timeline figure,\n"
        "one section per event with cited sentences, quotes and framings, and the sources.\n"
        "The analyst's stars and notes (set in the app) are printed, marked as the analyst's words:\n"
        "beside the events and quotes they are about and in a section of their own; starred quotes\n"
        "are preferred as key quotes.\n"
        "An unknown --event or --topic is a usage error (exit 2). A scope with no event writes no\n"
        "file and exits 1 with a message saying so.\n"
        "\n"
        "  -o, --output FILE   PDF to write (replaced atomically)\n"
        "  --from DATE         first day of the scope, YYYY-MM-DD\n"
        "  --to DATE           last day of the scope, YYYY-MM-DD\n"
        "  --event SLUG        include this event (repeatable)\n"
        "  --topic NAME        include events on this topic, e.g. missile-defense (repeatable)\n"
        "  --title TEXT        title on the cover and running header\n"
        "  --paper a4|letter   paper size (default a4)\n"
        "  --no-notes          leave out the analyst's notes and starred items\n"
        "  -h, --help          show this help\n");
}

int runBrief(const QStringList &args, const QString &dbPath, QTextStream &out, QTextStream &err)
{
    QStringList words = args;
    if (!words.isEmpty() && words.front() == u"brief")
        words.removeFirst();

    Options o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({o.output, o.from, o.to, o.event, o.topic, o.title, o.paper, o.noNotes, o.help});
    if (!parser.parse(QStringList{QStringLiteral("brief")} + words))
        return usageError(err, parser.errorText());
    if (parser.isSet(o.help)) {
        out << briefUsage();
        out.flush();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, QStringLiteral("unexpected argument \u201c%1\u201d").arg(parser.positionalArguments().front()));
    if (!parser.isSet(o.output) || parser.value(o.output).trimmed().isEmpty())
        return usageError(err, QStringLiteral("missing -o FILE.pdf"));

    brief::BriefRequest request;
    request.title = parser.value(o.title);
    request.eventSlugs = parser.values(o.event);
    request.topics = parser.values(o.topic);
    if (parser.isSet(o.from) && !parseDate(parser.value(o.from), &request.from))
        return usageError(err, QStringLiteral("--from wants a date as YYYY-MM-DD, not \u201c%1\u201d").arg(parser.value(o.from)));
    if (parser.isSet(o.to) && !parseDate(parser.value(o.to), &request.to))
        return usageError(err, QStringLiteral("--to wants a date as YYYY-MM-DD, not \u201c%1\u201d").arg(parser.value(o.to)));
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return usageError(err, QStringLiteral("--from %1 is after --to %2").arg(parser.value(o.from), parser.value(o.to)));
    const auto paper = brief::paperFromName(parser.value(o.paper));
    if (!paper)
        return usageError(err, QStringLiteral("--paper wants a4 or letter, not \u201c%1\u201d").arg(parser.value(o.paper)));
    request.paper = *paper;
    request.includeNotes = !parser.isSet(o.noNotes);
    QStringList topicKeys;
    for (const brief::TopicLabel &t : brief::knownTopics())
        topicKeys << t.key;
    for (const QString &topic : std::as_const(request.topics)) {
        if (!topicKeys.isEmpty() && !topicKeys.contains(topic))
            return usageError(err, QStringLiteral("unknown topic \u201c%1\u201d (known: %2)")
                                       .arg(topic, topicKeys.join(QStringLiteral(", "))));
    }

    if (dbPath.isEmpty() || !QFileInfo::exists(dbPath)) {
        err << "summitline-cli brief: no database at " << (dbPath.isEmpty() ? QStringLiteral("(none given)") : dbPath)
            << "; create one with `summitline-cli --db FILE init`.\n";
        err.flush();
        return 1;
    }
    const QString path = parser.value(o.output);
    try {
        QElapsedTimer timer;
        timer.start();
        Database db(dbPath);
        const int pages = brief::writeBriefing(db, request, path);
        out << "Wrote " << path << " (" << pages << (pages == 1 ? " page" : " pages") << ", "
            << timer.elapsed() << " ms)\n";
        out.flush();
        return 0;
    } catch (const brief::BriefError &e) {
        // A request naming an unknown event or topic is a usage error, like any bad argument;
        // an empty scope or a failed write is exit 1, and no file is written either way.
        if (e.kind() == brief::BriefError::Kind::Usage)
            return usageError(err, e.message());
        err << "summitline-cli brief: " << e.message() << "\n";
    } catch (const StoreError &e) {
        err << "summitline-cli brief: " << e.message() << "\n";
    }
    err.flush();
    return 1;
}

} // namespace summit::cli
