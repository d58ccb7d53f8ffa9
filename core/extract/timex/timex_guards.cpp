#include "extract/timex/timex_guards.h"

namespace summit::timex {

namespace {

bool monthOk(const Guards &g, const Vocabulary &v, const Captures &c, const QVector<Token> &tokens, Slot slot)
{
    if (!c.has(slot) || c.tokenOf(slot) < 0)
        return true;
    const int at = c.tokenOf(slot);
    const Token &t = tokens[at];
    if (t.number >= 0)
        return true; // numeric month of an ISO date
    if (g.capitalizedMonth && !t.capitalized)
        return false;
    const bool hasNumber = c.has(Slot::Day) || c.has(Slot::Year);
    if (g.abbreviatedMonths.contains(t.word) && !hasNumber)
        return false;
    const int before = at - 1;
    const bool cued = before >= 0 && tokens[before].word >= 0 && g.monthContextBefore.contains(tokens[before].word);
    if (g.ambiguousMonths.contains(t.word) && !hasNumber && !c.has(Slot::Direction))
        return cued;
    // "April Ryan asked", "August Hanning said": a bare month name before a capitalised word
    // is a first name unless a word such as "in" or "since" makes it a month ("In June Putin ...").
    if (!hasNumber && !c.has(Slot::Direction) && c.firstToken == at && at + 1 < tokens.size()) {
        const Token &next = tokens[at + 1];
        const bool dateWord = next.word >= 0
                              && (v.info(next.word).is(WordClass::Month) || v.info(next.word).is(WordClass::Weekday));
        if (next.capitalized && !next.punct && next.number < 0 && !dateWord && !cued)
            return false;
    }
    return true;
}

bool weekdayOk(const Guards &g, const Captures &c, const QVector<Token> &tokens)
{
    if (!c.has(Slot::Weekday))
        return true;
    const int at = c.tokenOf(Slot::Weekday);
    if (g.capitalizedWeekday && !tokens[at].capitalized)
        return false;
    if (g.abbreviatedWeekdays.contains(tokens[at].word) && !c.has(Slot::Day))
        return false; // "Sun" or "Wed" alone is a word or a name, not a day
    const int after = at + 1;
    return after >= tokens.size() || !g.weekdayNotBefore.contains(tokens[after].word);
}

bool yearOk(const Guards &g, const Rule &rule, const Captures &c, const QVector<Token> &tokens)
{
    if (rule.type != RuleType::Year)
        return true;
    const int after = c.lastToken + 1;
    if (after < tokens.size() && g.yearNotBefore.contains(tokens[after].word))
        return false;
    if (!rule.bare)
        return true;
    // A bare number: no quantity word, code name or other number just before it ("some 2000",
    // "Resolution 1929", "$2000"), and not a part of a longer number.
    const int before = c.firstToken - 1;
    if (before >= 0) {
        const Token &b = tokens[before];
        if (b.number >= 0 || (b.word < 0 && !b.punct && b.end == tokens[c.firstToken].start))
            return false;
        if (b.word >= 0 && g.bareYearNotAfter.contains(b.word))
            return false;
    }
    return after >= tokens.size() || tokens[after].number < 0;
}

bool seasonOk(const Guards &g, const Captures &c, const QVector<Token> &tokens)
{
    if (!c.has(Slot::Season) || c.has(Slot::Year))
        return true;
    const int after = c.lastToken + 1;
    return after >= tokens.size() || !g.seasonNotBefore.contains(tokens[after].word);
}

} // namespace

bool passesGuards(const RuleSet &rules, const Rule &rule, const Captures &c, const QVector<Token> &tokens)
{
    const Guards &g = rules.guards;
    if (rule.clauseEnd && c.lastToken + 1 < tokens.size() && !tokens[c.lastToken + 1].breaksClause)
        return false; // "a month before the conflict" counts from an event, not from a date
    return monthOk(g, rules.vocabulary, c, tokens, Slot::Month) && monthOk(g, rules.vocabulary, c, tokens, Slot::Month2)
           && weekdayOk(g, c, tokens) && yearOk(g, rule, c, tokens) && seasonOk(g, c, tokens);
}

} // namespace summit::timex
