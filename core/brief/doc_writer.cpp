#include "brief/doc_writer.h"

#include "model/web_link.h"

#include <QUrl>

namespace summit::brief {

namespace {

// Marks a table's format as compact, so enterCell() can set its cells to match.
constexpr int CompactTableProperty = QTextFormat::UserProperty + 1;
// Line pitch of compact table text, as a share of the fonts' own line height. P052 and Nimbus
// Sans have a line height of about 1.6 times their size, so 76% is about 122% of the size.
// (A fixed pitch would set each line's baseline by its own font's descent and put a sans date
// lower than the serif text beside it; a proportional one keeps both on their ascent.)
constexpr qreal CompactLinePercent = 76;
// The serif's natural line spacing is about 1.65 em: 82% of it sets text at about 1.35 em,
// the comfortable pitch for 10.5 pt reading text.
constexpr qreal ReadingLinePercent = 82;

QTextCharFormat charFormat(const QFont &font, const QColor &color)
{
    QTextCharFormat f;
    f.setFont(font, QTextCharFormat::FontPropertiesAll);
    f.setForeground(color);
    return f;
}

} // namespace

DocWriter::DocWriter(QTextDocument &doc, const BriefStyle &style, CitationRegistry &citations,
                     const QHash<qint64, SourceArticle> &articles)
    : m_style(style), m_citations(citations), m_articles(articles), m_cursor(&doc)
{
}

const SourceArticle &DocWriter::article(qint64 id) const
{
    static const SourceArticle unknown;
    const auto it = m_articles.constFind(id);
    return it == m_articles.cend() ? unknown : *it;
}

void DocWriter::newBlock(const QTextBlockFormat &format)
{
    // The document starts with one empty block: use it rather than leave a blank line on top.
    if (m_empty) {
        m_cursor.setBlockFormat(format);
        m_empty = false;
    } else {
        m_cursor.insertBlock(format);
    }
}

int DocWriter::heading1(const QString &text, bool newPage)
{
    QTextBlockFormat f;
    f.setTopMargin(newPage ? 0 : m_style.fmt(22));
    f.setBottomMargin(m_style.fmt(10));
    if (newPage)
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    newBlock(f);
    m_cursor.insertText(text, charFormat(BriefStyle::sans(18, QFont::Bold), BriefStyle::accent()));
    m_outline.append({text, 0, m_cursor.block().blockNumber()});
    return m_cursor.block().blockNumber();
}

int DocWriter::heading2(const QString &text)
{
    QTextBlockFormat f;
    f.setTopMargin(m_style.fmt(20));
    f.setBottomMargin(m_style.fmt(6));
    newBlock(f);
    m_cursor.insertText(text, charFormat(BriefStyle::sans(13.5, QFont::Bold), BriefStyle::ink()));
    m_outline.append({text, 1, m_cursor.block().blockNumber()});
    return m_cursor.block().blockNumber();
}

int DocWriter::heading3(const QString &text)
{
    QTextBlockFormat f;
    f.setTopMargin(m_style.fmt(11));
    f.setBottomMargin(m_style.fmt(4));
    newBlock(f);
    QTextCharFormat c = charFormat(BriefStyle::sans(7.5, QFont::Bold), BriefStyle::accent());
    c.setFontCapitalization(QFont::AllUppercase);
    m_cursor.insertText(text, c);
    return m_cursor.block().blockNumber();
}

void DocWriter::bodyParagraph(qreal leftIndentPt)
{
    QTextBlockFormat f;
    f.setBottomMargin(m_style.fmt(5));
    f.setLeftMargin(m_style.fmt(leftIndentPt));
    f.setLineHeight(ReadingLinePercent, QTextBlockFormat::ProportionalHeight);
    newBlock(f);
    m_cursor.setCharFormat(bodyFormat());
}

void DocWriter::smallParagraph(qreal leftIndentPt)
{
    QTextBlockFormat f;
    f.setBottomMargin(m_style.fmt(3));
    f.setLeftMargin(m_style.fmt(leftIndentPt));
    f.setLineHeight(ReadingLinePercent, QTextBlockFormat::ProportionalHeight);
    newBlock(f);
    m_cursor.setCharFormat(smallFormat());
}

void DocWriter::cite(qint64 articleId)
{
    const int n = m_citations.number(articleId);
    m_cursor.insertText(QStringLiteral("\u00a0"), m_cursor.charFormat());
    QTextCharFormat label = labelFormat(BriefStyle::accent());
    label.setProperty(CitationProperty, n);
    m_cursor.insertText(QStringLiteral("[%1]").arg(n), label);
}

void DocWriter::excerpt(const Excerpt &e)
{
    const QTextCharFormat base = m_cursor.charFormat();
    if (e.kind == Excerpt::Kind::Quote) {
        // A multi-paragraph quote is stored joined by "\n": keep it in one block.
        QString words = e.text;
        words.replace(u'\n', QChar::LineSeparator);
        m_cursor.insertText(QStringLiteral("\u201c") + words + QStringLiteral("\u201d"), base);
        if (!e.speaker.isEmpty()) {
            QTextCharFormat who = base;
            who.setForeground(BriefStyle::muted());
            // "Dana Perino, White House Press Secretary": the office on the article's date.
            const QString name = e.role.isEmpty() ? e.speaker : e.speaker + QStringLiteral(", ") + e.role;
            m_cursor.insertText(QStringLiteral(" \u2014\u00a0") + name, who);
        }
    } else {
        m_cursor.insertText(e.text, base);
    }
    cite(e.articleId);
    m_cursor.setCharFormat(base);
}

void DocWriter::link(const QString &url)
{
    const QUrl parsed = webLink(url);
    QTextCharFormat f = smallFormat();
    if (parsed.isValid()) {
        f.setAnchor(true);
        f.setAnchorHref(QString::fromUtf8(parsed.toEncoded()));
        f.setForeground(BriefStyle::us());
    }
    m_cursor.insertText(url, f);
}

QTextTable *DocWriter::table(int rows, const QVector<qreal> &percentWidths, TableLook look, int headerRows,
                             TableDensity density)
{
    const bool framed = look == TableLook::Grid;
    QTextTableFormat f;
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QVector<QTextLength> widths;
    for (qreal w : percentWidths)
        widths << QTextLength(QTextLength::PercentageLength, w);
    f.setColumnWidthConstraints(widths);
    f.setCellSpacing(0);
    f.setCellPadding(m_style.fmt(framed ? 3.5 : 3));
    f.setBorderCollapse(true);
    f.setBorder(framed ? m_style.fmt(0.5) : 0);
    f.setBorderBrush(BriefStyle::rule());
    f.setBorderStyle(framed ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    f.setHeaderRowCount(headerRows);
    f.setTopMargin(m_style.fmt(3));
    f.setBottomMargin(m_style.fmt(6));
    if (density == TableDensity::Compact)
        f.setProperty(CompactTableProperty, true);
    if (m_empty) // a table cannot take the document's first block
        newBlock({});
    QTextTable *t = m_cursor.insertTable(rows, int(percentWidths.size()), f);
    m_empty = false;
    if (look == TableLook::Shaded)
        f.setProperty(KeepTogetherProperty, true);
    if (look == TableLook::Shaded) { // the table's own background is not painted; the cells' is
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < percentWidths.size(); ++c) {
                QTextTableCell cell = t->cellAt(r, c);
                QTextTableCellFormat cf = cell.format().toTableCellFormat();
                cf.setBackground(BriefStyle::shade());
                cell.setFormat(cf);
            }
        }
    }
    return t;
}

void DocWriter::enterCell(QTextTable *table, int row, int column, bool header)
{
    QTextTableCell cell = table->cellAt(row, column);
    const bool compact = table->format().boolProperty(CompactTableProperty);
    if (header || compact) {
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        if (header)
            cf.setBackground(BriefStyle::shade());
        if (compact) { // the column gaps stay, the rows close up
            cf.setTopPadding(m_style.fmt(1));
            cf.setBottomPadding(m_style.fmt(1.5));
        }
        cell.setFormat(cf);
    }
    m_cursor = cell.firstCursorPosition();
    QTextBlockFormat f;
    f.setLineHeight(compact ? CompactLinePercent : ReadingLinePercent, QTextBlockFormat::ProportionalHeight);
    m_cursor.setBlockFormat(f);
    m_cursor.setCharFormat(header ? smallStrongFormat() : smallFormat());
}

void DocWriter::endTable()
{
    m_cursor.movePosition(QTextCursor::End);
}

QTextCharFormat DocWriter::bodyFormat() const { return charFormat(BriefStyle::serif(10.5), BriefStyle::ink()); }
QTextCharFormat DocWriter::italicFormat() const
{
    return charFormat(BriefStyle::serif(10.5, QFont::Normal, true), BriefStyle::ink());
}
QTextCharFormat DocWriter::strongFormat() const { return charFormat(BriefStyle::sans(9.5, QFont::Bold), BriefStyle::ink()); }
QTextCharFormat DocWriter::smallFormat() const { return charFormat(BriefStyle::serif(9.5), BriefStyle::ink()); }
QTextCharFormat DocWriter::smallStrongFormat() const
{
    return charFormat(BriefStyle::sans(8, QFont::Bold), BriefStyle::ink());
}
QTextCharFormat DocWriter::mutedFormat() const { return charFormat(BriefStyle::sans(8), BriefStyle::muted()); }
QTextCharFormat DocWriter::labelFormat(const QColor &color) const
{
    return charFormat(BriefStyle::sans(7.5, QFont::Bold), color);
}
QTextCharFormat DocWriter::compactStrongFormat(const QColor &color) const
{
    return charFormat(BriefStyle::sans(8.5, QFont::Bold), color);
}
QTextCharFormat DocWriter::compactMutedFormat() const
{
    return charFormat(BriefStyle::sans(8.5), BriefStyle::muted());
}

} // namespace summit::brief
