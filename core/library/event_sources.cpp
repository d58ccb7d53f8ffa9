#include "library/event_sources.h"

#include "extract/sources/text_signature.h"
#include "library/json_list.h"
#include "store/database.h"
#include "store/statement.h"

#include <QSet>
#include <algorithm>
#include <numeric>

namespace summit::library {

namespace {

constexpr double kNearDuplicate = 0.5;

QString folded(const QString &s)
{
    return s.trimmed().toCaseFolded();
}

} // namespace

QVector<IndependentSource> independentSources(const QVector<EventArticle> &in)
{
    QVector<EventArticle> articles = in;
    std::stable_sort(articles.begin(), articles.end(), [](const EventArticle &a, const EventArticle &b) {
        return a.published != b.published ? (a.published.isEmpty() ? false : b.published.isEmpty() || a.published < b.published)
                                          : a.articleId < b.articleId;
    });
    const int n = int(articles.size());
    QVector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    auto unite = [&](int a, int b) {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b); // the earliest article stays the root
    };
    // The key a source is known by: its wire credit, else its outlet. Two articles naming the
    // same agency or outlet are one voice however different their texts.
    auto key = [](const EventArticle &a) {
        return !a.wire.isEmpty() ? folded(a.wire) : folded(a.outlet);
    };
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const QString ki = key(articles.at(i));
            if ((!ki.isEmpty() && ki == key(articles.at(j)))
                || (!articles.at(i).wire.isEmpty() && folded(articles.at(i).wire) == folded(articles.at(j).outlet))
                || (!articles.at(j).wire.isEmpty() && folded(articles.at(j).wire) == folded(articles.at(i).outlet))
                || TextSignature::similarity(articles.at(i).signature, articles.at(j).signature) >= kNearDuplicate)
                unite(i, j);
        }
    QVector<IndependentSource> out;
    QHash<int, int> byRoot;
    for (int i = 0; i < n; ++i) {
        const int root = find(i);
        auto it = byRoot.find(root);
        if (it == byRoot.end()) {
            const EventArticle &a = articles.at(i);
            IndependentSource s;
            s.name = !a.wire.isEmpty() ? a.wire : !a.outlet.isEmpty() ? a.outlet : a.source;
            out.append(s);
            it = byRoot.insert(root, int(out.size() - 1));
        }
        out[*it].articles.append(articles.at(i));
    }
    return out;
}

QHash<qint64, EventCoverage> eventCoverage(Database &db, qint64 onlyEvent)
{
    QHash<qint64, EventCoverage> out;
    QSet<QPair<qint64, qint64>> reported;
    Statement reports(db, "SELECT r.event_id, a.id, a.source, a.outlet, a.published, s.wire, s.minhash, r.evidence "
                          "FROM event_reports r JOIN articles a ON a.id = r.article_id "
                          "LEFT JOIN article_signatures s ON s.article_id = a.id "
                          "WHERE ?1 = 0 OR r.event_id = ?1 ORDER BY a.published, a.id");
    reports.bind(1, onlyEvent);
    while (reports.step()) {
        EventArticle a{reports.int64(1), reports.text(2), reports.text(3), reports.text(4),
                       reports.text(5), reports.blob(6), jsonStringList(reports.text(7))};
        reported.insert({reports.int64(0), a.articleId});
        out[reports.int64(0)].reportedBy.append(a);
    }
    Statement mentions(db, "SELECT DISTINCT l.event_id, a.id, a.source, a.outlet, a.published FROM event_links l "
                           "JOIN articles a ON a.id = l.article_id WHERE ?1 = 0 OR l.event_id = ?1 "
                           "ORDER BY a.published, a.id");
    mentions.bind(1, onlyEvent);
    while (mentions.step()) {
        if (reported.contains({mentions.int64(0), mentions.int64(1)}))
            continue;
        out[mentions.int64(0)].mentionedBy.append(
            {mentions.int64(1), mentions.text(2), mentions.text(3), mentions.text(4), {}, {}, {}});
    }
    for (EventCoverage &c : out)
        c.sources = independentSources(c.reportedBy);
    return out;
}

} // namespace summit::library
