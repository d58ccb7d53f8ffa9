#include "ingest/date_clue.h"

#include "extract/people/office_span.h"
#include "ingest/metadata_notes.h"

namespace summit {

bool settleDateClue(PreparedArticle &a, const PeopleDirectory &people, QDate today)
{
    if (a.text.published.isValid() || !a.dateClue)
        return false;
    const DateClue &clue = *a.dateClue;
    const std::optional<OfficeSpan> span = officeSpan(people, a.text.text, today);
    if (!span)
        return false;
    QVector<QDate> fits;
    for (int y = span->from.year(); y <= span->to.year(); ++y) {
        const QDate d(y, clue.month, clue.day);
        if (d.isValid() && d >= span->from && d <= span->to && d.dayOfWeek() == clue.weekday)
            fits.append(d);
    }
    if (fits.size() != 1)
        return false;
    a.text.published = fits.first();
    a.publishedSource = QStringLiteral("inferred");
    note(a, "published", fits.first().toString(Qt::ISODate),
         QStringLiteral("dateline \u00AB%1\u00BB; %2").arg(clue.where, span->evidence.join(QStringLiteral("; "))),
         QStringLiteral("inferred: the only year in which the dateline's day fell on the weekday named in the "
                        "lead while the offices the text names were held"));
    // The warning names the path the file was read from, which a.source (its name) is not.
    const QString undated = needsDateWarning(QString());
    a.warnings.removeIf([&](const QString &w) { return w.endsWith(undated); });
    return true;
}

} // namespace summit
