#include "timeline/time_scale.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace summit::gui {

namespace {
constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
}

// Straight from the Julian day: UTC midnight has no time-zone or DST rule to consult, and the
// layout maps every visible event through here on each zoom step (QDateTime was the hot spot).
double axisValue(QDate date)
{
    return double(date.toJulianDay() - kEpochJulianDay) * kDayMs;
}

QDate axisDate(double value)
{
    return QDate::fromJulianDay(qint64(std::floor(value / kDayMs)) + kEpochJulianDay);
}

namespace {

enum class Unit { Year, Month, Day, Hour };

struct Step
{
    Unit unit;
    int count;
    double approxMs;
};

constexpr double kHour = 3600.0 * 1000.0;
const Step kSteps[] = {
    {Unit::Hour, 1, kHour},          {Unit::Hour, 3, 3 * kHour},
    {Unit::Hour, 6, 6 * kHour},      {Unit::Hour, 12, 12 * kHour},
    {Unit::Day, 1, kDayMs},          {Unit::Day, 2, 2 * kDayMs},
    {Unit::Day, 7, 7 * kDayMs},      {Unit::Day, 14, 14 * kDayMs},
    {Unit::Month, 1, 30.4 * kDayMs}, {Unit::Month, 3, 91.3 * kDayMs},
    {Unit::Month, 6, 182.6 * kDayMs}, {Unit::Year, 1, 365.25 * kDayMs},
    {Unit::Year, 2, 730.5 * kDayMs}, {Unit::Year, 5, 1826 * kDayMs},
    {Unit::Year, 10, 3652.5 * kDayMs}, {Unit::Year, 50, 18262 * kDayMs},
};

QDateTime utc(double v)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(v)), Qt::UTC);
}

/// First tick at or after min, aligned to the unit (Jan 1 for years, the 1st for months...).
QDateTime firstTick(double min, const Step &step)
{
    const QDateTime t = utc(min);
    const QDate d = t.date();
    switch (step.unit) {
    case Unit::Year: {
        int y = d.year() - (d.year() % step.count);
        QDateTime c(QDate(y, 1, 1), QTime(0, 0), Qt::UTC);
        while (c < t)
            c = c.addYears(step.count);
        return c;
    }
    case Unit::Month: {
        const int m = ((d.month() - 1) / step.count) * step.count + 1;
        QDateTime c(QDate(d.year(), m, 1), QTime(0, 0), Qt::UTC);
        while (c < t)
            c = c.addMonths(step.count);
        return c;
    }
    case Unit::Day: {
        QDate first = d;
        if (step.count == 7 || step.count == 14)
            first = d.addDays(1 - d.dayOfWeek()); // weeks start on Monday
        QDateTime c(first, QTime(0, 0), Qt::UTC);
        while (c < t)
            c = c.addDays(step.count);
        return c;
    }
    case Unit::Hour: {
        QDateTime c(d, QTime(0, 0), Qt::UTC);
        while (c < t)
            c = c.addSecs(3600 * step.count);
        return c;
    }
    }
    return t;
}

QDateTime advance(const QDateTime &t, const Step &step)
{
    switch (step.unit) {
    case Unit::Year: return t.addYears(step.count);
    case Unit::Month: return t.addMonths(step.count);
    case Unit::Day: return t.addDays(step.count);
    case Unit::Hour: return t.addSecs(3600 * step.count);
    }
    return t;
}

QString label(const QDateTime &t, Unit unit)
{
    const QLocale c = QLocale::c();
    switch (unit) {
    case Unit::Year: return c.toString(t.date(), QStringLiteral("yyyy"));
    case Unit::Month:
        return t.date().month() == 1 ? c.toString(t.date(), QStringLiteral("yyyy"))
                                     : c.toString(t.date(), QStringLiteral("MMM yyyy"));
    case Unit::Day: return c.toString(t.date(), QStringLiteral("d MMM"));
    case Unit::Hour: return c.toString(t, QStringLiteral("d MMM HH:mm"));
    }
    return {};
}

} // namespace

QVector<Tick> ticksFor(double min, double max, double widthPx, double minLabelPx)
{
    QVector<Tick> ticks;
    if (!(max > min) || widthPx < 1)
        return ticks;
    const double span = max - min;
    const Step *chosen = &kSteps[std::size(kSteps) - 1];
    for (const Step &s : kSteps) {
        if (span / s.approxMs * minLabelPx <= widthPx) {
            chosen = &s;
            break;
        }
    }
    QSet<QString> used;
    for (QDateTime t = firstTick(min, *chosen); double(t.toMSecsSinceEpoch()) <= max;
         t = advance(t, *chosen)) {
        QString text = label(t, chosen->unit);
        if (used.contains(text)) // "5 Apr" in two years: say which
            text += QLocale::c().toString(t.date(), QStringLiteral(" yyyy"));
        used.insert(text);
        ticks << Tick{double(t.toMSecsSinceEpoch()), text};
        if (ticks.size() > 400)
            break;
    }
    return ticks;
}

QString dateExtentText(QDate start, QDate end, const QString &granularity)
{
    const QLocale c = QLocale::c();
    if (!start.isValid())
        return QStringLiteral("undated");
    if (!end.isValid())
        end = start;
    if (granularity == QLatin1String("year"))
        return QString::number(start.year());
    if (granularity == QLatin1String("season")) {
        static const char *names[] = {"winter", "spring", "summer", "autumn"};
        const int index = (start.month() % 12) / 3;
        return QStringLiteral("%1 %2").arg(QLatin1String(names[index])).arg(end.year());
    }
    if (granularity == QLatin1String("month")) {
        if (start.month() == end.month() && start.year() == end.year())
            return c.toString(start, QStringLiteral("MMM yyyy"));
        return c.toString(start, QStringLiteral("MMM")) + QStringLiteral("–")
               + c.toString(end, QStringLiteral("MMM yyyy"));
    }
    if (start == end)
        return c.toString(start, QStringLiteral("d MMM yyyy"));
    if (start.year() != end.year())
        return c.toString(start, QStringLiteral("d MMM yyyy")) + QStringLiteral(" – ")
               + c.toString(end, QStringLiteral("d MMM yyyy"));
    if (start.month() != end.month())
        return c.toString(start, QStringLiteral("d MMM")) + QStringLiteral(" – ")
               + c.toString(end, QStringLiteral("d MMM yyyy"));
    return QStringLiteral("%1–%2").arg(start.day()).arg(c.toString(end, QStringLiteral("d MMM yyyy")));
}

} // namespace summit::gui
