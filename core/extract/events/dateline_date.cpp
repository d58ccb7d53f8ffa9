#include "extract/events/dateline_date.h"

#include <QRegularExpression>
#include <cstdlib>

namespace summit {

namespace {

int monthNumber(const QString &word)
{
    static const QStringList names{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const QString w = word.toCaseFolded();
    for (int i = 0; i < names.size(); ++i)
        if (w.startsWith(names.at(i)))
            return i + 1;
    return 0;
}

} // namespace

DatelineDate datelineDate(const QString &dateline, QDate published)
{
    static const QString month = QStringLiteral(
        "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");
    static const QRegularExpression monthDay(QStringLiteral("\\b") + month
                                                 + QStringLiteral("\\s+(\\d{1,2})\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayMonth(QStringLiteral("\\b(\\d{1,2})\\s+") + month
                                                 + QStringLiteral("(?!\\w)"),
                                             QRegularExpression::CaseInsensitiveOption);
    DatelineDate out;
    if (!published.isValid())
        return out;
    int m = 0;
    int d = 0;
    QRegularExpressionMatch match = monthDay.match(dateline);
    if (match.hasMatch()) {
        m = monthNumber(match.captured(1));
        d = match.captured(2).toInt();
    } else if ((match = dayMonth.match(dateline)).hasMatch()) {
        d = match.captured(1).toInt();
        m = monthNumber(match.captured(2));
    }
    if (m == 0 || d == 0)
        return out;
    qint64 best = -1;
    for (int year = published.year() - 1; year <= published.year() + 1; ++year) {
        const QDate candidate(year, m, d);
        if (!candidate.isValid())
            continue;
        const qint64 distance = std::llabs(candidate.daysTo(published));
        if (best < 0 || distance < best) {
            best = distance;
            out.date = candidate;
        }
    }
    out.offset = int(match.capturedStart(0));
    out.length = int(match.capturedLength(0));
    return out;
}

} // namespace summit
