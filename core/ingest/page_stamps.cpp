#include "ingest/page_stamps.h"

#include "ingest/date_parsing.h"
#include "ingest/word_lexicon.h"

#include <QRegularExpression>

namespace summit {

namespace {

/// The weekdays a text names, as a set of bits (bit d for QDate::dayOfWeek() d + 1).
unsigned weekdaysNamed(const QString &text)
{
    static const char *days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const QString lower = lowerCased(text);
    unsigned found = 0;
    for (int d = 0; d < 7; ++d)
        if (lower.contains(QLatin1String(days[d])))
            found |= 1u << d;
    return found;
}

/// The first weekday (in the week's order) a line names; 0 when none.
int weekdayNamed(const QString &line)
{
    const unsigned days = weekdaysNamed(line);
    for (int d = 0; d < 7; ++d)
        if (days & (1u << d))
            return d + 1;
    return 0;
}

// Keeps the readings for which `fits` holds; returns the one left, if exactly one is.
template<typename Fits>
QDate onlyFit(const QVector<QDate> &readings, Fits fits)
{
    QDate found;
    for (const QDate &d : readings)
        if (fits(d)) {
            if (found.isValid())
                return {};
            found = d;
        }
    return found;
}

} // namespace

int onlyWeekdayNamed(const QString &text)
{
    const unsigned days = weekdaysNamed(text);
    if (days == 0 || (days & (days - 1)) != 0)
        return 0; // none, or two weekdays: no single anchor
    int d = 1;
    while (!(days & (1u << (d - 1))))
        ++d;
    return d;
}

bool isDatedHeaderSentence(const QString &text, int words)
{
    if (words > 20)
        return false;
    const QDate d = findFullDate(text);
    return d.isValid() && weekdayNamed(text) == d.dayOfWeek();
}

QDate settleNumericStamp(const QVector<QDate> &readings, const QString &stampLine, int datelineMonth,
                         int datelineDay, const QString &opening, bool yearNamedElsewhere)
{
    // A weekday on the stamp line picks the reading it falls on.
    QVector<QDate> left = readings;
    if (const int wd = weekdayNamed(stampLine))
        left.removeIf([&](const QDate &d) { return d.dayOfWeek() != wd; });
    if (left.isEmpty())
        return {};
    // The dateline names the reporting day; the stamp may be that day or up to three days later.
    if (datelineMonth > 0)
        return onlyFit(left, [&](const QDate &d) {
            QDate reported(d.year(), datelineMonth, datelineDay);
            if (reported.isValid() && reported > d)
                reported = QDate(d.year() - 1, datelineMonth, datelineDay);
            const qint64 gap = reported.isValid() ? reported.daysTo(d) : -1;
            return gap >= 0 && gap <= 3;
        });
    // "On May 7th, ..." in the opening: a story names days just before its own (a week) or just
    // after (three days); a wider window would let a reference to last month pick the wrong order.
    static const QRegularExpression monthDay(QStringLiteral(
        "\\b(January|February|March|April|May|June|July|August|September|October|November|December|"
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b"));
    QVector<QDate> named;
    for (auto it = monthDay.globalMatch(opening); it.hasNext();) {
        const auto m = it.next();
        named.append(QDate(left.first().year(), monthFromName(m.captured(1)), m.captured(2).toInt()));
    }
    if (!named.isEmpty())
        return onlyFit(left, [&](const QDate &d) {
            for (const QDate &n : named)
                if (n.isValid() && n.daysTo(d) >= -3 && n.daysTo(d) <= 7)
                    return true;
            return false;
        });
    // Nothing on the page speaks to the day: a certain reading stands only if the story itself
    // names its year (a site's re-stamp years later does not).
    return left.size() == 1 && yearNamedElsewhere ? left.first() : QDate();
}

QString withoutKicker(const QString &headline)
{
    // Labels of the kind of piece, not of a place or topic ("US: ...", "Russia: ..." stay).
    static const QStringList labels = {
        QStringLiteral("analysis"), QStringLiteral("news analysis"), QStringLiteral("column"),
        QStringLiteral("commentary"), QStringLiteral("comment"), QStringLiteral("editorial"),
        QStringLiteral("opinion"), QStringLiteral("op-ed"), QStringLiteral("exclusive"),
        QStringLiteral("interview"), QStringLiteral("review"), QStringLiteral("feature"),
        QStringLiteral("factbox"), QStringLiteral("perspective"), QStringLiteral("viewpoint"),
        QStringLiteral("update"), QStringLiteral("breaking"), QStringLiteral("breaking news"),
        QStringLiteral("our view"), QStringLiteral("guest column"), QStringLiteral("letter")};
    // "COLUMN: ...", "News Analysis - ...", and the wire form "ANALYSIS-..." or "UPDATE 2-...".
    static const QRegularExpression kicker(QStringLiteral(
        "^([A-Za-z][A-Za-z -]{2,20}?)(?:\\s+\\d{1,2})?(?:\\s*:\\s+|\\s[-–—]\\s+|(?<=[A-Z0-9])-(?=[A-Z\"'“]))(?=\\S)"));
    auto m = kicker.match(headline);
    if (m.hasMatch() && !m.captured(0).contains(QLatin1Char(' ')) && m.captured(1) != m.captured(1).toUpper())
        m = {}; // "Op-Ed..." or "Anti-missile ...": a hyphen without spaces counts only after a label in capitals
    if (!m.hasMatch() || !labels.contains(lowerCased(m.captured(1).simplified())) || !m.captured(1)[0].isUpper())
        return headline;
    const QString rest = headline.mid(m.capturedEnd());
    return wordCount(rest) >= 3 ? rest : headline;
}

} // namespace summit
