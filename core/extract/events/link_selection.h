#pragma once

#include "extract/events/event_evidence.h"
#include "model/extraction.h"

namespace summit {

/// An event a sentence might link to, before selection.
struct CandidateLink
{
    QString slug;
    EventEvidence evidence;
};

/// Chooses the links of one sentence among its candidates:
///  - the score reaches the threshold and the evidence is anchored (EventEvidence::anchored);
///  - an event neither named nor reported is dropped when all the sentence's dates (a season or
///    finer) miss it;
///  - when the sentence names an event, other events held only by places or participants are
///    explained away by it (a precise date, a claim or the context still keeps them);
///  - a link resting on dates and people alone is dropped when a named or placed link of the
///    same sentence carries the same dates ("Bush will see Putin at a NATO summit next month"
///    does not also link every other April event Bush and Putin attended).
/// Returns the links sorted by descending score.
QVector<EventLink> selectLinks(const QVector<CandidateLink> &candidates, int sentence,
                               const LinkingRules &rules);

} // namespace summit
