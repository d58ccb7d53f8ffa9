#include "extract/events/event_cue_index.h"

#include <vector>

namespace summit {

EventCueIndex::EventCueIndex(const QVector<CatalogEvent> &events,
                             const QHash<QString, QStringList> &happeningWords)
{
    for (int e = 0; e < events.size(); ++e) {
        const CatalogEvent &event = events.at(e);
        for (const QString &alias : event.aliases) {
            m_aliases.add(alias, int(m_aliasEntries.size()), CaseRule::Folded);
            m_aliasEntries.append({e, alias});
        }
        for (const CueSet &set : event.cues)
            compile(set, e, -1);
        const QStringList words = happeningWords.value(event.happening);
        if (!words.isEmpty()) {
            compile(CueSet{{words}}, e, kKindSet);
            if (!event.series.isEmpty())
                compile(CueSet{{event.series, words}}, e, -1);
        }
        for (int c = 0; c < event.claims.size(); ++c)
            for (const CueSet &set : event.claims.at(c).cues)
                compile(set, e, c);
    }
}

int EventCueIndex::termId(const QString &term)
{
    const auto it = m_termIds.constFind(term);
    if (it != m_termIds.constEnd())
        return *it;
    const int id = int(m_termIds.size());
    m_termIds.insert(term, id);
    m_terms.add(term, id, CaseRule::Folded);
    return id;
}

void EventCueIndex::compile(const CueSet &set, int event, int claim)
{
    CompiledSet compiled{event, claim, {}};
    for (const QStringList &group : set.groups) {
        QVector<int> ids;
        for (const QString &term : group)
            ids.append(termId(term));
        compiled.groups.append(ids);
    }
    m_sets.append(compiled);
}

SentenceHits EventCueIndex::scan(const QString &text, const QVector<WordToken> &tokens, int first,
                                 int end) const
{
    SentenceHits hits;
    for (const PhraseMatch &m : m_aliases.find(text, tokens, first, end)) {
        const AliasEntry &entry = m_aliasEntries.at(m.payload);
        if (!hits.aliases.isEmpty() && hits.aliases.last().firstToken == m.firstToken) {
            if (!hits.aliases.last().events.contains(entry.event))
                hits.aliases.last().events.append(entry.event);
            continue;
        }
        hits.aliases.append({{entry.event}, entry.alias, m.firstToken, m.endToken});
    }
    if (m_sets.isEmpty())
        return hits;
    const QVector<PhraseMatch> terms = m_terms.find(text, tokens, first, end);
    if (terms.isEmpty())
        return hits;
    // Which terms the sentence holds, so a set is ruled out with a few lookups; the matches
    // are walked only for the rare set that is complete.
    thread_local std::vector<char> present;
    present.assign(size_t(m_termIds.size()), 0);
    for (const PhraseMatch &m : terms)
        present[size_t(m.payload)] = 1;
    for (const CompiledSet &set : m_sets) {
        bool possible = true;
        for (const QVector<int> &group : set.groups) {
            bool any = false;
            for (int id : group)
                any = any || present[size_t(id)];
            if (!any) {
                possible = false;
                break;
            }
        }
        if (!possible)
            continue;
        CueHit hit;
        hit.event = set.event;
        hit.claim = set.claim;
        hit.firstToken = end;
        QStringList words;
        bool complete = true;
        for (const QVector<int> &group : set.groups) {
            bool found = false;
            for (const PhraseMatch &m : terms) {
                if (!group.contains(m.payload))
                    continue;
                if (!found)
                    words.append(text.mid(tokens.at(m.firstToken).start,
                                          tokens.at(m.endToken - 1).end - tokens.at(m.firstToken).start));
                found = true;
                hit.terms.append({m.firstToken, m.endToken});
                hit.firstToken = std::min(hit.firstToken, m.firstToken);
                hit.endToken = std::max(hit.endToken, m.endToken);
            }
            if (!found) {
                complete = false;
                break;
            }
        }
        if (!complete)
            continue;
        hit.label = words.join(QLatin1Char('+'));
        (set.claim == kKindSet ? hits.kinds : set.claim < 0 ? hits.cues : hits.claims).append(hit);
    }
    return hits;
}

} // namespace summit
