#include "extract/events/event_linker.h"

#include "extract/entities/place_gazetteer.h"
#include "extract/events/event_catalog.h"
#include "extract/events/link_selection.h"
#include "extract/events/reported_event.h"
#include "extract/people/people_directory.h"

#include <algorithm>

namespace summit {

EventLinker::EventLinker(const EventCatalog &catalog, const PlaceGazetteer &places,
                         const LinkingRules &rules, const PeopleDirectory *people)
    : m_catalog(catalog),
      m_places(places),
      m_rules(rules),
      m_people(people),
      m_cues(catalog.events()),
      m_scorer(rules, places),
      m_checks(rules, places, catalog.events())
{
}

const EventLinker &EventLinker::bundled()
{
    static const EventLinker instance(EventCatalog::bundled(), PlaceGazetteer::bundled(),
                                      LinkingRules::bundled(), &PeopleDirectory::bundled());
    return instance;
}

EventLinking EventLinker::link(const ArticleText &article, const QVector<Timex> &timexes,
                               const QVector<Mention> &mentions) const
{
    const QVector<CatalogEvent> &events = m_catalog.events();
    const ArticleFacts facts = ArticleFacts::build(article, timexes, mentions, m_cues, m_places);
    const int sentenceCount = int(facts.sentences.size());

    // First pass: evidence of every sentence for every catalog event, without context.
    QVector<QVector<ResolvedAlias>> aliases(sentenceCount);
    QVector<QVector<EventEvidence>> evidence(sentenceCount);
    QVector<int> namedCount(events.size(), 0);
    for (int s = 0; s < sentenceCount; ++s) {
        const SentenceFacts &sentence = facts.sentences.at(s);
        aliases[s] = m_scorer.resolveAliases(sentence, events, facts.reference);
        evidence[s].reserve(events.size());
        for (int e = 0; e < events.size(); ++e) {
            evidence[s].append(m_scorer.score(events.at(e), e, sentence, aliases.at(s), false));
            if (evidence[s].last().named)
                namedCount[e] += 1;
        }
    }

    EventLinking result;
    const int reported = findReportedEvent(facts, events, namedCount, m_rules, m_places);
    std::optional<CatalogEvent> extracted;
    if (reported >= 0) {
        result.reportedSlug = events.at(reported).slug;
    } else if ((result.newEvent = extractEvent(facts, m_rules, m_places, m_people))) {
        extracted = asCatalogEvent(*result.newEvent, facts);
        result.reportedSlug = result.newEvent->slug;
    }

    for (int s = 0; s < sentenceCount; ++s) {
        const SentenceFacts &sentence = facts.sentences.at(s);
        QVector<CandidateLink> candidates;
        for (int e = 0; e < events.size(); ++e) {
            EventEvidence &ev = evidence[s][e];
            if (e == reported) {
                // The first pass skipped people and topics of unanchored sentences; the
                // reported event needs them for its context links.
                ev = m_scorer.score(events.at(e), e, sentence, aliases.at(s), true);
                m_scorer.addContext(ev, events.at(e), sentence);
            }
            if (ev.score > 0)
                candidates.append({events.at(e).slug, ev});
        }
        if (extracted) {
            EventEvidence ev = m_scorer.score(*extracted, -1, sentence, {}, true);
            m_scorer.addContext(ev, *extracted, sentence);
            if (ev.score > 0)
                candidates.append({extracted->slug, ev});
        }
        result.links += selectLinks(candidates, s, m_rules);
    }
    result.notes = m_checks.check(facts, aliases, reported);
    return result;
}

} // namespace summit
