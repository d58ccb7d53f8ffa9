#include "cli_context.h"
#include "command_parser.h"
#include "store/database.h"
#include "store/statement.h"

#include <QJsonObject>

namespace summit::cli {

int runArticles(Context &c)
{
    CommandParser p(c, QStringLiteral("articles [--json]"), QStringLiteral("Lists the articles in the database."));
    p.parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    if (const int code = p.parse(); code >= 0)
        return code;
    if (p.parser.positionalArguments().size() > 0)
        return p.usageError(QStringLiteral("articles takes no arguments"));
    auto db = c.open();
    if (!db)
        return 1;
    Statement st(*db, "SELECT a.id, a.source, a.title, a.outlet, a.published, a.dateline, a.url, a.sha256, "
                      "(SELECT COUNT(*) FROM paragraphs WHERE article_id = a.id), "
                      "(SELECT COUNT(*) FROM sentences WHERE article_id = a.id), a.byline, a.published_source, "
                      "a.encoding, a.format, a.warnings "
                      "FROM articles a ORDER BY a.published, a.id");
    QJsonArray rows;
    const bool json = p.parser.isSet(QStringLiteral("json"));
    while (st.step()) {
        if (json) {
            QJsonObject o{{QStringLiteral("id"), st.int64(0)},
                          {QStringLiteral("source"), st.text(1)},
                          {QStringLiteral("title"), jsonText(st, 2)},
                          {QStringLiteral("outlet"), jsonText(st, 3)},
                          {QStringLiteral("published"), jsonText(st, 4)},
                          {QStringLiteral("dateline"), jsonText(st, 5)},
                          {QStringLiteral("url"), jsonText(st, 6)},
                          {QStringLiteral("sha256"), st.text(7)},
                          {QStringLiteral("paragraphs"), st.integer(8)},
                          {QStringLiteral("sentences"), st.integer(9)},
                          {QStringLiteral("byline"), jsonText(st, 10)},
                          {QStringLiteral("published_source"), jsonText(st, 11)},
                          {QStringLiteral("encoding"), st.text(12)},
                          {QStringLiteral("format"), st.text(13)}};
            rows.append(o);
        } else {
            c.out << QString::number(st.int64(0)).rightJustified(5) << "  "
                  << (st.isNull(4) ? QStringLiteral("(no date)  ") : st.text(4)) << "  "
                  << st.text(3).leftJustified(24, QLatin1Char(' '), true) << "  " << st.text(2) << "\n";
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
