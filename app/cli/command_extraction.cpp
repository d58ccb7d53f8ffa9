#include "cli_context.h"
#include "command_parser.h"
#include "library/event_sources.h"
#include "library/library.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::cli {

int runQuotes(Context &c)
{
    CommandParser p(c, QStringLiteral("quotes [--json] [--speaker NAME] [--topic KEY] [--outlet NAME] [--from DATE] [--to DATE] "
                                      "[--event SLUG] [--article ID] [--all]"),
                    QStringLiteral("Lists quotes with their speakers. Fragments (one to three words) only with --all."));
    p.parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    p.parser.addOption({QStringLiteral("speaker"), QStringLiteral("Only this speaker (canonical name)."), QStringLiteral("NAME")});
    p.parser.addOption({QStringLiteral("event"), QStringLiteral("Only quotes of this event."), QStringLiteral("SLUG")});
    p.parser.addOption({QStringLiteral("article"), QStringLiteral("Only quotes from this article."), QStringLiteral("ID")});
    p.parser.addOption({QStringLiteral("all"), QStringLiteral("Include fragments.")});
    p.addFilterOptions(true);
    if (const int code = p.parse(); code >= 0)
        return code;
    if (p.parser.positionalArguments().size() > 0)
        return p.usageError(QStringLiteral("quotes takes no positional arguments"));
    library::LibraryFilter filter; // the app's filter bar, with the app's rule
    if (const int code = p.filterOptions(&filter); code >= 0)
        return code;
    qint64 articleId = 0;
    if (const int code = p.idOption(QStringLiteral("article"), &articleId); code >= 0)
        return code;
    auto db = c.open();
    if (!db)
        return 1;
    filter.speaker = p.parser.value(QStringLiteral("speaker"));
    const QString eventSlug = p.parser.value(QStringLiteral("event"));
    library::Library lib(*db);
    QJsonArray rows;
    const bool json = p.parser.isSet(QStringLiteral("json"));
    auto orNull = [](const QString &text) { return text.isNull() ? QJsonValue() : QJsonValue(text); };
    // The app's quote query and filter rule; the event and article options narrow it further.
    for (const library::QuoteRecord &q : lib.quotes(filter, p.parser.isSet(QStringLiteral("all")))) {
        if ((!eventSlug.isEmpty() && q.eventSlug != eventSlug) || (articleId != 0 && q.articleId != articleId))
            continue;
        if (json) {
            QJsonArray alternatives;
            for (const SpeakerAlternative &alt : q.alternatives)
                alternatives.append(QJsonObject{{QStringLiteral("speaker"), alt.speaker},
                                                {QStringLiteral("confidence"), alt.confidence}});
            rows.append(QJsonObject{{QStringLiteral("id"), q.id},
                                    {QStringLiteral("article_id"), q.articleId},
                                    {QStringLiteral("source"), q.source},
                                    {QStringLiteral("speaker"), orNull(q.speaker)},
                                    {QStringLiteral("speaker_text"), orNull(q.speakerText)},
                                    {QStringLiteral("text"), q.text},
                                    {QStringLiteral("start"), q.start},
                                    {QStringLiteral("end"), q.end},
                                    {QStringLiteral("event"), orNull(q.eventSlug)},
                                    {QStringLiteral("rule"), q.rule},
                                    {QStringLiteral("confidence"), q.confidence},
                                    {QStringLiteral("fragment"), q.fragment},
                                    {QStringLiteral("outlet"), orNull(q.outlet)},
                                    {QStringLiteral("published"),
                                     q.published.isValid() ? QJsonValue(q.published.toString(Qt::ISODate)) : QJsonValue()},
                                    {QStringLiteral("alternatives"), alternatives},
                                    {QStringLiteral("outlets"), int(lib.quoteOutlets(q.text).size())},
                                    {QStringLiteral("independent_sources"), lib.quoteCorroboration(q.text)}});
        } else {
            c.out << (q.speaker.isNull() ? QStringLiteral("(unknown)") : q.speaker).leftJustified(22) << " "
                  << QLatin1Char('"') << q.text << QLatin1Char('"') << "  [" << q.source << ", " << q.rule << "]\n";
        }
    }
    if (json)
        c.printJson(rows);
    return 0;
}

int runTimexes(Context &c)
{
    CommandParser p(c, QStringLiteral("timexes [--json] [--article ID]"),
                    QStringLiteral("Lists temporal expressions with their TIMEX3-style values."));
    p.parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    p.parser.addOption({QStringLiteral("article"), QStringLiteral("Only this article."), QStringLiteral("ID")});
    if (const int code = p.parse(); code >= 0)
        return code;
    if (p.parser.positionalArguments().size() > 0)
        return p.usageError(QStringLiteral("timexes takes no positional arguments"));
    qint64 articleId = 0;
    if (const int code = p.idOption(QStringLiteral("article"), &articleId); code >= 0)
        return code;
    auto db = c.open();
    if (!db)
        return 1;
    QJsonArray rows;
    const bool json = p.parser.isSet(QStringLiteral("json"));
    auto orNull = [](const QString &text) { return text.isNull() ? QJsonValue() : QJsonValue(text); };
    for (const library::TimexRecord &t : library::Library(*db).timexes(articleId)) {
        if (json)
            rows.append(QJsonObject{{QStringLiteral("article_id"), t.articleId},
                                    {QStringLiteral("source"), t.source},
                                    {QStringLiteral("text"), t.text},
                                    {QStringLiteral("value"), t.value},
                                    {QStringLiteral("granularity"), t.granularity},
                                    {QStringLiteral("start"), t.start},
                                    {QStringLiteral("end"), t.end},
                                    {QStringLiteral("rule"), t.rule},
                                    {QStringLiteral("begin"), orNull(t.begin)},
                                    {QStringLiteral("end_date"), orNull(t.endDate)},
                                    {QStringLiteral("anchor"), orNull(t.anchor)},
                                    {QStringLiteral("confidence"), t.confidence}});
        else
            c.out << t.source << "  " << t.text.leftJustified(24) << " " << t.value << "  (" << t.rule << ")\n";
    }
    if (json)
        c.printJson(rows);
    return 0;
}

int runEvents(Context &c)
{
    CommandParser p(c, QStringLiteral("events [--json] [--from DATE] [--to DATE]"),
                    QStringLiteral("Lists events (catalog, extracted and user) with their corroboration counts."));
    p.parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    p.parser.addOption({QStringLiteral("from"), QStringLiteral("Events ending on or after DATE."), QStringLiteral("DATE")});
    p.parser.addOption({QStringLiteral("to"), QStringLiteral("Events starting on or before DATE."), QStringLiteral("DATE")});
    if (const int code = p.parse(); code >= 0)
        return code;
    if (p.parser.positionalArguments().size() > 0)
        return p.usageError(QStringLiteral("events takes no positional arguments"));
    QDate from, to;
    if (p.parser.isSet(QStringLiteral("from")) && !(from = QDate::fromString(p.parser.value(QStringLiteral("from")), Qt::ISODate)).isValid())
        return p.usageError(QStringLiteral("--from must be a date like 2008-04-06"));
    if (p.parser.isSet(QStringLiteral("to")) && !(to = QDate::fromString(p.parser.value(QStringLiteral("to")), Qt::ISODate)).isValid())
        return p.usageError(QStringLiteral("--to must be a date like 2008-04-06"));
    auto db = c.open();
    if (!db)
        return 1;
    library::LibraryFilter dates; // the app's overlap rule: ends on or after from, starts on or before to
    dates.from = from;
    dates.to = to;
    auto orNull = [](const QString &text) { return text.isNull() ? QJsonValue() : QJsonValue(text); };
    QJsonArray rows;
    const bool json = p.parser.isSet(QStringLiteral("json"));
    const QHash<qint64, library::EventCoverage> coverage = library::eventCoverage(*db);
    auto articleJson = [](const library::EventArticle &a) {
        QJsonObject o{{QStringLiteral("article_id"), a.articleId},
                      {QStringLiteral("source"), a.source},
                      {QStringLiteral("outlet"), a.outlet.isEmpty() ? QJsonValue() : QJsonValue(a.outlet)},
                      {QStringLiteral("published"), a.published.isEmpty() ? QJsonValue() : QJsonValue(a.published)}};
        if (!a.evidence.isEmpty())
            o.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(a.evidence));
        return o;
    };
    for (const library::EventRecord &e : library::Library(*db).events()) {
        if (!dates.matchesEvent(e))
            continue;
        if (json) {
            const library::EventCoverage cov = coverage.value(e.id);
            QJsonArray reportedBy, mentionedBy, sources;
            for (const library::EventArticle &a : cov.reportedBy)
                reportedBy.append(articleJson(a));
            for (const library::EventArticle &a : cov.mentionedBy)
                mentionedBy.append(articleJson(a));
            for (const library::IndependentSource &s : cov.sources) {
                QJsonArray republishers;
                for (int i = 1; i < s.articles.size(); ++i)
                    republishers.append(articleJson(s.articles.at(i)));
                sources.append(QJsonObject{{QStringLiteral("name"), s.name},
                                           {QStringLiteral("original"), articleJson(s.articles.first())},
                                           {QStringLiteral("republishers"), republishers}});
            }
            QJsonObject row{{QStringLiteral("id"), e.id},
                            {QStringLiteral("slug"), e.slug},
                            {QStringLiteral("title"), e.title},
                            {QStringLiteral("kind"), e.kind},
                            {QStringLiteral("start"), e.start.toString(Qt::ISODate)},
                            {QStringLiteral("end"), e.end.toString(Qt::ISODate)},
                            {QStringLiteral("place"), orNull(e.place)},
                            {QStringLiteral("lat"), e.lat ? QJsonValue(*e.lat) : QJsonValue()},
                            {QStringLiteral("lon"), e.lon ? QJsonValue(*e.lon) : QJsonValue()},
                            {QStringLiteral("origin"), e.origin},
                            {QStringLiteral("articles"), e.articleCount},
                            {QStringLiteral("quotes"), e.quoteCount},
                            {QStringLiteral("excerpts"), e.excerptCount},
                            {QStringLiteral("outlets"), int(e.outlets.size())},
                            {QStringLiteral("granularity"), e.granularity},
                            {QStringLiteral("actor"), orNull(e.actor)},
                            {QStringLiteral("participants"), QJsonArray::fromStringList(e.participants)}};
            row.insert(QStringLiteral("reported_by"), reportedBy);
            row.insert(QStringLiteral("mentioned_by"), mentionedBy);
            row.insert(QStringLiteral("sources"), sources);
            row.insert(QStringLiteral("independent_sources"), int(sources.size()));
            row.insert(QStringLiteral("single_source"), sources.size() == 1);
            rows.append(row);
        } else
        {
            // "reported by 3 articles from 2 sources": reports and independent sources, never
            // the articles that only mention the event.
            const library::EventCoverage cov = coverage.value(e.id);
            c.out << e.start.toString(Qt::ISODate) << ".." << e.end.toString(Qt::ISODate) << "  " << e.slug.leftJustified(32)
                  << " " << e.title << "  (reported by " << cov.reportedBy.size() << " articles from " << cov.sources.size()
                  << " sources, mentioned by " << cov.mentionedBy.size() << ", " << e.quoteCount << " quotes)\n";
        }
    }
    if (json)
        c.printJson(rows);
    return 0;
}

} // namespace summit::cli
