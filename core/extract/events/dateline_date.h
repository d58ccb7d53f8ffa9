#pragma once

#include <QDate>
#include <QString>

namespace summit {

/// The date a dateline carries ("Kennebunkport (Maine), July 3" -> 2007-07-03 for an article
/// published in 2007), with where it sits inside the dateline text.
struct DatelineDate
{
    QDate date;     ///< invalid when the dateline has no month and day
    int offset = 0; ///< of the date words within the dateline
    int length = 0;
};

/// Reads "Month day" or "day Month" from a dateline. The year is the one that puts the date
/// nearest the publication date (a dateline never carries one); without a publication date the
/// result is invalid, because guessing a year would invent a record.
DatelineDate datelineDate(const QString &dateline, QDate published);

} // namespace summit
