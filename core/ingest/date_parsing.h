#pragma once

#include <QDate>
#include <QString>

namespace summit {

/// Month number for an English month name or abbreviation ("Apr", "April", "Sept."), else 0.
int monthFromName(const QString &name);

/// Finds the first full calendar date in text: ISO ("2008-04-06", "2008-04-06T10:00Z"),
/// "April 6, 2008", "Apr. 06 2008", "6 April 2008". Invalid QDate when there is none.
QDate findFullDate(const QString &text);

/// Parses "April 6" / "Apr. 6" / "6 April" into month and day; false when it is not one.
bool parseMonthDay(const QString &text, int *month, int *day);

} // namespace summit
