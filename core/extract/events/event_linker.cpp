#include "extract/events/event_linker.h"

#include "extract/entities/place_gazetteer.h"
#include "extract/events/event_catalog.h"
#include "extract/events/link_selection.h"
#include "extract/events/reported_event.h"
#include "extract/people/people_directory.h"
#include "extract/sources/text_signature.h"

#include <algorithm>

namespace summit {

EventLinker::EventLinker(const EventCatalog &catalog, const PlaceGazetteer &places,
                         const LinkingRules &rules, const PeopleDirectory *people)
    : m_catalog(catalog),
      m_places(places),
      m_rules(rules),
      m_people(people),
      m_cues(catalog.events(), rules.happeningWords),
      m_scorer(rules, places),
      m_checks(rules, places, catalog.events())
{
}

namespace {

/// The catalog event an ordinal "first" before a happening word refers to: the earliest event
/// (the catalog is sorted by start) whose happening word the sentence uses and whose two or
/// more participants the sentence all names. -1 when none.
int firstMeetingOf(const ArticleFacts &facts, const SentenceFacts &sentence,
                   const QVector<CatalogEvent> &events)
{
    for (const CueHit &hit : sentence.hits.kinds) {
        bool ordinal = false;
        for (const auto &[first, end] : hit.terms)
            ordinal = ordinal || (first - 1 >= sentence.firstToken && facts.tokens.at(first - 1).folded == u"first");
        if (!ordinal)
            continue;
        for (int e = 0; e < events.size(); ++e) {
            const CatalogEvent &event = events.at(e);
            if (event.participants.size() < 2 || event.happening != events.at(hit.event).happening)
                continue;
            bool all = true;
            for (const QString &name : event.participants) {
                bool named = false;
                for (const Mention *m : sentence.people)
                    named = named || m->key == name;
                all = all && named;
            }
            if (all)
                return e;
        }
    }
    return -1;
}

} // namespace

EventLinking EventLinker::link(const ArticleText &article, const QVector<Timex> &timexes,
                               const QVector<Mention> &mentions) const
{
    const QVector<CatalogEvent> &events = m_catalog.events();
    const ArticleFacts facts = ArticleFacts::build(article, timexes, mentions, m_cues, m_places);
    const int sentenceCount = int(facts.sentences.size());
    EventLinking result;
    result.signature = TextSignature::compute(facts.tokens);

    // First pass: evidence of every sentence for every catalog event, without context.
    QVector<QVector<ResolvedAlias>> aliases(sentenceCount);
    QVector<QVector<EventEvidence>> evidence(sentenceCount);
    QVector<int> namedCount(events.size(), 0);
    QVector<bool> namedInLead(events.size(), false);
    const int leadEnd = leadLastSentence(facts);
    for (int s = 0; s < sentenceCount; ++s) {
        const SentenceFacts &sentence = facts.sentences.at(s);
        aliases[s] = m_scorer.resolveAliases(sentence, events, facts.reference);
        evidence[s].reserve(events.size());
        for (int e = 0; e < events.size(); ++e)
            evidence[s].append(m_scorer.score(events.at(e), e, sentence, aliases.at(s), false));
        // "their first meeting": the earliest meeting of the people the sentence names.
        if (const int first = firstMeetingOf(facts, sentence, events); first >= 0) {
            EventEvidence &ev = evidence[s][first];
            if (!ev.named) {
                ev.add(m_rules.cue, QStringLiteral("ordinal:first"));
                ev.named = true;
            }
        }
        for (int e = 0; e < events.size(); ++e)
            if (evidence[s][e].named)
                namedCount[e] += 1;
        if (s <= leadEnd)
            for (int e = 0; e < events.size(); ++e)
                if (evidence[s][e].named)
                    namedInLead[e] = true;
    }

    const LeadHappening lead = detectLeadHappening(facts, m_rules);
    const int reported = findReportedEvent(facts, events, namedCount, namedInLead, m_rules, m_places, lead);
    std::optional<CatalogEvent> extracted;
    if (reported >= 0) {
        result.reportedSlug = events.at(reported).slug;
    } else if ((result.newEvent = extractEvent(facts, m_rules, m_places, m_people, lead))) {
        extracted = asCatalogEvent(*result.newEvent, facts);
        result.reportedSlug = result.newEvent->slug;
    }
    if (!result.reportedSlug.isEmpty()) {
        if (!lead.kind.isEmpty())
            result.reportEvidence.append(QStringLiteral("lead:") + (lead.planned ? QStringLiteral("plan:") : QString()) + lead.word);
        if (!facts.datelinePlace.isEmpty())
            result.reportEvidence.append(QStringLiteral("dateline:") + facts.datelinePlace);
        if (reported >= 0 && namedCount.value(reported) > 0)
            result.reportEvidence.append(QStringLiteral("named:%1").arg(namedCount.value(reported)));
        if (reported < 0)
            result.reportEvidence.append(QStringLiteral("extracted"));
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
