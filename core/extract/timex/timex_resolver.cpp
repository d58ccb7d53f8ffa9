#include "extract/timex/timex_resolver.h"

namespace summit::timex {

namespace {

using calendar::seasonBegin;
using calendar::seasonEnd;

// Resolution of one rule; tracks whether a guessed direction lowered the confidence.
class Resolver final
{
public:
    Resolver(const Rule &rule, const Captures &c, const ResolveContext &ctx, double unknownFactor)
        : m_rule(rule), m_c(c), m_ctx(ctx), m_unknownFactor(unknownFactor)
    {
    }

    std::optional<Resolution> run()
    {
        const bool needsDocumentDate = !isAbsolute();
        const bool yearFromContext = m_ctx.contextYear > 0
                                     && (m_rule.type == RuleType::Date || m_rule.type == RuleType::Range
                                         || m_rule.type == RuleType::Month);
        const bool hasAnchor = m_ctx.published.isValid() || yearFromContext
                               || (m_rule.type == RuleType::Narrative && m_ctx.contextYear > 0)
                               || (m_rule.type == RuleType::Narrative && m_ctx.narrativeAnchor.isValid());
        if (needsDocumentDate && !hasAnchor)
            return std::nullopt;
        const TimexValue v = value();
        if (!v.isValid())
            return std::nullopt;
        QString anchor = needsDocumentDate ? QStringLiteral("published") : QStringLiteral("absolute");
        if (m_usedNarrative)
            anchor = QStringLiteral("narrative");
        return Resolution{v, anchor, m_rule.confidence * m_factor, m_factor != 1.0};
    }

private:
    int get(Slot s) const { return m_c.value(s); }
    bool has(Slot s) const { return m_c.has(s); }
    QDate pub() const { return m_ctx.published; }

    bool isAbsolute() const
    {
        switch (m_rule.type) {
        case RuleType::Year: return true;
        case RuleType::Date:
        case RuleType::Range:
        case RuleType::Month:
        case RuleType::Season: return has(Slot::Year);
        default: return false;
        }
    }

    Tense tense()
    {
        if (!m_tenseKnown) {
            m_tense = m_ctx.tense ? m_ctx.tense() : Tense::Unknown;
            m_tenseKnown = true;
            if (m_tense == Tense::Unknown)
                m_factor = m_unknownFactor;
        }
        return m_tense;
    }

    int direction() const { return has(Slot::Direction) ? get(Slot::Direction) : m_rule.direction; }

    // An explicit year said just before ("in 2001 ... on Sept. 11") places a month or day
    // without one, unless the sentence looks ahead from a year already past ("signed in 1991,
    // the treaty expires on Dec. 5") or the year is the document's own ("the end of 2009 ...
    // in January", said in December 2009, is next January).
    bool useContextYear()
    {
        if (m_ctx.contextYear <= 0)
            return false;
        if (!pub().isValid())
            return m_usedNarrative = true;
        if (m_ctx.contextYear == pub().year())
            return false; // the document's own year: tense against its date decides, as without one
        if (m_ctx.contextYear < pub().year() && tense() == Tense::Future)
            return false;
        m_usedNarrative = true;
        return true;
    }

    // Year of a month/day said without one: a past report does not speak of later dates,
    // a future one not of earlier ones; without cues, the year that puts it nearest the
    // publication date ("Dec. 31" in a January 1 story is the day before, not a year on).
    int yearForDay(int month, int day)
    {
        if (useContextYear())
            return m_ctx.contextYear;
        const int y = pub().year();
        const QDate d(y, month, day);
        if (!d.isValid())
            return y;
        const Tense t = tense();
        const qint64 ahead = pub().daysTo(d);
        if (t == Tense::Past && ahead > 0)
            return y - 1;
        if (t == Tense::Future && ahead < 0)
            return y + 1;
        if (t == Tense::Unknown && ahead > 183)
            return y - 1;
        if (t == Tense::Unknown && ahead < -183)
            return y + 1;
        return y;
    }

    int yearForMonth(int month)
    {
        if (useContextYear())
            return m_ctx.contextYear;
        const int y = pub().year();
        const Tense t = tense();
        const int ahead = month - pub().month();
        if (t == Tense::Past && ahead > 0)
            return y - 1;
        if (t == Tense::Future && ahead < 0)
            return y + 1;
        if (t == Tense::Unknown && ahead > 6)
            return y - 1;
        if (t == Tense::Unknown && ahead < -6)
            return y + 1;
        return y;
    }

    TimexValue value()
    {
        switch (m_rule.type) {
        case RuleType::Date: return date();
        case RuleType::Range: return range();
        case RuleType::Month: {
            const int m = get(Slot::Month);
            return calendar::month(has(Slot::Year) ? get(Slot::Year) : yearForMonth(m), m);
        }
        case RuleType::MonthRelative: return monthRelative();
        case RuleType::Year: return calendar::year(get(Slot::Year));
        case RuleType::Season: return season();
        case RuleType::Deictic: return deictic();
        case RuleType::Weekday: return weekday(false);
        case RuleType::WeekdayRelative: return weekday(true);
        case RuleType::RelativeUnit: return relativeUnit();
        case RuleType::Offset: return offset(pub(), m_rule.sign);
        case RuleType::Narrative: return narrative();
        case RuleType::None: return {};
        }
        return {};
    }

    TimexValue date()
    {
        const int m = get(Slot::Month), d = get(Slot::Day);
        int y = has(Slot::Year) ? get(Slot::Year) : yearForDay(m, d);
        if (!has(Slot::Year) && has(Slot::Weekday) && pub().isValid()) {
            // "Thursday, Jan. 1": of the years around publication, the one where that day is
            // that weekday (unique within three years).
            int match = 0, found = 0;
            for (int cand = pub().year() - 1; cand <= pub().year() + 1; ++cand)
                if (QDate(cand, m, d).dayOfWeek() == get(Slot::Weekday)) {
                    match = cand;
                    ++found;
                }
            if (found == 1)
                y = match;
        }
        if (has(Slot::Hour) && has(Slot::Minute)) {
            int h = get(Slot::Hour);
            if (m_ctx.afternoon && h < 12)
                h += 12;
            return calendar::dayTime(QDate(y, m, d), h, get(Slot::Minute));
        }
        return calendar::day(QDate(y, m, d));
    }

    TimexValue range()
    {
        const int m1 = get(Slot::Month), d1 = get(Slot::Day);
        const int m2 = has(Slot::Month2) ? get(Slot::Month2) : m1, d2 = get(Slot::Day2);
        const int y = has(Slot::Year) ? get(Slot::Year) : yearForDay(m1, d1);
        const QDate first(y, m1, d1);
        QDate last(y, m2, d2);
        if (last.isValid() && last < first && m2 < m1)
            last = last.addYears(1); // "December 30 to January 2"
        return calendar::range(first, last);
    }

    TimexValue monthRelative()
    {
        const int m = get(Slot::Month), dir = direction();
        int y = pub().year();
        if (m_rule.yearDirection)
            return calendar::month(y + dir, m); // "April of last year", "June next year"
        if (dir < 0 && m >= pub().month())
            --y; // "last October": the latest October before this month
        else if (dir > 0 && m <= pub().month())
            ++y; // "next January": the first January after this month
        return calendar::month(y, m);
    }

    TimexValue season()
    {
        const Season s = Season(get(Slot::Season));
        if (has(Slot::Year))
            return calendar::season(get(Slot::Year), s);
        const int current = calendar::seasonYearOf(pub(), s);
        int y = current;
        if (has(Slot::Direction)) {
            const int dir = get(Slot::Direction);
            if (dir < 0)
                y = seasonEnd(current, s) < pub() ? current : current - 1;
            else if (dir > 0)
                y = seasonBegin(current, s) > pub() ? current : current + 1;
        } else {
            const Tense t = tense();
            if (t == Tense::Past && seasonBegin(current, s) > pub())
                y = current - 1;
            else if (t == Tense::Future && seasonEnd(current, s) < pub())
                y = current + 1;
        }
        return calendar::season(y, s);
    }

    TimexValue withPart(QDate d, int part) const
    {
        return part >= 0 ? calendar::partOfDay(d, DayPart(part)) : calendar::day(d);
    }

    int part() const { return has(Slot::DayPart) ? get(Slot::DayPart) : m_rule.part; }

    TimexValue deictic()
    {
        const int days = has(Slot::Deictic) ? get(Slot::Deictic) : m_rule.days;
        return withPart(pub().addDays(days), part());
    }

    TimexValue weekday(bool explicitDirection)
    {
        const int wd = get(Slot::Weekday);
        const int back = (pub().dayOfWeek() - wd + 7) % 7; // days back to the latest such day
        QDate d;
        if (explicitDirection) {
            const int dir = direction();
            if (dir < 0)
                d = pub().addDays(back == 0 ? -7 : -back);
            else if (dir > 0)
                d = pub().addDays(back == 0 ? 7 : 7 - back);
            else
                d = pub().addDays(wd - pub().dayOfWeek()); // "this Friday": same ISO week
        } else {
            d = tense() == Tense::Future ? pub().addDays((7 - back) % 7) : pub().addDays(-back);
        }
        return withPart(d, part());
    }

    TimexValue relativeUnit()
    {
        const int dir = direction();
        switch (Unit(get(Slot::Unit))) {
        case Unit::Day: return {}; // "next day" is narrative, "this day" is not a date
        case Unit::Week: return calendar::isoWeek(pub().addDays(7 * dir));
        case Unit::Weekend: return calendar::isoWeekend(pub().addDays(7 * dir));
        case Unit::Month: {
            const QDate d = pub().addMonths(dir);
            return calendar::month(d.year(), d.month());
        }
        case Unit::Year: return calendar::year(pub().year() + dir);
        }
        return {};
    }

    TimexValue offset(QDate from, int sign) const
    {
        const int n = sign * (has(Slot::Count) ? get(Slot::Count) : 1);
        switch (Unit(get(Slot::Unit))) {
        case Unit::Day: return calendar::day(from.addDays(n));
        case Unit::Week: return calendar::isoWeek(from.addDays(7 * n));
        case Unit::Weekend: return calendar::isoWeekend(from.addDays(7 * n));
        case Unit::Month: {
            const QDate d = from.addMonths(n);
            return calendar::month(d.year(), d.month());
        }
        case Unit::Year: return calendar::year(from.year() + n);
        }
        return {};
    }

    TimexValue narrative()
    {
        if (has(Slot::Unit) && Unit(get(Slot::Unit)) == Unit::Year && m_ctx.contextYear > 0) {
            // "In 2001 ... the following year": from the year that set the scene.
            m_usedNarrative = true;
            return calendar::year(m_ctx.contextYear + m_rule.sign * (has(Slot::Count) ? get(Slot::Count) : 1));
        }
        QDate from = pub();
        if (m_ctx.narrativeAnchor.isValid()) {
            from = m_ctx.narrativeAnchor;
            m_usedNarrative = true;
        } else if (!from.isValid()) {
            return {};
        }
        if (!has(Slot::Unit))
            return withPart(from.addDays(m_rule.days), part()); // "that evening": the anchor's evening
        return offset(from, m_rule.sign);
    }

    const Rule &m_rule;
    const Captures &m_c;
    const ResolveContext &m_ctx;
    double m_unknownFactor;
    double m_factor = 1.0;
    Tense m_tense = Tense::Unknown;
    bool m_tenseKnown = false;
    bool m_usedNarrative = false;
};

} // namespace

std::optional<Resolution> resolve(const Rule &rule, const Captures &captures, const ResolveContext &context,
                                  double unknownTenseFactor)
{
    return Resolver(rule, captures, context, unknownTenseFactor).run();
}

} // namespace summit::timex
