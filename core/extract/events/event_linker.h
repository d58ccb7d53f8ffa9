#pragma once

#include "extract/events/event_cue_index.h"
#include "extract/events/event_evidence.h"
#include "extract/events/record_checks.h"
#include "model/extraction.h"

#include <optional>

namespace summit {

class EventCatalog;
class PlaceGazetteer;
class PeopleDirectory;

/// What EventLinker found in one article.
struct EventLinking
{
    QVector<EventLink> links;                ///< sorted by sentence, then descending score
    std::optional<ExtractedEvent> newEvent;  ///< set when the article reports no catalog event
    QVector<Note> notes;                     ///< disagreements with the record
    QString reportedSlug; ///< the event the article reports (catalog or newEvent), or empty
    QStringList reportEvidence; ///< why it reports that event
    QByteArray signature;       ///< TextSignature of the article's words
};

/// Links every sentence of an article to the catalog events it reports or mentions, keeping the
/// evidence; creates an extracted event for an article about something the catalog lacks; and
/// notes where the article disagrees with the record. Immutable after construction.
///
/// A sentence links to an event when its evidence reaches LinkingRules::threshold (0.5 bundled):
/// an alias (1.0) or cue set (0.9) alone suffices; a date overlap (0.35 day, 0.25 month) needs a
/// place (0.3) or participants (0.15 each); a place alone (0.3) does not. Sentences of an article
/// that reports the event get 0.35 of context when they carry its participants, topics or place.
class EventLinker final
{
public:
    /// people may be null; it only decides the actor lane of extracted events.
    EventLinker(const EventCatalog &catalog, const PlaceGazetteer &places,
                const LinkingRules &rules, const PeopleDirectory *people);

    /// timexes and mentions are those of the same article (any order; sentence indexes are
    /// recomputed from spans when missing).
    EventLinking link(const ArticleText &article, const QVector<Timex> &timexes,
                      const QVector<Mention> &mentions) const;

private:
    const EventCatalog &m_catalog;
    const PlaceGazetteer &m_places;
    const LinkingRules &m_rules;
    const PeopleDirectory *m_people;
    EventCueIndex m_cues;
    EventEvidenceScorer m_scorer;
    RecordChecks m_checks;
};

} // namespace summit
