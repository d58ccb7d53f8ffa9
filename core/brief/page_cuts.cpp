// Pagination of the briefing's body. QTextDocument paginates by pushing a line that would
// cross a page's foot down to the next page, but it knows no keep-with-next and no
// keep-together, and a line whose descenders reached past the foot was painted on both pages.
// The document is therefore laid out as one endless page and cut here.
#include "brief/composed_document.h"

#include "brief/sections.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>
#include <algorithm>

namespace summit::brief {

namespace {

struct Span
{
    qreal top = 0;
    qreal bottom = 0;
    qreal inkBottom = 0; ///< lines: where the line's own rectangle ends (descenders)
};

QRectF cellRect(QAbstractTextDocumentLayout *layout, const QTextTableCell &cell)
{
    QRectF r;
    for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
        r = r.united(layout->blockBoundingRect(b));
        if (b == cell.lastCursorPosition().block())
            break;
    }
    return r;
}

// Table rows, and whole tables marked keep-together, as spans not to cut. A row's ink reaches
// below its text by the cell padding and border.
void tableSpans(QTextFrame *frame, QAbstractTextDocumentLayout *layout, QVector<Span> &groups, qreal padding)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            if (table->format().boolProperty(KeepTogetherProperty)) {
                const QRectF r = layout->frameBoundingRect(table);
                groups.append({r.top(), r.bottom(), 0});
            }
            for (int row = 0; row < table->rows(); ++row) {
                QRectF r;
                for (int column = 0; column < table->columns(); ++column)
                    r = r.united(cellRect(layout, table->cellAt(row, column)));
                if (!r.isNull())
                    groups.append({r.top(), r.bottom(), r.bottom() + padding});
            }
        }
        tableSpans(child, layout, groups, padding);
    }
}

} // namespace

void cutPages(QTextDocument &doc, ComposedDocument &out, qreal pageHeight, const QVector<KeepWithNext> &keeps,
              const BriefStyle &style)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QVector<Span> lines, groups, blocks;
    QVector<qreal> forced;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *text = b.layout();
        const QRectF rect = layout->blockBoundingRect(b);
        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            forced.append(rect.top());
        if (!text)
            continue;
        blocks.append({rect.top(), rect.bottom(), rect.bottom()});
        // A paragraph is never cut: QTextLayout::draw also draws the line just above its clip,
        // so a paragraph cut across two pages would print that line again on the second page
        // (clipped out of sight, yet in the PDF's text). Whole paragraphs also leave no widows.
        if (text->lineCount() > 0)
            groups.append({rect.top(), rect.top() + text->lineAt(text->lineCount() - 1).rect().bottom(), 0});
        // At a line pitch below the font's natural height, a line's rectangle reaches into the
        // next line: a line ends where the next begins, or the block's last line at its foot.
        for (int i = 0; i < text->lineCount(); ++i) {
            const QRectF r = text->lineAt(i).rect();
            const qreal bottom = i + 1 < text->lineCount() ? std::min(r.bottom(), text->lineAt(i + 1).y()) : r.bottom();
            lines.append({rect.top() + r.top(), rect.top() + bottom, rect.top() + r.bottom()});
        }
    }
    // A heading keeps the room it asks for below it (its first lines or its box).
    QVector<KeepWithNext> headings = keeps;
    for (const OutlineMark &o : std::as_const(out.outline))
        headings.append({o.block, o.level == 0 ? 90.0 : 110.0});
    for (const KeepWithNext &k : std::as_const(headings)) {
        const QRectF rect = layout->blockBoundingRect(doc.findBlockByNumber(k.block));
        groups.append({rect.top(), rect.bottom() + style.pt(k.roomPt), 0});
    }
    tableSpans(doc.rootFrame(), layout, groups, style.pt(4));
    std::sort(forced.begin(), forced.end());

    const qreal height = layout->documentSize().height();
    // Neighbouring rows and a block's last line may overlap what follows by a hair (borders,
    // descenders into the margin); only a real overlap moves a cut.
    const qreal slack = style.pt(2.5);
    out.pageTops = {0};
    for (;;) {
        const qreal from = out.pageTops.last();
        qreal cut = from + pageHeight;
        for (qreal f : std::as_const(forced))
            if (f > from + 1 && f < cut) {
                cut = f;
                break;
            }
        if (cut >= height - 0.5)
            break;
        // Move the cut up until no line and no kept span (shorter than a page) straddles it.
        for (bool moved = true; moved;) {
            moved = false;
            for (const Span &l : std::as_const(lines))
                if (l.top > from + 1 && l.top < cut - 0.01 && l.bottom > cut + slack) {
                    cut = l.top;
                    moved = true;
                }
            for (const Span &g : std::as_const(groups))
                if (g.top > from + 1 && g.top < cut - 0.01 && g.bottom > cut + slack && g.bottom - g.top < pageHeight * 0.9) {
                    cut = g.top;
                    moved = true;
                }
        }
        out.pageTops.append(cut);
    }
    // The layout draws a block whose rectangle meets the clip, and within it also the line
    // just above the clip: each page starts drawing below every line and block of the pages
    // before it.
    for (qreal top : std::as_const(out.pageTops)) {
        qreal draw = top;
        for (const QVector<Span> *spans : {&lines, &blocks, &groups})
            for (const Span &l : *spans)
                if (l.top < top - 0.01 && l.inkBottom >= draw)
                    draw = l.inkBottom + 0.5;
        out.drawTops.append(draw);
    }
}

} // namespace summit::brief
