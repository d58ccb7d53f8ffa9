#include "cli_context.h"
#include "command_parser.h"
#include "store/database.h"
#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::cli {

int runArticles(Context &c)
{
    CommandParser p(c, QStringLiteral("articles [--json] [--needs-date]"), QStringLiteral("Lists the articles in the database."));
    p.parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    p.parser.addOption({QStringLiteral("needs-date"),
                        QStringLiteral("Only the articles with no publication date (found, inferred or given): "
                                       "the ones to date by hand.")});
    if (const int code = p.parse(); code >= 0)
        return code;
    if (p.parser.positionalArguments().size() > 0)
        return p.usageError(QStringLiteral("articles takes no arguments"));
    auto db = c.open();
    if (!db)
        return 1;
    const bool needsDateOnly = p.parser.isSet(QStringLiteral("needs-date"));
    Statement st(*db, needsDateOnly
                          ? "SELECT a.id, a.source, a.title, a.outlet, a.published, a.dateline, a.url, a.sha256, "
                            "(SELECT COUNT(*) FROM paragraphs WHERE article_id = a.id), "
                            "(SELECT COUNT(*) FROM sentences WHERE article_id = a.id), a.byline, a.published_source, "
                            "a.encoding, a.format, a.warnings, a.republisher, a.title_is_file_name, a.metadata_sources "
                            "FROM articles a WHERE a.published IS NULL ORDER BY a.id"
                          : "SELECT a.id, a.source, a.title, a.outlet, a.published, a.dateline, a.url, a.sha256, "
                            "(SELECT COUNT(*) FROM paragraphs WHERE article_id = a.id), "
                            "(SELECT COUNT(*) FROM sentences WHERE article_id = a.id), a.byline, a.published_source, "
                            "a.encoding, a.format, a.warnings, a.republisher, a.title_is_file_name, a.metadata_sources "
                            "FROM articles a ORDER BY a.published, a.id");
    QJsonArray rows;
    const bool json = p.parser.isSet(QStringLiteral("json"));
    while (st.step()) {
        const bool fileNameTitle = st.integer(16) != 0;
        const bool needsDate = st.isNull(4);
        if (json) {
            // A file name standing in for a missing headline is not a title: "title" is null
            // then, and "display_title" carries what the app shows.
            QJsonObject o{{QStringLiteral("id"), st.int64(0)},
                          {QStringLiteral("source"), st.text(1)},
                          {QStringLiteral("title"), fileNameTitle ? QJsonValue() : jsonText(st, 2)},
                          {QStringLiteral("display_title"), jsonText(st, 2)},
                          {QStringLiteral("title_source"), fileNameTitle ? QStringLiteral("file-name") : QStringLiteral("page")},
                          {QStringLiteral("outlet"), jsonText(st, 3)},
                          {QStringLiteral("republisher"), jsonText(st, 15)},
                          {QStringLiteral("published"), jsonText(st, 4)},
                          {QStringLiteral("needs_date"), needsDate},
                          {QStringLiteral("dateline"), jsonText(st, 5)},
                          {QStringLiteral("url"), jsonText(st, 6)},
                          {QStringLiteral("sha256"), st.text(7)},
                          {QStringLiteral("paragraphs"), st.integer(8)},
                          {QStringLiteral("sentences"), st.integer(9)},
                          {QStringLiteral("byline"), jsonText(st, 10)},
                          {QStringLiteral("published_source"), jsonText(st, 11)},
                          {QStringLiteral("encoding"), st.text(12)},
                          {QStringLiteral("format"), st.text(13)},
                          {QStringLiteral("metadata_sources"),
                           QJsonDocument::fromJson(st.text(17).toUtf8()).array()}};
            rows.append(o);
        } else {
            QString date = needsDate ? QStringLiteral("(needs date)") : st.text(4);
            if (st.text(11) == QLatin1String("inferred"))
                date += QLatin1Char('?');
            c.out << QString::number(st.int64(0)).rightJustified(5) << "  " << date.leftJustified(12) << " "
                  << st.text(3).leftJustified(24, QLatin1Char(' '), true) << "  " << st.text(2)
                  << (fileNameTitle ? QStringLiteral("  (no title found; file name)") : QString()) << "\n";
        }
    }
    if (json)
        c.printJson(rows);
    return 0;
}

int runStats(Context &c)
{
    CommandParser p(c, QStringLiteral("stats [--json]"), QStringLiteral("Counts of what the database holds."));
    p.parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array with one object.")});
    if (const int code = p.parse(); code >= 0)
        return code;
    if (p.parser.positionalArguments().size() > 0)
        return p.usageError(QStringLiteral("stats takes no arguments"));
    auto db = c.open();
    if (!db)
        return 1;
    struct Count
    {
        const char *name;
        const char *sql;
    };
    const Count counts[] = {
        {"articles", "SELECT COUNT(*) FROM articles"},
        {"outlets", "SELECT COUNT(DISTINCT outlet) FROM articles"},
        {"paragraphs", "SELECT COUNT(*) FROM paragraphs"},
        {"sentences", "SELECT COUNT(*) FROM sentences"},
        {"quotes", "SELECT COUNT(*) FROM quotes WHERE fragment = 0"},
        {"fragments", "SELECT COUNT(*) FROM quotes WHERE fragment = 1"},
        {"timexes", "SELECT COUNT(*) FROM timexes"},
        {"mentions", "SELECT COUNT(*) FROM mentions"},
        {"events", "SELECT COUNT(*) FROM events"},
        {"catalog_events", "SELECT COUNT(*) FROM events WHERE origin = 'catalog'"},
        {"extracted_events", "SELECT COUNT(*) FROM events WHERE origin = 'extracted'"},
        {"event_links", "SELECT COUNT(*) FROM event_links"},
        {"notes", "SELECT COUNT(*) FROM notes"},
        {"removed_blocks", "SELECT COUNT(*) FROM removed_blocks"},
    };
    QJsonObject o;
    for (const Count &k : counts) {
        Statement st(*db, k.sql);
        const qint64 n = st.step() ? st.int64(0) : 0;
        o.insert(QLatin1String(k.name), n);
        if (!p.parser.isSet(QStringLiteral("json")))
            c.out << QString::fromLatin1(k.name).leftJustified(18) << n << "\n";
    }
    if (p.parser.isSet(QStringLiteral("json")))
        c.printJson(QJsonArray{o});
    return 0;
}

} // namespace summit::cli
