#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace summit {

/// Month number for an English month name or abbreviation ("Apr", "April", "Sept."), else 0.
int monthFromName(const QString &name);

/// Finds the first full calendar date in text: ISO ("2008-04-06", "2008-04-06T10:00Z"),
/// "April 6, 2008", "Apr. 06 2008", "6 April 2008". Invalid QDate when there is none.
QDate findFullDate(const QString &text);

/// The calendar dates a numeric stamp can stand for: "2009/11/15" (year first) and "15/05/2009"
/// (a part over 12 is the day) give one; "05/09/2008" gives both orders, for the caller to settle
/// from the page or leave alone; none when there is no numeric date.
QVector<QDate> numericDateReadings(const QString &text);

/// Parses "April 6" / "Apr. 6" / "6 April" into month and day; false when it is not one.
bool parseMonthDay(const QString &text, int *month, int *day);

} // namespace summit
