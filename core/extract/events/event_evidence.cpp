#include "extract/events/event_evidence.h"

#include "extract/entities/place_gazetteer.h"

#include <algorithm>

namespace summit {

namespace {

/// Happenings recognised by who or what they concern rather than by a venue.
bool personalHappening(const CatalogEvent &event)
{
    return event.happening == u"election" || event.happening == u"inauguration"
           || event.happening == u"appointment" || event.happening == u"expiry"
           || event.happening == u"term-end";
}

} // namespace

EventEvidenceScorer::EventEvidenceScorer(const LinkingRules &rules, const PlaceGazetteer &places)
    : m_rules(rules), m_places(places)
{
}

double EventEvidenceScorer::placeWeight(const QString &mentioned, const QString &eventPlace) const
{
    switch (m_places.relation(mentioned, eventPlace)) {
    case PlaceRelation::Same: {
        const Place *p = m_places.find(mentioned);
        return p && p->kind == QLatin1String("country") ? m_rules.placeCountry : m_rules.placeSame;
    }
    case PlaceRelation::Contains: {
        // "in Japan" fits an event at Toyako, but a country is named so often that it counts less.
        const Place *p = m_places.find(mentioned);
        return p && p->kind == QLatin1String("country") ? m_rules.placeCountry
                                                         : m_rules.placeContainer;
    }
    case PlaceRelation::Inside:
        return m_rules.placeInside;
    case PlaceRelation::Unrelated:
        break;
    }
    return 0;
}

double EventEvidenceScorer::dateWeight(const Timex &timex) const
{
    const qint64 days = timex.begin.daysTo(timex.end) + 1;
    if (days <= 7)
        return m_rules.dateDay;
    if (days <= 31)
        return m_rules.dateMonth;
    return m_rules.dateCoarse;
}

QVector<ResolvedAlias> EventEvidenceScorer::resolveAliases(const SentenceFacts &sentence,
                                                           const QVector<CatalogEvent> &events,
                                                           QDate reference) const
{
    QVector<ResolvedAlias> out;
    for (const AliasHit &hit : sentence.hits.aliases) {
        QVector<int> chosen = hit.events;
        if (chosen.size() > 1) {
            QVector<int> dated;
            QVector<int> placed;
            for (int e : std::as_const(chosen)) {
                const CatalogEvent &event = events.at(e);
                for (const Timex *t : sentence.timexes)
                    if (event.overlaps(t->begin, t->end) && !dated.contains(e))
                        dated.append(e);
                for (const Mention *m : sentence.places)
                    if (placeWeight(m->key, event.place) > 0 && !placed.contains(e))
                        placed.append(e);
            }
            if (!dated.isEmpty())
                chosen = dated;
            else if (!placed.isEmpty())
                chosen = placed;
            else if (reference.isValid())
                chosen = {*std::min_element(chosen.begin(), chosen.end(), [&](int a, int b) {
                    return events.at(a).distanceTo(reference) < events.at(b).distanceTo(reference);
                })};
        }
        for (int e : std::as_const(chosen))
            out.append({e, &hit});
    }
    return out;
}

bool EventEvidenceScorer::mayAnchor(const CatalogEvent &event, int eventIndex,
                                    const SentenceFacts &sentence,
                                    const QVector<ResolvedAlias> &aliases) const
{
    for (const ResolvedAlias &a : aliases)
        if (a.event == eventIndex)
            return true;
    for (const CueHit &c : sentence.hits.cues)
        if (c.event == eventIndex)
            return true;
    for (const CueHit &c : sentence.hits.claims)
        if (c.event == eventIndex)
            return true;
    // A happening word anchors alone only for happenings tied to people or a treaty (an
    // election, an expiry); a meeting word needs the place or date caught below anyway.
    if (personalHappening(event))
        for (const CueHit &c : sentence.hits.kinds)
            if (c.event == eventIndex)
                return true;
    for (const Timex *t : sentence.timexes)
        if (event.overlaps(t->begin, t->end))
            return true;
    for (const Mention *m : sentence.places)
        if (placeWeight(m->key, event.place) > 0)
            return true;
    return false;
}

EventEvidence EventEvidenceScorer::score(const CatalogEvent &event, int eventIndex,
                                         const SentenceFacts &sentence,
                                         const QVector<ResolvedAlias> &aliases, bool reported) const
{
    EventEvidence ev;
    if (!reported && !mayAnchor(event, eventIndex, sentence, aliases))
        return ev; // people and topics alone can never link it: skip building evidence
    for (const ResolvedAlias &a : aliases) {
        if (a.event == eventIndex && !ev.named) {
            ev.add(m_rules.alias, QStringLiteral("alias:") + a.hit->alias);
            ev.named = true;
        }
    }
    // Dates first: a series name or a happening word names the event only when no date of
    // the sentence says it speaks of another time (the G8 of 2007 is not the G8 of 2008). A
    // day of slack: reactions and reports of a result come the day after.
    bool anyNearFirst = false;
    bool anyPreciseFirst = false;
    for (const Timex *t : sentence.timexes) {
        anyPreciseFirst = anyPreciseFirst || t->begin.daysTo(t->end) < 93;
        anyNearFirst = anyNearFirst || event.overlaps(t->begin.addDays(-1), t->end.addDays(1));
    }
    const bool datesDisagree = anyPreciseFirst && !anyNearFirst;
    for (const CueHit &cue : sentence.hits.cues) {
        if (cue.event == eventIndex && !ev.named && !datesDisagree) {
            ev.add(m_rules.cue, QStringLiteral("cue:") + cue.label);
            ev.named = true;
        }
    }
    const CueHit *kindHit = nullptr;
    for (const CueHit &cue : sentence.hits.kinds)
        if (cue.event == eventIndex && !kindHit)
            kindHit = &cue;
    if (kindHit)
        ev.add(m_rules.happening, QStringLiteral("happening:") + kindHit->label);
    QStringList claimed;
    for (const CueHit &claim : sentence.hits.claims) {
        // A hit's claim index belongs to the hit's own event: look it up only for this event.
        if (claim.event != eventIndex || claim.claim < 0 || claim.claim >= event.claims.size())
            continue;
        const QString &key = event.claims.at(claim.claim).key;
        if (!claimed.contains(key)) {
            ev.add(m_rules.claim, QStringLiteral("claim:") + key);
            claimed.append(key);
            ev.claimed = true;
        }
    }
    const Timex *bestDate = nullptr;
    double dateBest = 0;
    bool anyNear = false;
    bool anyPrecise = false;
    for (const Timex *t : sentence.timexes) {
        anyPrecise = anyPrecise || t->begin.daysTo(t->end) < 93;
        anyNear = anyNear || event.overlaps(t->begin, t->end);
        if (!event.overlaps(t->begin, t->end))
            continue;
        const double w = dateWeight(*t);
        if (w > dateBest) {
            dateBest = w;
            bestDate = t;
        }
    }
    ev.contradicted = anyPrecise && !anyNear;
    if (bestDate) {
        ev.add(dateBest, QStringLiteral("date:") + bestDate->value);
        ev.dated = true;
        ev.preciseDate = bestDate->begin.daysTo(bestDate->end) < 31;
    }
    const Mention *bestPlace = nullptr;
    double placeBest = 0;
    for (const Mention *m : sentence.places) {
        const double w = placeWeight(m->key, event.place);
        if (w > placeBest) {
            placeBest = w;
            bestPlace = m;
        }
    }
    if (bestPlace) {
        ev.add(placeBest, QStringLiteral("place:") + bestPlace->key);
        ev.placed = true;
        const Place *p = m_places.find(bestPlace->key);
        ev.specificPlace = p && p->kind != QLatin1String("country");
    }
    QStringList people;
    for (const Mention *m : sentence.people)
        if (event.participants.contains(m->key) && !people.contains(m->key))
            people.append(m->key);
    double peopleWeight = 0;
    for (const QString &name : std::as_const(people)) {
        const double w = std::min(m_rules.participant, m_rules.participantCap - peopleWeight);
        peopleWeight += w;
        ev.add(w, QStringLiteral("participant:") + name);
    }
    QStringList topics;
    for (const Mention *m : sentence.topics)
        if (event.topics.contains(m->key) && !topics.contains(m->key))
            topics.append(m->key);
    double topicWeight = 0;
    for (const QString &key : std::as_const(topics)) {
        const double w = std::min(m_rules.topic, m_rules.topicCap - topicWeight);
        topicWeight += w;
        ev.add(w, QStringLiteral("topic:") + key);
    }
    // A happening word names the event together with where it was, or, for happenings tied
    // to people or a treaty rather than a venue (an election, an inauguration, an expiry),
    // with who or what it concerns; never against the sentence's dates.
    if (kindHit && !ev.named && !datesDisagree) {
        const bool placeless = event.place.isEmpty() || !ev.specificPlace;
        if (ev.specificPlace || (placeless && personalHappening(event) && (!people.isEmpty() || !topics.isEmpty())))
            ev.named = true;
    }
    return ev;
}

void EventEvidenceScorer::addContext(EventEvidence &evidence, const CatalogEvent &reported,
                                     const SentenceFacts &sentence) const
{
    const int slack = m_rules.contextSlackDays;
    for (const Timex *t : sentence.timexes)
        if (!reported.overlaps(t->begin.addDays(-slack), t->end.addDays(slack)))
            return; // the sentence speaks of another time
    const bool carries =
        std::any_of(sentence.people.begin(), sentence.people.end(),
                    [&](const Mention *m) { return reported.participants.contains(m->key); })
        || std::any_of(sentence.topics.begin(), sentence.topics.end(),
                       [&](const Mention *m) { return reported.topics.contains(m->key); })
        || std::any_of(sentence.places.begin(), sentence.places.end(), [&](const Mention *m) {
               return m_places.relation(m->key, reported.place) == PlaceRelation::Same;
           });
    if (!carries)
        return;
    evidence.add(m_rules.context, QStringLiteral("context:reported"));
    evidence.context = true;
}

} // namespace summit
