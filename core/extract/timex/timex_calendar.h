#pragma once

#include "extract/timex/timex_vocabulary.h"

#include <QDate>
#include <QString>

namespace summit::timex {

/// A normalised value with its granularity and inclusive extent in civil days.
struct TimexValue
{
    QString value;
    QString granularity;
    QDate begin;
    QDate end;

    bool isValid() const { return !value.isEmpty() && begin.isValid() && end.isValid(); }
};

/// Constructors for every value shape the tagger emits. Seasons are meteorological:
/// SP = March-May, SU = June-August, FA = September-November, WI = December of the year
/// through February of the next (so "2007-WI" covers 2007-12-01..2008-02-29).
namespace calendar {

TimexValue day(QDate date);
TimexValue dayTime(QDate date, int hour, int minute); ///< value "2008-07-07T15:19", granularity "time"
TimexValue month(int year, int month);
TimexValue year(int year);
TimexValue season(int year, Season season);
TimexValue isoWeek(QDate anyDay); ///< value "2008-W12", granularity "range"
TimexValue isoWeekend(QDate anyDay); ///< value "2008-W14-WE" (Saturday and Sunday), granularity "range"
TimexValue range(QDate first, QDate last);
TimexValue partOfDay(QDate date, DayPart part); ///< value "2008-03-17TNI", granularity "time"

QDate seasonBegin(int year, Season season);
QDate seasonEnd(int year, Season season);
/// The season instance containing date (a January day is in the previous year's winter).
int seasonYearOf(QDate date, Season season);

} // namespace calendar
} // namespace summit::timex
