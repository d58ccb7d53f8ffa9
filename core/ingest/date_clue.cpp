#include "ingest/date_clue.h"

#include "extract/people/office_span.h"
#include "ingest/metadata_notes.h"

namespace summit {

namespace {

bool within(QDate d, const OfficeSpan &span)
{
    return d >= span.from && d <= span.to;
}

/// Takes back a date inferred from a year the text names once the offices it names rule that
/// year out: a story may name a founding year that happens to fit the weekday.
void revokeInferredDate(PreparedArticle &a, const OfficeSpan &span)
{
    a.warnings << QStringLiteral("%1: the year named in the text gives %2, but %3 rule it out; no publication date taken")
                      .arg(a.source, a.text.published.toString(Qt::ISODate), span.evidence.join(QStringLiteral(", ")));
    a.text.published = QDate();
    a.publishedSource.clear();
    a.sources.removeIf([](const MetadataSource &s) { return s.field == QLatin1String("published"); });
    a.warnings << needsDateWarning(a.source);
}

} // namespace

bool settleDateClue(PreparedArticle &a, const PeopleDirectory &people, QDate today)
{
    if (!a.dateClue)
        return false;
    const bool fromNamedYear = a.text.published.isValid() && a.publishedSource == QLatin1String("inferred");
    if (a.text.published.isValid() && !fromNamedYear)
        return false; // stated on the page or given by the user: never second-guessed here
    const std::optional<OfficeSpan> span = officeSpan(people, a.text.text, today);
    if (!span)
        return false;
    if (fromNamedYear) {
        if (within(a.text.published, *span))
            return false;
        revokeInferredDate(a, *span);
    }
    const DateClue &clue = *a.dateClue;
    QVector<QDate> fits;
    for (int y = span->from.year(); y <= span->to.year(); ++y) {
        const QDate d(y, clue.month, clue.day);
        if (d.isValid() && within(d, *span) && d.dayOfWeek() == clue.weekday)
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
