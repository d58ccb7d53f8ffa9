#include "brief/brief_dates.h"

#include <QLocale>

namespace summit::brief {

namespace {

QString format(QDate date, const char *pattern)
{
    // A date never breaks across lines ("6 / April 2008"): its spaces do not break.
    return QLocale::c().toString(date, QLatin1String(pattern)).replace(u' ', QChar::Nbsp);
}

} // namespace

QString dateText(QDate date, bool shortMonths)
{
    if (!date.isValid())
        return QStringLiteral("undated");
    return format(date, shortMonths ? "d MMM yyyy" : "d MMMM yyyy");
}

QString dateRangeText(QDate start, QDate end, bool shortMonths)
{
    if (!end.isValid() || end <= start)
        return dateText(start, shortMonths);
    const char *month = shortMonths ? "d MMM" : "d MMMM";
    if (start.year() != end.year())
        return dateText(start, shortMonths) + QStringLiteral(" \u2013 ") + dateText(end, shortMonths);
    if (start.month() != end.month())
        return format(start, month) + QStringLiteral(" \u2013 ") + dateText(end, shortMonths);
    return QString::number(start.day()) + QStringLiteral("\u2013") + dateText(end, shortMonths);
}

} // namespace summit::brief
