#pragma once

#include "model/extraction.h"
#include "store/statement.h"

namespace summit {

class Database;

/// Cross-document resolution of extracted happenings: finds the stored extracted event that is
/// the same happening as a new one, so a report imported now or later joins it instead of
/// creating a duplicate. Two indexed range probes per article (events by place and start, and
/// by start), so the cost stays flat as the library grows.
///
/// Same place: the stored event's extent reaches to within a day of the new one (gatherings;
/// a statement or speech only on the same day), the kinds agree (sameKind) and they share a
/// participant, or neither names anyone. Another place or none (the dateline is where the
/// reporter was): the same day, agreeing kinds and two of the same people.
class HappeningResolver final
{
public:
    explicit HappeningResolver(Database &db);

    /// Slug of the stored event e belongs to (its extent is widened to cover e), or empty.
    QString resolve(const ExtractedEvent &e);

private:
    Statement m_samePlace;
    Statement m_sameDay;
    Statement m_extend;
};

} // namespace summit
