#include "ingest/date_parsing.h"

#include <QRegularExpression>

namespace summit {

int monthFromName(const QString &name)
{
    static const char *names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
    QString n = name.toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.size() < 3)
        return 0;
    static const char *full[] = {"january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"};
    for (int i = 0; i < 12; ++i) {
        const QLatin1String abbrev(names[i]);
        if (n == QLatin1String(full[i]) || n == abbrev || (i == 8 && n == QLatin1String("sept")))
            return i + 1;
    }
    return 0;
}

namespace {
const QString kMonth = QStringLiteral(
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?");
}

QDate findFullDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]|\\b)"));
    static const QRegularExpression mdy(QStringLiteral("\\b") + kMonth + QStringLiteral(" (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b"));
    static const QRegularExpression dmy(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?") + kMonth + QStringLiteral(",? (\\d{4})\\b"));
    struct Hit { qsizetype at; QDate date; };
    Hit best{-1, {}};
    auto consider = [&](qsizetype at, const QDate &d) {
        if (d.isValid() && (best.at < 0 || at < best.at))
            best = {at, d};
    };
    if (auto m = iso.match(text); m.hasMatch())
        consider(m.capturedStart(), QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    if (auto m = mdy.match(text); m.hasMatch())
        consider(m.capturedStart(), QDate(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt()));
    if (auto m = dmy.match(text); m.hasMatch())
        consider(m.capturedStart(), QDate(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt()));
    return best.date;
}

QVector<QDate> numericDateReadings(const QString &text)
{
    static const QRegularExpression yearFirst(QStringLiteral("\\b((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})\\b"));
    static const QRegularExpression yearLast(QStringLiteral("\\b(\\d{1,2})([/.-])(\\d{1,2})\\2((?:19|20)\\d{2})\\b"));
    QVector<QDate> out;
    if (auto m = yearFirst.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            out.append(d);
        return out;
    }
    if (auto m = yearLast.match(text); m.hasMatch()) {
        const int a = m.captured(1).toInt(), b = m.captured(3).toInt(), y = m.captured(4).toInt();
        const QDate monthFirst(y, a, b), dayFirst(y, b, a);
        if (monthFirst.isValid())
            out.append(monthFirst);
        if (dayFirst.isValid() && dayFirst != monthFirst)
            out.append(dayFirst);
    }
    return out;
}

bool parseMonthDay(const QString &text, int *month, int *day)
{
    static const QRegularExpression md(QStringLiteral("^") + kMonth + QStringLiteral(" (\\d{1,2})$"));
    static const QRegularExpression dm(QStringLiteral("^(\\d{1,2}) ") + kMonth + QStringLiteral("$"));
    const QString t = text.trimmed();
    if (auto m = md.match(t); m.hasMatch()) {
        *month = monthFromName(m.captured(1));
        *day = m.captured(2).toInt();
        return *month > 0 && *day >= 1 && *day <= 31;
    }
    if (auto m = dm.match(t); m.hasMatch()) {
        *month = monthFromName(m.captured(2));
        *day = m.captured(1).toInt();
        return *month > 0 && *day >= 1 && *day <= 31;
    }
    return false;
}

} // namespace summit
