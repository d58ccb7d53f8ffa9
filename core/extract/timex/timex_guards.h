#pragma once

#include "extract/timex/timex_rule_set.h"

namespace summit::timex {

/// True when a match survives the rule file's false-positive guards: lower-case "may" and
/// "march" (verbs), sentence-initial or name-like bare month words, month abbreviations
/// without a number, "Sunday Times", "the fall of ...", and years followed by a count noun ("2000 troops").
bool passesGuards(const RuleSet &rules, const Rule &rule, const Captures &c, const QVector<Token> &tokens);

} // namespace summit::timex
