#pragma once

#include "prng.h"

#include <QDate>
#include <QString>

namespace summit::gen {

/// Date expressions as reporters write them, all anchored on the publication date so the
/// extractors have a resolvable answer: "on Tuesday" is a real Tuesday in the week before.
class DateWords final
{
public:
    DateWords(QDate published, Prng &rng) : m_published(published), m_rng(rng) {}

    QString day();    ///< "on Tuesday", "Tuesday", "today", "yesterday"
    QString period(); ///< past() or future()
    QString past();   ///< "last month", "earlier this month", "in March", "this spring", ...
    QString future(); ///< "next week", "later this month", "next January", ...
    QString soon();   ///< a coming day: "on Thursday", "tomorrow"
    /// "April 5", "6 April 2008", "Sept. 14", "March 3, 2007"; direction < 0 before the
    /// publication date, > 0 after it, 0 either side.
    QString absolute(int direction = 0);
    QString range();  ///< a coming meeting: "July 7-9", "7-9 July"
    QString any();    ///< one of day(), period() or absolute()

    static QString monthName(int month);
    static QString apMonth(int month); ///< AP style: "Jan.", "March", "Sept."
    static QString weekdayName(int dayOfWeek);
    static QString shortWeekday(int dayOfWeek);

private:
    QString withYear(QDate date, bool british);

    QDate m_published;
    Prng &m_rng;
};

} // namespace summit::gen
