#include "brief/sections.h"

#include "brief/brief_dates.h"

namespace summit::brief {

namespace {

void factRow(DocWriter &w, QTextTable *t, int row, const QString &label, const QString &value)
{
    w.enterCell(t, row, 0);
    w.text(label, w.labelFormat(BriefStyle::muted()));
    w.enterCell(t, row, 1);
    w.text(value, w.smallFormat());
}

void writeFacts(DocWriter &w, const EventBrief &e)
{
    QVector<QPair<QString, QString>> rows;
    rows.append({QStringLiteral("Date"), dateRangeText(e.start, e.end)});
    if (!e.place.isEmpty())
        rows.append({QStringLiteral("Place"), e.place});
    if (!e.participants.isEmpty())
        rows.append({QStringLiteral("Participants"), e.participants.join(QStringLiteral(", "))});
    QString coverage = e.reportCount == 0
                           ? QStringLiteral("Not reported as news in the sources")
                           : QStringLiteral("Reported by %1 independent %2: %3%4")
                                 .arg(e.sources.size())
                                 .arg(e.sources.size() == 1 ? QStringLiteral("source") : QStringLiteral("sources"))
                                 .arg(e.sources.join(QStringLiteral("; ")))
                                 .arg(e.sources.size() == 1 ? QStringLiteral(" (single source)") : QString());
    if (e.mentionCount > 0)
        coverage += QStringLiteral("; mentioned by %1 %2%3")
                        .arg(e.mentionCount)
                        .arg(e.reportCount > 0 ? QStringLiteral("more ") : QString())
                        .arg(e.mentionCount == 1 ? QStringLiteral("article") : QStringLiteral("articles"));
    rows.append({QStringLiteral("Coverage"), coverage});
    if (!e.summary.isEmpty())
        rows.append({QStringLiteral("Record"), e.summary});
    QTextTable *t = w.table(int(rows.size()), {17, 83}, TableLook::Shaded, 0);
    for (int i = 0; i < rows.size(); ++i)
        factRow(w, t, i, rows[i].first, rows[i].second);
    w.endTable();
}

void writeFramings(DocWriter &w, const QVector<Framing> &framings)
{
    // Two outlets per row pair: names over headlines and framing sentences, side by side.
    const int pairs = int((framings.size() + 1) / 2);
    QTextTable *t = w.table(pairs * 2, {50, 50}, TableLook::Grid, 0);
    for (int i = 0; i < framings.size(); ++i) {
        const Framing &f = framings[i];
        const int row = (i / 2) * 2;
        const int column = i % 2;
        w.enterCell(t, row, column, true);
        w.text(f.outlet, w.smallStrongFormat());
        w.enterCell(t, row + 1, column);
        QTextCharFormat headline = w.smallFormat();
        headline.setFontItalic(true);
        w.text(f.headline, headline);
        w.cite(f.articleId);
        QTextBlockFormat b = w.cursor().blockFormat();
        b.setTopMargin(w.style().fmt(4));
        w.cursor().insertBlock(b, w.smallFormat());
        w.excerpt(sentenceExcerpt(f.sentence, f.articleId));
    }
    if (framings.size() % 2)
        w.enterCell(t, pairs * 2 - 2, 1, true);
    w.endTable();
}

void writeDiscrepancies(DocWriter &w, const QVector<Discrepancy> &items)
{
    for (const Discrepancy &d : items) {
        w.bodyParagraph(12);
        w.text(w.article(d.articleId).outlet + QStringLiteral(" writes: "), w.smallStrongFormat());
        w.text(QStringLiteral("\u201c") + d.excerpt + QStringLiteral("\u201d"));
        w.cite(d.articleId);
        w.text(QString(QChar::LineSeparator));
        w.text(QStringLiteral("The record: "), w.smallStrongFormat());
        w.text(d.note, w.smallFormat());
    }
}

void writeEvent(DocWriter &w, const EventBrief &e, QVector<KeepWithNext> &keep)
{
    keep.append({w.heading2(e.title), 120});
    if (e.starred) { // after the heading's text, so the outline keeps the plain title
        w.text(QStringLiteral(" "));
        writeStar(w);
    }
    writeFacts(w, e);
    writeAnalystNote(w, e.analystNote);
    if (!e.sentences.isEmpty()) {
        keep.append({w.heading3(QStringLiteral("What happened")), 50});
        for (const Excerpt &s : e.sentences) {
            w.bodyParagraph();
            w.excerpt(s);
        }
    }
    if (!e.quotes.isEmpty()) {
        keep.append({w.heading3(QStringLiteral("Key quotes")), 50});
        for (const Excerpt &q : e.quotes) {
            w.bodyParagraph(12);
            if (q.starred)
                writeStar(w);
            w.cursor().setCharFormat(w.italicFormat());
            w.excerpt(q);
            writeAnalystNote(w, q.analystNote, 12);
        }
    }
    if (!e.framings.isEmpty()) {
        keep.append({w.heading3(QStringLiteral("How the outlets frame it")), 90});
        writeFramings(w, e.framings);
    }
    if (!e.discrepancies.isEmpty()) {
        keep.append({w.heading3(QStringLiteral("Where a source disagrees with the record")), 50});
        writeDiscrepancies(w, e.discrepancies);
    }
}

} // namespace

int writeEvents(DocWriter &w, const BriefContent &content,
                const std::function<void(const QVector<KeepWithNext> &)> &settle)
{
    const int heading = w.heading1(QStringLiteral("Events"), false);
    bool none = true;
    for (const EventBrief &e : content.events) {
        if (!e.isReported())
            continue;
        none = false;
        QVector<KeepWithNext> keep;
        writeEvent(w, e, keep);
        settle(keep);
    }
    if (none) {
        w.bodyParagraph();
        w.text(QStringLiteral("No event in this scope is reported by an article in the corpus."));
    }
    // The events in scope that were not reported are listed once, in the summary.
    return heading;
}

} // namespace summit::brief
