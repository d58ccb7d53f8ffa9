#include "cli_context.h"
#include "command_parser.h"
#include "library/fts_query.h"
#include "store/database.h"
#include "store/query_deadline.h"
#include "store/statement.h"

#include <QJsonObject>

namespace summit::cli {

namespace {
const char kSearchSql[] =
    "SELECT s.article_id, a.source, s.id, snippet(sentence_fts, 0, '[', ']', '…', 16), bm25(sentence_fts) "
    "FROM sentence_fts JOIN sentences s ON s.id = sentence_fts.rowid JOIN articles a ON a.id = s.article_id "
    "WHERE sentence_fts MATCH ? ORDER BY bm25(sentence_fts) LIMIT ?";

// Each word quoted, so the query means "all these words" and cannot be read as FTS5 syntax.
QString literalQuery(const QString &text)
{
    QStringList quoted;
    for (const QString &w : library::ftsWords(text))
        quoted << QLatin1Char('"') + w + QLatin1Char('"');
    return quoted.join(QLatin1Char(' '));
}
} // namespace

int runSearch(Context &c)
{
    CommandParser p(c, QStringLiteral("search QUERY [--json] [--limit N]"),
                    QStringLiteral("Full-text search over sentences (SQLite FTS5, ranked by bm25). FTS5 syntax "
                                   "(\"phrases\", OR, NEAR, prefix*) works; a query that is not valid syntax is "
                                   "searched as plain words."));
    p.parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    p.parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N results (default 20)."), QStringLiteral("N"), QStringLiteral("20")});
    if (const int code = p.parse(); code >= 0)
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

    QJsonArray rows;
    bool incomplete = false;
    auto runQuery = [&](const QString &q) {
        rows = QJsonArray();
        Statement st(*db, kSearchSql);
        st.bind(1, q).bind(2, limit);
        QueryDeadline deadline(*db, library::kSearchBudgetMs);
        auto step = [&] {
            try {
                return st.step();
            } catch (const StoreError &) {
                if (!deadline.expired())
                    throw;
                incomplete = true;
                return false;
            }
        };
        while (step()) {
            rows.append(QJsonObject{{QStringLiteral("article_id"), st.int64(0)},
                                    {QStringLiteral("source"), st.text(1)},
                                    {QStringLiteral("sentence_id"), st.int64(2)},
                                    {QStringLiteral("snippet"), st.text(3)},
                                    {QStringLiteral("rank"), st.real(4)}});
        }
    };
    try {
        runQuery(query);
    } catch (const StoreError &) {
        // Not valid FTS5 syntax (stray quote, bare operator): search the words instead.
        const QString literal = literalQuery(query);
        if (literal.isEmpty()) {
            c.err << "error: the query \"" << query << "\" has no words to search for\n";
            return 1;
        }
        try {
            runQuery(literal);
        } catch (const StoreError &e) {
            c.err << "error: cannot search for \"" << query << "\": " << e.message() << "\n";
            return 1;
        }
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
