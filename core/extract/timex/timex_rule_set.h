#pragma once

#include "extract/timex/timex_pattern.h"
#include "extract/timex/timex_tense.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVector>

namespace summit::timex {

/// How a rule's captures become a value; the rule file names one per rule.
enum class RuleType {
    Date,            ///< month + day (+ year)
    Range,           ///< month + day - (month2 +) day2 (+ year)
    Month,           ///< month (+ year)
    MonthRelative,   ///< "last October", "next January"
    Year,            ///< a four-digit year
    Season,          ///< season + year, "this spring", "in the spring"
    Deictic,         ///< today, yesterday, last night, this evening
    Weekday,         ///< a bare weekday: direction from tense
    WeekdayRelative, ///< "last Monday", "next Friday"
    RelativeUnit,    ///< "next month", "last year", "earlier this month"
    Offset,          ///< "in one month", "two years ago": from the publication date
    Narrative,       ///< "the next day", "two days later": from the last date mentioned
    None             ///< a known non-date ("the past two years" is a duration): consumed, never tagged
};

struct Rule
{
    QString name;
    RuleType type = RuleType::Date;
    Pattern pattern;
    double confidence = 0.8;
    int days = 0;        ///< fixed day offset (deictic, narrative)
    int part = -1;       ///< fixed DayPart, or -1
    int sign = 1;        ///< offset direction
    int direction = 0;   ///< fixed direction when the pattern has none
    bool hasDirection = false;
    bool bare = false;   ///< a number with no cue word: the bare-number guards apply
    bool swappable = false; ///< a numeric date whose day and month may be read either way (07/04/2008)
    bool clauseEnd = false; ///< the expression must end its clause ("a week before." but not "a week before the talks")
    bool yearDirection = false; ///< a month-relative whose direction moves the year: "April of last year"
};

/// False-positive guards from the rule file.
struct Guards
{
    bool capitalizedMonth = true;
    bool capitalizedWeekday = true;
    QSet<int> ambiguousMonths;   ///< vocabulary ids: "may", "march"
    QSet<int> abbreviatedMonths; ///< "jan", "oct", ...
    QSet<int> abbreviatedWeekdays; ///< "mon", "sun": only inside a full date ("Sun, 6 Jul 2008")
    QSet<int> monthContextBefore;
    QSet<int> weekdayNotBefore;
    QSet<int> yearNotBefore;
    QSet<int> bareYearNotAfter;
    QSet<int> yearSetsScene; ///< a year after these ("in 2001") places bare dates that follow it ///< a bare number after these is a quantity or a code, not a year
    QSet<int> seasonNotBefore; ///< "the fall of the Berlin Wall" is no season
    int yearMin = 1900;
    int yearMax = 2099;
    double unknownTenseFactor = 0.85;
};

/// The whole rule file, compiled once.
struct RuleSet
{
    Vocabulary vocabulary;
    QVector<Rule> rules;
    TenseRules tense;
    Guards guards;
    QVector<QVector<int>> rulesByFirstWord; ///< by vocabulary id: rules a match may start with it
    QVector<int> rulesForNumbers;           ///< rules a match may start with a number

    /// Throws std::invalid_argument naming the bad entry.
    static RuleSet fromJson(const QJsonObject &root);
};

} // namespace summit::timex
