#include "library/library.h"
#include "brief/loader_steps.h"

#include "store/database.h"
#include "store/statement.h"

#include <QSet>
#include <algorithm>

namespace summit::brief {

namespace {

struct Link
{
    qint64 articleId = 0;
    qint64 sentenceId = 0;
    double score = 0;
    int start = 0;
    int end = 0;
    int ord = 0;
};

// Wire copies repeat sentences word for word; compare on letters and digits only.
QString dedupeKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

QVector<Link> linksOf(Statement &st, qint64 eventId)
{
    st.reset();
    st.bind(1, eventId);
    QVector<Link> links;
    while (st.step())
        links.append({st.int64(0), st.int64(1), st.real(2), st.integer(3), st.integer(4), st.integer(5)});
    return links;
}

QVector<Excerpt> pickSentences(ArticleCache &cache, const QVector<Link> &links, const SelectionLimits &limits)
{
    QVector<Link> chosen;
    QSet<QString> seen;
    QHash<qint64, int> perArticle;
    for (const Link &l : links) { // best score first
        if (chosen.size() >= limits.sentencesPerEvent)
            break;
        if (perArticle.value(l.articleId) >= limits.sentencesPerArticle)
            continue;
        const QString key = dedupeKey(cache.slice(l.articleId, l.start, l.end));
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        ++perArticle[l.articleId];
        chosen.append(l);
    }
    // Read as a narrative: by article date, then in the article's own order.
    std::sort(chosen.begin(), chosen.end(), [&cache](const Link &a, const Link &b) {
        const QDate da = cache.article(a.articleId).published, db = cache.article(b.articleId).published;
        if (da != db)
            return da < db;
        if (a.articleId != b.articleId)
            return a.articleId < b.articleId;
        return a.ord < b.ord;
    });
    QVector<Excerpt> out;
    for (const Link &l : chosen)
        out.append({Excerpt::Kind::Sentence, cache.slice(l.articleId, l.start, l.end).simplified(), {}, l.articleId});
    return out;
}

QVector<Framing> pickFramings(ArticleCache &cache, const QVector<Link> &links)
{
    // The outlet's strongest article on the event speaks for the outlet.
    QHash<qint64, double> articleScore;
    for (const Link &l : links)
        articleScore[l.articleId] += l.score;
    QHash<QString, qint64> bestOfOutlet;
    for (auto it = articleScore.begin(); it != articleScore.end(); ++it) {
        const QString &outlet = cache.article(it.key()).outlet;
        const auto best = bestOfOutlet.constFind(outlet);
        if (best == bestOfOutlet.cend() || articleScore.value(*best) < it.value())
            bestOfOutlet.insert(outlet, it.key());
    }
    if (bestOfOutlet.size() < 2)
        return {};

    QVector<Framing> out;
    for (auto it = bestOfOutlet.begin(); it != bestOfOutlet.end(); ++it) {
        const qint64 articleId = it.value();
        const std::optional<qint64> lede = cache.ledeSentence(articleId);
        const Link *pick = nullptr;
        for (const Link &l : links) { // best score first
            if (l.articleId != articleId)
                continue;
            if (lede && l.sentenceId == *lede) {
                pick = &l;
                break;
            }
            if (!pick)
                pick = &l;
        }
        const SourceArticle &a = cache.article(articleId);
        out.append({a.outlet, articleId, a.title, cache.slice(articleId, pick->start, pick->end).simplified()});
    }
    std::sort(out.begin(), out.end(), [&cache](const Framing &a, const Framing &b) {
        const QDate da = cache.article(a.articleId).published, db = cache.article(b.articleId).published;
        return da != db ? da < db : a.outlet < b.outlet;
    });
    return out;
}

QVector<Excerpt> pickQuotes(Statement &st, qint64 eventId, const SelectionLimits &limits)
{
    st.reset();
    st.bind(1, eventId);
    QVector<Excerpt> out;
    QSet<QString> seen;
    while (st.step() && out.size() < limits.quotesPerEvent) {
        const QString text = st.text(1);
        const QString key = dedupeKey(text);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        QString speaker = st.text(2).simplified();
        if (speaker.isEmpty())
            speaker = st.text(3).simplified();
        out.append({Excerpt::Kind::Quote, text, speaker, st.int64(0)});
    }
    return out;
}

} // namespace

QHash<qint64, qint64> fillEventSources(Database &db, ArticleCache &cache, QVector<EventBrief> &events,
                                       const SelectionLimits &limits)
{
    Statement linkQuery(db, "SELECT l.article_id, l.sentence_id, l.score, s.start, s.end, s.ord "
                            "FROM event_links l JOIN sentences s ON s.id = l.sentence_id "
                            "WHERE l.event_id = ? ORDER BY l.score DESC, l.article_id, s.ord");
    // Quotes attributed to the event, or unattributed ones in a sentence linked to it.
    Statement quoteQuery(db, "SELECT q.article_id, q.text, q.speaker, q.speaker_text FROM quotes q "
                             "WHERE q.fragment = 0 AND (q.event_id = ?1 OR (q.event_id IS NULL AND "
                             "q.sentence_id IN (SELECT sentence_id FROM event_links WHERE event_id = ?1))) "
                             "ORDER BY (q.speaker IS NULL), q.confidence DESC, q.start, q.id");
    QHash<qint64, qint64> mainEvent;
    QHash<qint64, double> mainScore;
    const library::Library library(db);
    for (EventBrief &e : events) {
        const QVector<Link> links = linksOf(linkQuery, e.id);
        QHash<qint64, double> articleScore;
        QSet<QString> outlets;
        for (const Link &l : links) {
            articleScore[l.articleId] += l.score;
            outlets.insert(cache.article(l.articleId).outlet);
        }
        for (auto it = articleScore.begin(); it != articleScore.end(); ++it) {
            if (!mainEvent.contains(it.key()) || mainScore.value(it.key()) < it.value()) {
                mainEvent.insert(it.key(), e.id);
                mainScore.insert(it.key(), it.value());
            }
        }
        e.outlets = QStringList(outlets.begin(), outlets.end());
        e.outlets.sort(Qt::CaseInsensitive);
        // Reports, mentions and independent sources as the library counts them everywhere.
        if (const auto record = library.event(e.id)) {
            e.sources = record->sources;
            e.reportCount = record->reportCount;
            e.mentionCount = record->mentionCount;
        }
        e.sentences = pickSentences(cache, links, limits);
        e.framings = pickFramings(cache, links);
        e.quotes = pickQuotes(quoteQuery, e.id, limits);
        for (const Excerpt &q : e.quotes)
            cache.article(q.articleId);
    }
    return mainEvent;
}

void fillDiscrepancies(Database &db, ArticleCache &cache, QVector<EventBrief> &events,
                       const QHash<qint64, qint64> &mainEventOfArticle)
{
    QHash<qint64, int> indexOf;
    for (int i = 0; i < events.size(); ++i)
        indexOf.insert(events[i].id, i);
    Statement st(db, "SELECT article_id, event_id, start, end, text FROM notes ORDER BY article_id, start, id");
    while (st.step()) {
        const qint64 articleId = st.int64(0);
        qint64 eventId = st.isNull(1) ? 0 : st.int64(1);
        if (eventId == 0)
            eventId = mainEventOfArticle.value(articleId);
        const auto index = indexOf.constFind(eventId);
        if (index == indexOf.cend())
            continue; // the note is about an event outside the scope
        cache.article(articleId);
        events[*index].discrepancies.append(
            {articleId, cache.slice(articleId, st.integer(2), st.integer(3)).simplified(), st.text(4).simplified()});
    }
}

} // namespace summit::brief
