#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace summit {

// Helpers of the metadata finder (page_metadata.cpp) for numeric page stamps and headline
// kickers, split off to keep that file small.

/// Settles a numeric stamp ("05/09/2008" may be 5 September or 9 May; "15/05/2009" and
/// "2009/11/15" have one reading) from the page, since a site re-stamps pages years later: a
/// weekday on the stamp line picks among readings; then the dateline's day must fit (the stamp
/// that day or up to three days later), or else a "Month Day" named in the opening paragraphs
/// within two weeks. With neither, a single reading stands only if `yearNamedElsewhere`. Exactly
/// one reading must fit; otherwise an invalid date (a wrong date is worse than none).
QDate settleNumericStamp(const QVector<QDate> &readings, const QString &stampLine, int datelineMonth,
                         int datelineDay, const QString &opening, bool yearNamedElsewhere);

/// The headline without a kicker label ("COLUMN: ...", "Analysis: ...", "OPINION - ..."): a
/// prefix of one to three section words before a colon.
QString withoutKicker(const QString &headline);

} // namespace summit
