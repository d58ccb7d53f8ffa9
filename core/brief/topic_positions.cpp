// Each side's position on the main topics, from the quotations in scope.
#include "brief/loader_steps.h"

#include <algorithm>

namespace summit::brief {

namespace {

using Side = SideDirectory::Side;

// The topics the quotations in scope speak to most, in gazetteer order; or the requested ones.
QStringList mainTopics(const BriefRequest &request, const QVector<ScopedQuote> &quotes,
                       const QVector<ScopedStatement> &statements, const SelectionLimits &limits)
{
    if (!request.topics.isEmpty())
        return request.topics;
    QHash<QString, int> counts;
    for (const ScopedQuote &q : quotes)
        if (q.side != Side::Unknown)
            for (const QString &t : q.topics)
                ++counts[t];
    for (const ScopedStatement &s : statements)
        for (const QString &t : s.sentence.topics)
            ++counts[t];
    QStringList keys = counts.keys();
    std::sort(keys.begin(), keys.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    keys = keys.mid(0, limits.mainTopics);
    QStringList ordered;
    for (const TopicLabel &t : knownTopics())
        if (keys.contains(t.key))
            ordered << t.key;
    for (const QString &k : keys)
        if (!ordered.contains(k))
            ordered << k;
    return ordered;
}

// The strongest quotation: the surest attribution, one that states a position and fits a summary cell, by
// the side's most senior speaker (one holding an office), the latest.
bool stronger(const ScopedQuote *a, const ScopedQuote *b, const SelectionLimits &limits)
{
    // Among the side's quotations on the topic, one the analyst starred speaks for it.
    if (a->record.annotation.starred != b->record.annotation.starred)
        return a->record.annotation.starred;
    if (a->record.confidence != b->record.confidence)
        return a->record.confidence > b->record.confidence;
    // A few words ("a straightforward fellow") state no position; a long passage does not fit.
    auto fits = [&limits](const ScopedQuote *q) {
        return q->record.text.size() >= 40 && q->record.text.size() <= limits.summaryQuoteChars;
    };
    const bool aFits = fits(a);
    const bool bFits = fits(b);
    if (aFits != bFits)
        return aFits;
    if (a->role.isEmpty() != b->role.isEmpty())
        return !a->role.isEmpty();
    if (a->record.published != b->record.published)
        return a->record.published > b->record.published;
    return a->record.id < b->record.id;
}

} // namespace

QVector<TopicBrief> topicPositions(const BriefRequest &request, const QVector<ScopedQuote> &quotes,
                                   const QVector<ScopedStatement> &statements, const SelectionLimits &limits)
{
    QVector<TopicBrief> out;
    for (const QString &key : mainTopics(request, quotes, statements, limits)) {
        TopicBrief t;
        t.key = key;
        t.label = topicLabel(key);
        for (Side side : {Side::Us, Side::Russia}) {
            const ScopedQuote *best = nullptr;
            int count = 0;
            for (const ScopedQuote &q : quotes) {
                if (q.side != side || !q.topics.contains(key))
                    continue;
                ++count;
                if (!best || stronger(&q, best, limits))
                    best = &q;
            }
            QVector<Excerpt> &into = side == Side::Us ? t.us : t.russia;
            (side == Side::Us ? t.usQuotes : t.russiaQuotes) = count;
            if (best) {
                into.append({Excerpt::Kind::Quote, best->record.text, best->record.speaker.simplified(),
                             best->record.articleId, best->role, best->record.annotation.starred, {}});
            }
            // With no quotation, the reporter's shortest sentence stating the side's position.
            const ScopedStatement *stated = nullptr;
            int statementCount = 0;
            for (const ScopedStatement &s : statements) {
                if (!s.sides.contains(side) || !s.sentence.topics.contains(key))
                    continue;
                ++statementCount;
                if (!stated || s.sentence.text.size() < stated->sentence.text.size())
                    stated = &s;
            }
            (side == Side::Us ? t.usStatements : t.russiaStatements) = statementCount;
            if (!best && stated)
                into.append(sentenceExcerpt(stated->sentence.text.simplified(), stated->sentence.articleId));
        }
        out.append(t);
    }
    return out;
}

} // namespace summit::brief
