#include "cli_context.h"
#include "command_parser.h"
#include "library/fts_query.h"
#include "library/library.h"
#include "store/database.h"

#include <QJsonObject>

namespace summit::cli {

int runSearch(Context &c)
{
    CommandParser p(c, QStringLiteral("search QUERY [--json] [--limit N] [--outlet NAME] [--from DATE] [--to DATE]"),
                    QStringLiteral("Full-text search over sentences (SQLite FTS5, ranked by bm25), the same "
                                   "search as the app's: every word must appear, the last one as a prefix "
                                   "(\"missile defen\" finds \"missile defense\"); punctuation is ignored."));
    p.parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    p.parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N results (default 20)."), QStringLiteral("N"), QStringLiteral("20")});
    p.addFilterOptions(false);
    if (const int code = p.parse(); code >= 0)
        return code;
    library::LibraryFilter filter; // outlet and dates apply, as in the app's search
    if (const int code = p.filterOptions(&filter); code >= 0)
        return code;
    const QStringList pos = p.parser.positionalArguments();
    if (pos.isEmpty())
        return p.usageError(QStringLiteral("search needs a QUERY"));
    bool ok = false;
    const int limit = p.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return p.usageError(QStringLiteral("--limit must be a positive number"));
    const QString query = pos.join(QLatin1Char(' '));
    if (library::ftsWords(query).size() > library::kMaxSearchWords)
        return p.usageError(QStringLiteral("the query has more than %1 words; search for fewer")
                                .arg(library::kMaxSearchWords));
    auto db = c.open();
    if (!db)
        return 1;

    if (library::ftsWords(query).isEmpty()) {
        c.err << "error: the query \"" << printable(query) << "\" has no words to search for\n";
        return 1;
    }
    library::SearchResult result;
    try {
        result = library::Library(*db).search(query, filter, limit);
    } catch (const StoreError &e) {
        c.err << "error: cannot search for \"" << printable(query) << "\": " << e.message() << "\n";
        return 1;
    }
    const bool incomplete = result.incomplete;
    QJsonArray rows;
    for (const library::SearchHit &hit : std::as_const(result.hits)) {
        QString snippet = hit.snippet;
        snippet.replace(library::kMatchOpen, u'[').replace(library::kMatchClose, u']');
        rows.append(QJsonObject{{QStringLiteral("article_id"), hit.articleId},
                                {QStringLiteral("source"), hit.source},
                                {QStringLiteral("sentence_id"), hit.sentenceId},
                                {QStringLiteral("snippet"), snippet},
                                {QStringLiteral("rank"), hit.rank}});
    }
    if (p.parser.isSet(QStringLiteral("json"))) {
        c.printJson(rows);
    } else {
        for (const auto &v : rows) {
            const QJsonObject o = v.toObject();
            c.out << o.value(QStringLiteral("source")).toString() << " #" << o.value(QStringLiteral("sentence_id")).toInteger()
                  << ": " << o.value(QStringLiteral("snippet")).toString() << "\n";
        }
        if (rows.isEmpty() && !incomplete)
            c.out << "no matches\n";
    }
    if (incomplete)
        c.err << "warning: the search stopped after " << library::kSearchBudgetMs / 1000
              << " s; the results shown are those found by then\n";
    return 0;
}

} // namespace summit::cli
