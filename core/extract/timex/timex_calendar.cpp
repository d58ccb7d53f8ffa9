#include "extract/timex/timex_calendar.h"

namespace summit::timex::calendar {

namespace {

QString fourDigits(int year) { return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0')); }
QString twoDigits(int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); }
QString isoDay(QDate d) { return d.toString(Qt::ISODate); }

const char16_t *seasonCode(Season s)
{
    switch (s) {
    case Season::Spring: return u"SP";
    case Season::Summer: return u"SU";
    case Season::Fall: return u"FA";
    case Season::Winter: return u"WI";
    }
    return u"SP";
}

const char16_t *partCode(DayPart p)
{
    switch (p) {
    case DayPart::Morning: return u"MO";
    case DayPart::Afternoon: return u"AF";
    case DayPart::Evening: return u"EV";
    case DayPart::Night: return u"NI";
    }
    return u"NI";
}

} // namespace

TimexValue day(QDate date)
{
    if (!date.isValid())
        return {};
    return {isoDay(date), QStringLiteral("day"), date, date};
}

TimexValue dayTime(QDate date, int hour, int minute)
{
    if (!date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return {};
    return {isoDay(date) + u'T' + twoDigits(hour) + u':' + twoDigits(minute), QStringLiteral("time"), date, date};
}

TimexValue month(int y, int m)
{
    const QDate first(y, m, 1);
    if (!first.isValid())
        return {};
    return {fourDigits(y) + u'-' + twoDigits(m), QStringLiteral("month"), first,
            first.addMonths(1).addDays(-1)};
}

TimexValue year(int y)
{
    return {fourDigits(y), QStringLiteral("year"), QDate(y, 1, 1), QDate(y, 12, 31)};
}

QDate seasonBegin(int y, Season s)
{
    switch (s) {
    case Season::Spring: return QDate(y, 3, 1);
    case Season::Summer: return QDate(y, 6, 1);
    case Season::Fall: return QDate(y, 9, 1);
    case Season::Winter: return QDate(y, 12, 1);
    }
    return {};
}

QDate seasonEnd(int y, Season s)
{
    return s == Season::Winter ? QDate(y + 1, 3, 1).addDays(-1)
                               : seasonBegin(y, s).addMonths(3).addDays(-1);
}

int seasonYearOf(QDate date, Season s)
{
    return (s == Season::Winter && date.month() <= 2) ? date.year() - 1 : date.year();
}

TimexValue season(int y, Season s)
{
    return {fourDigits(y) + u'-' + QString::fromUtf16(seasonCode(s)), QStringLiteral("season"),
            seasonBegin(y, s), seasonEnd(y, s)};
}

TimexValue isoWeek(QDate anyDay)
{
    if (!anyDay.isValid())
        return {};
    int weekYear = 0;
    const int week = anyDay.weekNumber(&weekYear);
    const QDate monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    return {fourDigits(weekYear) + QStringLiteral("-W") + twoDigits(week), QStringLiteral("range"), monday,
            monday.addDays(6)};
}

TimexValue isoWeekend(QDate anyDay)
{
    TimexValue week = isoWeek(anyDay);
    if (!week.isValid())
        return {};
    week.value += QStringLiteral("-WE");
    week.begin = week.end.addDays(-1);
    return week;
}

TimexValue range(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return {};
    return {isoDay(first) + u'/' + isoDay(last), QStringLiteral("range"), first, last};
}

TimexValue partOfDay(QDate date, DayPart part)
{
    if (!date.isValid())
        return {};
    return {isoDay(date) + u'T' + QString::fromUtf16(partCode(part)), QStringLiteral("time"), date, date};
}

} // namespace summit::timex::calendar
