#include "cli_context.h"
#include "command_parser.h"
#include "library/event_sources.h"
#include "library/library.h"
#include "store/database.h"
#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::cli {

int runQuotes(Context &c)
{
    CommandParser p(c, QStringLiteral("quotes [--json] [--speaker NAME] [--event SLUG] [--article ID] [--all]"),
                    QStringLiteral("Lists quotes with their speakers. Fragments (one to three words) only with --all."));
    p.parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    p.parser.addOption({QStringLiteral("speaker"), QStringLiteral("Only this speaker (canonical name)."), QStringLiteral("NAME")});
    p.parser.addOption({QStringLiteral("event"), QStringLiteral("Only quotes of this event."), QStringLiteral("SLUG")});
    p.parser.addOption({QStringLiteral("article"), QStringLiteral("Only quotes from this article."), QStringLiteral("ID")});
    p.parser.addOption({QStringLiteral("all"), QStringLiteral("Include fragments.")});
    if (const int code = p.parse(); code >= 0)
        return code;
    if (p.parser.positionalArguments().size() > 0)
        return p.usageError(QStringLiteral("quotes takes no positional arguments"));
    qint64 articleId = 0;
    if (const int code = p.idOption(QStringLiteral("article"), &articleId); code >= 0)
        return code;
    auto db = c.open();
    if (!db)
        return 1;
    Statement st(*db, "SELECT q.id, q.article_id, a.source, q.speaker, q.speaker_text, q.text, q.start, q.end, "
                      "e.slug, q.rule, q.confidence, q.fragment, a.outlet, a.published, q.alternatives "
                      "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN events e ON e.id = q.event_id "
                      "WHERE (?1 IS NULL OR q.speaker = ?1) AND (?2 IS NULL OR e.slug = ?2) "
                      "AND (?3 = 0 OR q.article_id = ?3) AND (?4 = 1 OR q.fragment = 0) "
                      "ORDER BY a.published, q.article_id, q.start");
    st.bind(1, p.parser.isSet(QStringLiteral("speaker")) ? p.parser.value(QStringLiteral("speaker")) : QString());
    st.bind(2, p.parser.isSet(QStringLiteral("event")) ? p.parser.value(QStringLiteral("event")) : QString());
    st.bind(3, articleId).bind(4, p.parser.isSet(QStringLiteral("all")) ? 1 : 0);
    library::Library lib(*db);
    QJsonArray rows;
    const bool json = p.parser.isSet(QStringLiteral("json"));
    while (st.step()) {
        const QString text = st.text(5);
        if (json) {
            rows.append(QJsonObject{{QStringLiteral("id"), st.int64(0)},
                                    {QStringLiteral("article_id"), st.int64(1)},
                                    {QStringLiteral("source"), st.text(2)},
                                    {QStringLiteral("speaker"), jsonText(st, 3)},
                                    {QStringLiteral("speaker_text"), jsonText(st, 4)},
                                    {QStringLiteral("text"), text},
                                    {QStringLiteral("start"), st.integer(6)},
                                    {QStringLiteral("end"), st.integer(7)},
                                    {QStringLiteral("event"), jsonText(st, 8)},
                                    {QStringLiteral("rule"), st.text(9)},
                                    {QStringLiteral("confidence"), st.real(10)},
                                    {QStringLiteral("fragment"), st.integer(11) != 0},
                                    {QStringLiteral("outlet"), jsonText(st, 12)},
                                    {QStringLiteral("published"), jsonText(st, 13)},
                                    {QStringLiteral("alternatives"),
                                     QJsonDocument::fromJson(st.text(14).toUtf8()).array()},
                                    {QStringLiteral("outlets"), int(lib.quoteOutlets(text).size())},
                                    {QStringLiteral("independent_sources"), lib.quoteCorroboration(text)}});
        } else {
            c.out << (st.isNull(3) ? QStringLiteral("(unknown)") : st.text(3)).leftJustified(22) << " "
                  << QLatin1Char('"') << text << QLatin1Char('"') << "  [" << st.text(2) << ", " << st.text(9) << "]\n";
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
    Statement st(*db, "SELECT t.article_id, a.source, t.text, t.value, t.granularity, t.start, t.end, t.rule, "
                      "t.begin_date, t.end_date, t.anchor, t.confidence FROM timexes t JOIN articles a ON a.id = t.article_id "
                      "WHERE (?1 = 0 OR t.article_id = ?1) ORDER BY t.article_id, t.start");
    st.bind(1, articleId);
    QJsonArray rows;
    const bool json = p.parser.isSet(QStringLiteral("json"));
    while (st.step()) {
        if (json)
            rows.append(QJsonObject{{QStringLiteral("article_id"), st.int64(0)},
                                    {QStringLiteral("source"), st.text(1)},
                                    {QStringLiteral("text"), st.text(2)},
                                    {QStringLiteral("value"), st.text(3)},
                                    {QStringLiteral("granularity"), st.text(4)},
                                    {QStringLiteral("start"), st.integer(5)},
                                    {QStringLiteral("end"), st.integer(6)},
                                    {QStringLiteral("rule"), st.text(7)},
                                    {QStringLiteral("begin"), jsonText(st, 8)},
                                    {QStringLiteral("end_date"), jsonText(st, 9)},
                                    {QStringLiteral("anchor"), jsonText(st, 10)},
                                    {QStringLiteral("confidence"), st.real(11)}});
        else
            c.out << st.text(1) << "  " << st.text(2).leftJustified(24) << " " << st.text(3) << "  (" << st.text(7) << ")\n";
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
    // Events the user deleted (schema v7) are hidden here as in the app.
    Statement st(*db,
                 "SELECT e.id, e.slug, e.title, e.kind, e.start, e.end, e.place, e.lat, e.lon, e.origin, "
                 "(SELECT COUNT(DISTINCT l.article_id) FROM event_links l WHERE l.event_id = e.id), "
                 "(SELECT COUNT(*) FROM quotes q WHERE q.event_id = e.id AND q.fragment = 0), "
                 "(SELECT COUNT(*) FROM event_links l WHERE l.event_id = e.id), "
                 "(SELECT COUNT(DISTINCT a.outlet) FROM event_links l JOIN articles a ON a.id = l.article_id WHERE l.event_id = e.id), "
                 "e.granularity, e.actor, e.participants "
                 "FROM events e WHERE e.deleted = 0 AND (?1 IS NULL OR e.end >= ?1) AND (?2 IS NULL OR e.start <= ?2) ORDER BY e.start, e.id");
    st.bind(1, from.isValid() ? from.toString(Qt::ISODate) : QString());
    st.bind(2, to.isValid() ? to.toString(Qt::ISODate) : QString());
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
    while (st.step()) {
        if (json) {
            const library::EventCoverage cov = coverage.value(st.int64(0));
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
            QJsonObject row{{QStringLiteral("id"), st.int64(0)},
                                    {QStringLiteral("slug"), st.text(1)},
                                    {QStringLiteral("title"), st.text(2)},
                                    {QStringLiteral("kind"), st.text(3)},
                                    {QStringLiteral("start"), st.text(4)},
                                    {QStringLiteral("end"), st.text(5)},
                                    {QStringLiteral("place"), jsonText(st, 6)},
                                    {QStringLiteral("lat"), st.isNull(7) ? QJsonValue() : QJsonValue(st.real(7))},
                                    {QStringLiteral("lon"), st.isNull(8) ? QJsonValue() : QJsonValue(st.real(8))},
                                    {QStringLiteral("origin"), st.text(9)},
                                    {QStringLiteral("articles"), st.integer(10)},
                                    {QStringLiteral("quotes"), st.integer(11)},
                                    {QStringLiteral("excerpts"), st.integer(12)},
                                    {QStringLiteral("outlets"), st.integer(13)},
                                    {QStringLiteral("granularity"), st.text(14)},
                                    {QStringLiteral("actor"), jsonText(st, 15)},
                                    {QStringLiteral("participants"), QJsonDocument::fromJson(st.text(16).toUtf8()).array()}};
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
            const library::EventCoverage cov = coverage.value(st.int64(0));
            c.out << st.text(4) << ".." << st.text(5) << "  " << st.text(1).leftJustified(32) << " " << st.text(2)
                  << "  (reported by " << cov.reportedBy.size() << " articles from " << cov.sources.size()
                  << " sources, mentioned by " << cov.mentionedBy.size() << ", " << st.integer(11) << " quotes)\n";
        }
    }
    if (json)
        c.printJson(rows);
    return 0;
}

} // namespace summit::cli
