#pragma once

#include "extract/events/article_facts.h"
#include "extract/events/catalog_event.h"
#include "extract/events/linking_rules.h"

namespace summit {

class PlaceGazetteer;

/// An alias hit attributed to one event after disambiguation.
struct ResolvedAlias
{
    int event = -1;
    const AliasHit *hit = nullptr;
};

/// Why a sentence might report or mention an event, and how strongly.
struct EventEvidence
{
    double score = 0;
    QStringList evidence;
    bool named = false;         ///< an alias or a cue set named the event
    bool claimed = false;       ///< the sentence states one of the event's recorded claims
    bool dated = false;         ///< a date of the sentence overlaps the event
    bool preciseDate = false;   ///< ... and that date is a month or finer
    bool placed = false;        ///< a place of the sentence fits the event's place
    bool specificPlace = false; ///< ... and it is not a whole country
    bool contradicted = false;  ///< the sentence's dates (a season or finer) all miss the event
    bool context = false;       ///< the article reports the event and the sentence carries its cues

    /// Evidence that can carry a link by itself given enough support: a name, a claim, the
    /// article's context, a precise date or a specific place. Countries and years only add.
    bool anchored() const { return named || claimed || context || preciseDate || specificPlace; }

    void add(double weight, const QString &why)
    {
        score += weight;
        evidence.append(why);
    }
};

/// Scores sentences against events with the weights of LinkingRules.
class EventEvidenceScorer final
{
public:
    EventEvidenceScorer(const LinkingRules &rules, const PlaceGazetteer &places);

    /// Resolves the sentence's alias hits: an alias shared by several events goes to those a
    /// date of the sentence overlaps, else those a place of the sentence fits, else the one
    /// nearest the article's reference date.
    QVector<ResolvedAlias> resolveAliases(const SentenceFacts &sentence,
                                          const QVector<CatalogEvent> &events,
                                          QDate reference) const;

    /// Evidence of one sentence for one event, without the article-level context. Unless the
    /// event is the one the article reports, a sentence with no name, claim, date or place of
    /// it gets empty evidence straight away (people and topics alone never link).
    EventEvidence score(const CatalogEvent &event, int eventIndex, const SentenceFacts &sentence,
                        const QVector<ResolvedAlias> &aliases, bool reported) const;

    /// Adds the context evidence for the event the article reports, when the sentence carries
    /// one of its participants, topics or places and none of its dates contradicts the event.
    void addContext(EventEvidence &evidence, const CatalogEvent &reported,
                    const SentenceFacts &sentence) const;

    /// Weight of a mentioned place for an event place (0 when unrelated).
    double placeWeight(const QString &mentioned, const QString &eventPlace) const;
    /// Weight of a date overlap, by how precise the date is.
    double dateWeight(const Timex &timex) const;

private:
    bool mayAnchor(const CatalogEvent &event, int eventIndex, const SentenceFacts &sentence,
                   const QVector<ResolvedAlias> &aliases) const;

    const LinkingRules &m_rules;
    const PlaceGazetteer &m_places;
};

} // namespace summit
