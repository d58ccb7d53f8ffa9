#include "date_words.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace summit::gen {
namespace {

// Own tables rather than QLocale: month and day names must not depend on the machine's locale.
constexpr std::array<const char16_t *, 12> kMonths = {u"January", u"February", u"March",     u"April",
                                                      u"May",     u"June",     u"July",      u"August",
                                                      u"September", u"October", u"November", u"December"};
constexpr std::array<const char16_t *, 12> kApMonths = {u"Jan.", u"Feb.",  u"March", u"April", u"May",  u"June",
                                                        u"July", u"Aug.",  u"Sept.", u"Oct.",  u"Nov.", u"Dec."};
constexpr std::array<const char16_t *, 7> kWeekdays = {u"Monday", u"Tuesday",  u"Wednesday", u"Thursday",
                                                       u"Friday", u"Saturday", u"Sunday"};
constexpr std::array<const char16_t *, 7> kShortWeekdays = {u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};

QString season(int month)
{
    if (month == 12 || month <= 2)
        return u"winter"_s;
    if (month <= 5)
        return u"spring"_s;
    if (month <= 8)
        return u"summer"_s;
    return u"fall"_s;
}

} // namespace

QString DateWords::monthName(int month) { return QString::fromUtf16(kMonths.at(month - 1)); }
QString DateWords::apMonth(int month) { return QString::fromUtf16(kApMonths.at(month - 1)); }
QString DateWords::weekdayName(int dayOfWeek) { return QString::fromUtf16(kWeekdays.at(dayOfWeek - 1)); }
QString DateWords::shortWeekday(int dayOfWeek) { return QString::fromUtf16(kShortWeekdays.at(dayOfWeek - 1)); }

QString DateWords::day()
{
    switch (m_rng.weighted(std::array{8, 4, 1, 1})) {
    case 0:
        return u"on "_s + weekdayName(m_published.addDays(-m_rng.between(1, 5)).dayOfWeek());
    case 1:
        return weekdayName(m_published.addDays(-m_rng.between(0, 5)).dayOfWeek());
    case 2:
        return u"today"_s;
    default:
        return u"yesterday"_s;
    }
}

QString DateWords::period() { return m_rng.chance(1, 2) ? past() : future(); }

QString DateWords::past()
{
    const int month = m_published.month();
    switch (m_rng.below(7)) {
    case 0:
        return u"last month"_s;
    case 1:
        return u"earlier this month"_s;
    case 2:
        return u"last week"_s;
    case 3:
        return u"this "_s + season(month);
    case 4:
        return u"in "_s + monthName((month + 12 - 1 - m_rng.between(1, 3)) % 12 + 1);
    case 5:
        return u"last year"_s;
    default:
        return u"earlier this year"_s;
    }
}

QString DateWords::future()
{
    const int month = m_published.month();
    switch (m_rng.below(5)) {
    case 0:
        return u"next week"_s;
    case 1:
        return u"later this month"_s;
    case 2:
        return u"this "_s + season(month);
    case 3:
        return u"next "_s + monthName((month - 1 + m_rng.between(2, 5)) % 12 + 1);
    default:
        return u"later this year"_s;
    }
}

QString DateWords::soon()
{
    switch (m_rng.weighted(std::array{6, 1, 1})) {
    case 0:
        return u"on "_s + weekdayName(m_published.addDays(m_rng.between(2, 6)).dayOfWeek());
    case 1:
        return u"tomorrow"_s;
    default:
        return u"next week"_s;
    }
}

QString DateWords::withYear(QDate date, bool british)
{
    const QString year = QString::number(date.year());
    if (british)
        return QString::number(date.day()) + u' ' + monthName(date.month()) + u' ' + year;
    return monthName(date.month()) + u' ' + QString::number(date.day()) + u", "_s + year;
}

QString DateWords::absolute(int direction)
{
    const int offset = direction < 0 ? -m_rng.between(2, 40) : direction > 0 ? m_rng.between(2, 60)
                                                                             : m_rng.between(-40, 40);
    const QDate date = m_published.addDays(offset);
    // A year is only written when it stays inside the corpus range, so no text date escapes it.
    const bool yearAllowed = date.year() >= 2001 && date.year() <= 2009;
    const QString dayNumber = QString::number(date.day());
    switch (m_rng.below(yearAllowed ? 5 : 3)) {
    case 0:
        return monthName(date.month()) + u' ' + dayNumber;
    case 1:
        return dayNumber + u' ' + monthName(date.month());
    case 2:
        return apMonth(date.month()) + u' ' + dayNumber;
    case 3:
        return withYear(date, true);
    default:
        return withYear(date, false);
    }
}

QString DateWords::range()
{
    QDate start = m_published.addDays(m_rng.between(5, 60));
    const int length = m_rng.between(1, 3);
    if (start.day() + length > start.daysInMonth())
        start = start.addDays(-length);
    const QString span = QString::number(start.day()) + u'-' + QString::number(start.day() + length);
    if (m_rng.chance(1, 4))
        return span + u' ' + monthName(start.month());
    return monthName(start.month()) + u' ' + span;
}

QString DateWords::any()
{
    switch (m_rng.weighted(std::array{5, 3, 2})) {
    case 0:
        return day();
    case 1:
        return past();
    default:
        return absolute(-1);
    }
}

} // namespace summit::gen
