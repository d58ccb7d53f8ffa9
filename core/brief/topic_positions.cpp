#include "brief/loader_steps.h"

#include "store/database.h"
#include "store/statement.h"

#include <QSet>
#include <algorithm>

namespace summit::brief {

namespace {

using Side = SideDirectory::Side;

struct Candidate
{
    Excerpt excerpt;
    QString topic;
    Side side = Side::Unknown;
    QDate published;
    double rank = 0; ///< higher first among the same date
};

// The topics the articles in scope talk about most, in gazetteer order; or the requested ones.
QStringList mainTopics(Database &db, const BriefRequest &request, const QHash<qint64, qint64> &inScope,
                       const SelectionLimits &limits)
{
    if (!request.topics.isEmpty())
        return request.topics;
    QHash<QString, int> counts;
    Statement st(db, "SELECT article_id, key, COUNT(*) FROM mentions WHERE kind = 'topic' GROUP BY article_id, key");
    while (st.step()) {
        if (inScope.contains(st.int64(0)))
            counts[st.text(1)] += st.integer(2);
    }
    QStringList keys = counts.keys();
    std::sort(keys.begin(), keys.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    keys = keys.mid(0, limits.mainTopics);
    QStringList ordered;
    for (const TopicLabel &t : knownTopics()) {
        if (keys.contains(t.key))
            ordered << t.key;
    }
    for (const QString &k : keys) {
        if (!ordered.contains(k))
            ordered << k;
    }
    return ordered;
}

QVector<Candidate> quoteCandidates(Database &db, ArticleCache &cache, const QHash<qint64, qint64> &inScope,
                                   const SideDirectory &sides)
{
    Statement st(db, "SELECT DISTINCT q.id, q.article_id, q.text, q.speaker, q.confidence, m.key "
                     "FROM quotes q JOIN mentions m ON m.article_id = q.article_id AND m.kind = 'topic' "
                     "AND (m.sentence_id = q.sentence_id OR (m.start < q.end AND m.end > q.start)) "
                     "WHERE q.fragment = 0 AND q.speaker IS NOT NULL");
    QVector<Candidate> out;
    while (st.step()) {
        const qint64 articleId = st.int64(1);
        const Side side = sides.sideOf(st.text(3));
        if (!inScope.contains(articleId) || side == Side::Unknown)
            continue;
        Candidate c;
        c.excerpt = {Excerpt::Kind::Quote, st.text(2), st.text(3).simplified(), articleId};
        c.topic = st.text(5);
        c.side = side;
        c.published = cache.article(articleId).published;
        c.rank = st.real(4);
        out.append(c);
    }
    return out;
}

// Sentences that name one side's people (and not the other's) next to a topic: what the
// reporter says that side holds, when the side was not quoted.
QVector<Candidate> sentenceCandidates(Database &db, ArticleCache &cache, const QHash<qint64, qint64> &inScope,
                                      const SideDirectory &sides)
{
    Statement st(db, "SELECT s.id, s.article_id, s.start, s.end, s.ord, mt.key, mp.key "
                     "FROM mentions mt JOIN mentions mp ON mp.sentence_id = mt.sentence_id AND mp.kind = 'person' "
                     "JOIN sentences s ON s.id = mt.sentence_id WHERE mt.kind = 'topic' ORDER BY s.id");
    struct Row
    {
        qint64 articleId;
        int start, end, ord;
        QSet<QString> topics;
        QSet<Side> sides;
    };
    QHash<qint64, Row> rows;
    while (st.step()) {
        const qint64 articleId = st.int64(1);
        if (!inScope.contains(articleId))
            continue;
        Row &row = rows[st.int64(0)];
        row.articleId = articleId;
        row.start = st.integer(2);
        row.end = st.integer(3);
        row.ord = st.integer(4);
        row.topics.insert(st.text(5));
        const Side side = sides.sideOf(st.text(6));
        if (side != Side::Unknown)
            row.sides.insert(side);
    }
    QVector<Candidate> out;
    for (const Row &row : std::as_const(rows)) {
        if (row.sides.size() != 1)
            continue;
        for (const QString &topic : row.topics) {
            Candidate c;
            c.excerpt = {Excerpt::Kind::Sentence, cache.slice(row.articleId, row.start, row.end).simplified(), {},
                         row.articleId};
            c.topic = topic;
            c.side = *row.sides.begin();
            c.published = cache.article(row.articleId).published;
            c.rank = -row.ord; // earlier in the article is more central
            out.append(c);
        }
    }
    return out;
}

// Latest statements first: a position is what the side said most recently in the scope.
void sortCandidates(QVector<Candidate> &candidates)
{
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.published != b.published)
            return a.published > b.published;
        if (a.rank != b.rank)
            return a.rank > b.rank;
        return a.excerpt.text < b.excerpt.text;
    });
}

void take(QVector<Excerpt> &into, const QVector<Candidate> &candidates, const QString &topic, Side side, int limit)
{
    for (const Candidate &c : candidates) {
        if (into.size() >= limit)
            return;
        if (c.topic != topic || c.side != side)
            continue;
        const bool repeated = std::any_of(into.begin(), into.end(), [&c](const Excerpt &e) {
            return e.text == c.excerpt.text || e.text.contains(c.excerpt.text) || c.excerpt.text.contains(e.text);
        });
        if (!repeated)
            into.append(c.excerpt);
    }
}

} // namespace

QVector<TopicBrief> topicPositions(Database &db, ArticleCache &cache, const BriefRequest &request,
                                   const QHash<qint64, qint64> &mainEventOfArticle, const SideDirectory &sides,
                                   const SelectionLimits &limits)
{
    const QStringList topics = mainTopics(db, request, mainEventOfArticle, limits);
    if (topics.isEmpty())
        return {};
    QVector<Candidate> quotes = quoteCandidates(db, cache, mainEventOfArticle, sides);
    QVector<Candidate> sentences = sentenceCandidates(db, cache, mainEventOfArticle, sides);
    sortCandidates(quotes);
    sortCandidates(sentences);

    QVector<TopicBrief> out;
    for (const QString &key : topics) {
        TopicBrief t;
        t.key = key;
        t.label = topicLabel(key);
        for (Side side : {Side::Us, Side::Russia}) {
            QVector<Excerpt> &into = side == Side::Us ? t.us : t.russia;
            take(into, quotes, key, side, limits.statementsPerSide);
            take(into, sentences, key, side, limits.statementsPerSide);
        }
        out.append(t);
    }
    return out;
}

} // namespace summit::brief
