// The analyst's layer of the briefing: notes in their own box and the section listing the
// starred and noted items. What the analyst wrote is set apart from what the sources say.
#include "brief/sections.h"

#include "brief/brief_dates.h"

namespace summit::brief {

namespace {

QTextCharFormat noteLabelFormat(const DocWriter &w)
{
    QTextCharFormat f = w.labelFormat(BriefStyle::analyst());
    f.setFont(BriefStyle::sans(7.5, QFont::Bold), QTextCharFormat::FontPropertiesAll);
    return f;
}

QTextCharFormat noteTextFormat()
{
    QTextCharFormat f;
    f.setFont(BriefStyle::sans(9, QFont::Normal, true), QTextCharFormat::FontPropertiesAll);
    f.setForeground(BriefStyle::ink());
    return f;
}

// The note as one paragraph: line breaks the analyst typed stay line breaks, nothing else
// in it means anything (insertText, never HTML).
QString noteLines(const QString &note)
{
    QString text = note.trimmed();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

// A one-cell box with a rule on its left in the analyst's colour and a faint warm ground.
QTextTable *analystBox(DocWriter &w, qreal leftIndentPt, int rows, const QVector<qreal> &widths, bool keepTogether)
{
    QTextTable *t = w.table(rows, widths, TableLook::Plain, 0);
    QTextTableFormat tf = t->format();
    tf.setLeftMargin(w.style().fmt(leftIndentPt));
    tf.setTopMargin(w.style().fmt(2));
    tf.setBottomMargin(w.style().fmt(6));
    tf.setProperty(KeepTogetherProperty, keepTogether);
    t->setFormat(tf);
    for (int r = 0; r < rows; ++r) {
        QTextTableCell cell = t->cellAt(r, 0);
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        cf.setLeftBorder(w.style().fmt(2.2));
        cf.setLeftBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cf.setLeftBorderBrush(BriefStyle::analyst());
        cf.setLeftPadding(w.style().fmt(7));
        cf.setBackground(BriefStyle::analystShade());
        cell.setFormat(cf);
        for (int c = 1; c < widths.size(); ++c) {
            QTextTableCell other = t->cellAt(r, c);
            QTextTableCellFormat of = other.format().toTableCellFormat();
            of.setBackground(BriefStyle::analystShade());
            other.setFormat(of);
        }
    }
    return t;
}

} // namespace

void writeStar(DocWriter &w)
{
    QTextCharFormat f = w.labelFormat(BriefStyle::analyst());
    f.setFont(BriefStyle::sans(9, QFont::Bold), QTextCharFormat::FontPropertiesAll);
    f.setToolTip(QStringLiteral("Starred by the analyst"));
    const QTextCharFormat before = w.cursor().charFormat();
    w.text(QStringLiteral("\u2605\u00a0"), f);
    w.cursor().setCharFormat(before);
}

void writeAnalystNote(DocWriter &w, const QString &note, qreal leftIndentPt)
{
    if (note.trimmed().isEmpty())
        return;
    QTextTable *t = analystBox(w, leftIndentPt, 1, {100}, true);
    w.enterCell(t, 0, 0);
    w.text(QStringLiteral("Analyst\u2019s note"), noteLabelFormat(w));
    w.text(QString(QChar::LineSeparator), noteTextFormat());
    w.text(noteLines(note), noteTextFormat());
    w.endTable();
}

int writeAnalystSection(DocWriter &w, const BriefContent &content)
{
    if (content.analystItems.isEmpty())
        return -1;
    const int heading = w.heading1(QStringLiteral("Analyst\u2019s notes and starred items"), false);
    w.smallParagraph();
    w.text(QStringLiteral("The items the analyst starred or wrote a note on, in this scope, by date. The notes "
                          "are the analyst\u2019s own words, not the sources\u2019."),
           w.mutedFormat());
    // One box, one row per item (a row is never cut across pages): the rule down its left
    // side marks all of it as the analyst's.
    QTextTable *t = analystBox(w, 0, int(content.analystItems.size()), {17, 83}, false);
    for (int row = 0; row < content.analystItems.size(); ++row) {
        const AnalystItem &item = content.analystItems[row];
        w.enterCell(t, row, 0);
        w.text(item.date.isValid() ? dateText(item.date, true) : QStringLiteral("Undated"), w.mutedFormat());
        w.enterCell(t, row, 1);
        if (item.starred)
            writeStar(w);
        w.text(item.kind + QStringLiteral(": "), w.smallStrongFormat());
        if (item.kind == u"Quote") {
            w.cursor().setCharFormat(w.smallFormat());
            w.excerpt(item.quote);
        } else {
            w.text(item.about, w.smallFormat());
            if (item.articleId > 0)
                w.cite(item.articleId);
        }
        w.text(QString(QChar::LineSeparator), w.smallFormat());
        if (!item.note.isEmpty()) {
            w.text(QStringLiteral("Analyst\u2019s note: "), noteLabelFormat(w));
            w.text(noteLines(item.note), noteTextFormat());
        } else {
            w.text(QStringLiteral("Starred by the analyst, no note."), w.mutedFormat());
        }
    }
    w.endTable();
    return heading;
}

} // namespace summit::brief
