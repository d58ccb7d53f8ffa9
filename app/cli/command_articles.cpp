#include "cli_context.h"
#include "command_parser.h"
#include "library/library.h"
#include "store/database.h"

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
    library::ArticleListFilter filter;
    filter.needsDateOnly = p.parser.isSet(QStringLiteral("needs-date"));
    QJsonArray rows;
    const bool json = p.parser.isSet(QStringLiteral("json"));
    // The same list, order and counts as the app's Articles panel.
    for (const library::ArticleSummary &a : library::Library(*db).articleSummaries(filter)) {
        auto orNull = [](const QString &text) { return text.isNull() ? QJsonValue() : QJsonValue(text); };
        if (json) {
            // A file name standing in for a missing headline is not a title: "title" is null
            // then, and "display_title" carries what the app shows.
            QJsonObject o{{QStringLiteral("id"), a.id},
                          {QStringLiteral("source"), a.source},
                          {QStringLiteral("title"), a.titleIsFileName ? QJsonValue() : orNull(a.title)},
                          {QStringLiteral("display_title"), orNull(a.title)},
                          {QStringLiteral("title_source"), a.titleIsFileName ? QStringLiteral("file-name") : QStringLiteral("page")},
                          {QStringLiteral("outlet"), orNull(a.outlet)},
                          {QStringLiteral("republisher"), orNull(a.republisher)},
                          {QStringLiteral("published"), a.needsDate() ? QJsonValue() : QJsonValue(a.published.toString(Qt::ISODate))},
                          {QStringLiteral("needs_date"), a.needsDate()},
                          {QStringLiteral("dateline"), orNull(a.dateline)},
                          {QStringLiteral("url"), orNull(a.url)},
                          {QStringLiteral("sha256"), a.sha256},
                          {QStringLiteral("paragraphs"), a.paragraphs},
                          {QStringLiteral("sentences"), a.sentences},
                          {QStringLiteral("words"), a.words},
                          {QStringLiteral("quotes"), a.quotes},
                          {QStringLiteral("events"), a.events},
                          {QStringLiteral("byline"), orNull(a.byline)},
                          {QStringLiteral("published_source"), orNull(a.publishedSource)},
                          {QStringLiteral("encoding"), a.encoding},
                          {QStringLiteral("format"), a.format},
                          {QStringLiteral("metadata_sources"),
                           QJsonDocument::fromJson(a.metadataSources.toUtf8()).array()}};
            rows.append(o);
        } else {
            QString date = a.needsDate() ? QStringLiteral("(needs date)") : a.published.toString(Qt::ISODate);
            if (a.publishedSource == QLatin1String("inferred"))
                date += QLatin1Char('?');
            c.out << QString::number(a.id).rightJustified(5) << "  " << date.leftJustified(12) << " "
                  << a.outlet.leftJustified(24, QLatin1Char(' '), true) << "  " << a.title
                  << (a.titleIsFileName ? QStringLiteral("  (no title found; file name)") : QString()) << "\n";
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
    QJsonObject o;
    for (const auto &[name, n] : library::Library(*db).tableCounts()) {
        o.insert(name, n);
        if (!p.parser.isSet(QStringLiteral("json")))
            c.out << name.leftJustified(18) << n << "\n";
    }
    if (p.parser.isSet(QStringLiteral("json")))
        c.printJson(QJsonArray{o});
    return 0;
}

} // namespace summit::cli
