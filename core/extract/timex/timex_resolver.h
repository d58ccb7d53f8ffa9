#pragma once

#include "extract/timex/timex_calendar.h"
#include "extract/timex/timex_rule_set.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace summit::timex {

/// What a rule's value may depend on besides its own words.
struct ResolveContext
{
    QDate published;                 ///< document date; invalid when unknown
    QDate narrativeAnchor;           ///< last day-precise date mentioned before, or invalid
    std::function<Tense()> tense;    ///< tense around the expression, computed on demand
    int contextYear = 0;             ///< an explicit year just before in the same passage ("in 2001 ... on Sept. 11"), or 0
    bool afternoon = false;          ///< the clock time is followed by "pm"
};

struct Resolution
{
    TimexValue value;
    QString anchor;    ///< "absolute", "published" or "narrative"
    double confidence; ///< the rule's, lowered when the direction had to be guessed
    bool guessed;      ///< the direction had to be guessed: no tense cue decided it
};

/// Turns a match into a value. Returns nothing when the captures make no valid date, or the
/// value needs a document date that is unknown (relative expressions are then dropped).
std::optional<Resolution> resolve(const Rule &rule, const Captures &captures, const ResolveContext &context,
                                  double unknownTenseFactor);

} // namespace summit::timex
