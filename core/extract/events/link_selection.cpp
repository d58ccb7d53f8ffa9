#include "extract/events/link_selection.h"

#include <algorithm>

namespace summit {

namespace {

QStringList dateEvidence(const EventEvidence &e)
{
    QStringList out;
    for (const QString &why : e.evidence)
        if (why.startsWith(QLatin1String("date:")))
            out.append(why);
    return out;
}

} // namespace

QVector<EventLink> selectLinks(const QVector<CandidateLink> &candidates, int sentence,
                               const LinkingRules &rules)
{
    const bool sentenceNames = std::any_of(candidates.begin(), candidates.end(),
                                           [](const CandidateLink &c) { return c.evidence.named; });
    QVector<const CandidateLink *> kept;
    for (const CandidateLink &c : candidates) {
        const EventEvidence &e = c.evidence;
        if (e.score < rules.threshold || !e.anchored())
            continue;
        if (e.contradicted && !e.named && !e.context)
            continue;
        if (sentenceNames && !e.named && !e.claimed && !e.context && !e.preciseDate)
            continue;
        kept.append(&c);
    }
    QVector<EventLink> out;
    for (const CandidateLink *c : std::as_const(kept)) {
        const EventEvidence &e = c->evidence;
        const QStringList dates = dateEvidence(e);
        const bool weak = !e.named && !e.placed && !e.context && !e.claimed && !dates.isEmpty();
        const bool covered = weak && std::any_of(kept.begin(), kept.end(), [&](const CandidateLink *o) {
            if (o == c || !(o->evidence.named || o->evidence.placed))
                return false;
            const QStringList other = dateEvidence(o->evidence);
            return std::all_of(dates.begin(), dates.end(),
                               [&](const QString &d) { return other.contains(d); });
        });
        if (!covered)
            out.append({c->slug, sentence, std::min(1.0, e.score), e.evidence});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const EventLink &a, const EventLink &b) { return a.score > b.score; });
    return out;
}

} // namespace summit
