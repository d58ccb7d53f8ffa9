// The publication date, from the evidence the metadata finder gathered, in order of trust
// (docs/EXTRACTION.md): 1. HTML metadata; 2. a full date opening the lead; 3. the page stamp
// before the story (numeric stamps only when the page settles their reading), checked against
// the dateline; 4. inferred from the dateline, a weekday and a year in the text; 5. failing a
// year in the text, the importer may settle one from the offices the text gives known people
// (settleDateClue, extract/people/office_span.h).

#include "ingest/date_parsing.h"
#include "ingest/metadata_notes.h"
#include "ingest/page_stamps.h"
#include "ingest/word_lexicon.h"

#include <QRegularExpression>
#include <QSet>

namespace summit {

namespace {

bool isUpdateStamp(const QString &text)
{
    const QString lower = text.left(30).toLower();
    return lower.contains(QLatin1String("updated")) || lower.contains(QLatin1String("modified"));
}

} // namespace

void choosePublicationDate(PreparedArticle &a, const QVector<SourceBlock> &blocks, const DateEvidence &e)
{
    ArticleText &t = a.text;
    QVector<PageStamp> stamps = e.stamps;
    const Dateline &dl = e.dateline;
    const bool haveDateline = e.haveDateline;
    auto setDate = [&](const QDate &d, const char *source, const QString &where, const QString &rule) {
        t.published = d;
        a.publishedSource = QLatin1String(source);
        note(a, "published", d.toString(Qt::ISODate), where, rule);
    };
    const QDate metaDate = findFullDate(e.metaPublished);
    if (metaDate.isValid()) {
        setDate(metaDate, "html-meta", e.metaPublishedTag, QStringLiteral("HTML publication date"));
        return;
    }
    if (e.ledBy.isValid()) {
        setDate(e.ledBy, "lead-date", QStringLiteral("lead \u00AB%1\u00BB").arg(e.lead.left(40)),
                QStringLiteral("full date opening the story"));
        return;
    }
    // Numeric stamps count only when their reading is certain or the page settles it.
    if (stamps.isEmpty()) {
        QString opening;
        int seen = 0;
        for (const Paragraph &p : t.paragraphs)
            if (p.kind == ParagraphKind::Body && ++seen <= 2)
                opening += t.slice(p.span).left(400) + QLatin1Char(' ');
        for (int i : e.numericStamps) {
            const QVector<QDate> readings = numericDateReadings(blocks[i].text);
            const bool yearNamed = !readings.isEmpty() && !isUpdateStamp(blocks[i].text)
                                   && t.text.left(6000).contains(QString::number(readings.first().year()));
            const QDate d = settleNumericStamp(readings, blocks[i].text, haveDateline ? dl.month : 0, dl.day,
                                               opening, yearNamed);
            if (d.isValid())
                stamps.append({d, i});
        }
    }
    // Stamps that disagree by more than a few days cannot all be the story's date; an "updated"
    // stamp then yields to the others, and if they still disagree none is taken.
    QVector<PageStamp> trusted = stamps;
    auto spread = [](const QVector<PageStamp> &s) {
        qint64 lo = 0, hi = 0;
        for (int k = 0; k < s.size(); ++k) {
            const qint64 j = s[k].date.toJulianDay();
            lo = k ? std::min(lo, j) : j;
            hi = k ? std::max(hi, j) : j;
        }
        return hi - lo;
    };
    if (spread(trusted) > 3)
        trusted.removeIf([&](const PageStamp &s) { return isUpdateStamp(blocks[s.block].text); });
    if (spread(trusted) > 3) {
        a.warnings << QStringLiteral("%1: page date stamps disagree; no publication date taken").arg(a.source);
        trusted.clear();
    }
    if (!trusted.isEmpty()) {
        const PageStamp &s = trusted.first();
        const QString where = RawLines(a.rawText).ref(blocks[s.block]);
        if (haveDateline && dl.month > 0) {
            // The dateline names the reporting day; the stamp may be that day or up to three
            // days later (a Sunday paper's Saturday dateline). Anything else is a later stamp.
            QDate reported(s.date.year(), dl.month, dl.day);
            if (reported.isValid() && reported > s.date)
                reported = QDate(s.date.year() - 1, dl.month, dl.day);
            const qint64 gap = reported.isValid() ? reported.daysTo(s.date) : -1;
            if (gap == 0)
                setDate(s.date, "dateline", where, QStringLiteral("dateline day, year from the page stamp"));
            else if (gap > 0 && gap <= 3)
                setDate(s.date, "page-stamp", where, QStringLiteral("page stamp, days after the dateline"));
            else
                a.warnings << QStringLiteral("%1: the page stamp is far from the dateline; no publication date taken")
                                  .arg(a.source);
        } else {
            setDate(s.date, "page-stamp", where, QStringLiteral("page stamp before the story"));
        }
        return;
    }
    // Inferred: the dateline's day, a year named in the text, and the weekday in the lead must
    // agree on exactly one date.
    int weekday = haveDateline && dl.month > 0 ? onlyWeekdayNamed(e.lead.left(400)) : 0;
    if (weekday) {
        // The lead's weekday is the dateline's day only when the opening names no other day:
        // "BRUSSELS, Dec. 3 - ministers agreed on Tuesday ... confirmed on Wednesday morning"
        // was filed on the Wednesday, about the Tuesday.
        QString opening;
        int seen = 0;
        for (const Paragraph &p : t.paragraphs)
            if (p.kind == ParagraphKind::Body && ++seen <= 2)
                opening += t.slice(p.span) + QLatin1Char(' ');
        if (onlyWeekdayNamed(opening) != weekday)
            weekday = 0;
    }
    if (weekday) {
        static const QRegularExpression yearRe(QStringLiteral("\\b((?:19|20)\\d{2})\\b"));
        QSet<int> years;
        for (auto it = yearRe.globalMatch(t.text.left(6000)); it.hasNext();) {
            const int y = it.next().captured(1).toInt();
            years << y;
        }
        QVector<QDate> fits;
        for (int y : years) {
            const QDate d(y, dl.month, dl.day);
            if (d.isValid() && d.dayOfWeek() == weekday)
                fits.append(d);
        }
        if (fits.size() == 1)
            setDate(fits.first(), "inferred", QStringLiteral("dateline \u00AB%1\u00BB").arg(dl.text),
                    QStringLiteral("inferred: the dateline's day falls on the weekday named in the lead in a year "
                                   "the text names"));
        if (fits.size() <= 1) // the offices the text names may settle the year, or contradict it
            a.dateClue = DateClue{dl.month, dl.day, weekday, dl.text};
    }
}

} // namespace summit
