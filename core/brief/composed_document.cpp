#include "brief/composed_document.h"

#include "brief/doc_writer.h"
#include "brief/sections.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <cmath>

namespace summit::brief {

namespace {

// QTextDocument has no keep-with-next: a heading too close to a page's foot moves to the next
// page. Walking top-down keeps earlier decisions valid, as a break only shifts later blocks.
void keepHeadingsWithText(QTextDocument &doc, const BriefStyle &style, const QVector<KeepWithNext> &keep)
{
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (const KeepWithNext &k : keep) {
        QTextBlock block = doc.findBlockByNumber(k.block);
        if (!block.isValid())
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal pageBottom = (std::floor(rect.top() / pageHeight) + 1) * pageHeight;
        if (pageBottom - rect.bottom() >= style.pt(k.roomPt))
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat f = block.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(f);
    }
}

int pageOfBlock(QTextDocument &doc, int blockNumber, const QVector<qreal> &pageTops)
{
    const QRectF rect = doc.documentLayout()->blockBoundingRect(doc.findBlockByNumber(blockNumber));
    int page = 0;
    while (page + 1 < pageTops.size() && pageTops[page + 1] <= rect.top() + 1)
        ++page;
    return page + 2;
}

// Cuts the laid-out document into pages between whole lines (tables and cells included: the
// block list walks them all), and records below which y each page starts drawing.
void cutPages(QTextDocument &doc, ComposedDocument &out)
{
    struct Extent
    {
        qreal top, bottom;
    };
    QVector<Extent> lines;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *text = b.layout();
        if (!text)
            continue;
        const qreal top = layout->blockBoundingRect(b).top();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QRectF r = text->lineAt(i).rect();
            lines.append({top + r.top(), top + r.bottom()});
        }
    }
    const qreal pageHeight = doc.pageSize().height();
    const qreal height = layout->documentSize().height();
    out.pageTops = {0};
    while (out.pageTops.last() + pageHeight < height - 1) {
        const qreal from = out.pageTops.last();
        qreal cut = from + pageHeight;
        for (const Extent &l : std::as_const(lines))
            if (l.top > from + 1 && l.top < cut && l.bottom > cut)
                cut = l.top;
        out.pageTops.append(cut);
    }
    for (qreal top : std::as_const(out.pageTops)) {
        qreal draw = top;
        for (const Extent &l : std::as_const(lines))
            if (l.top < top - 0.01 && l.bottom >= draw)
                draw = l.bottom + 0.5;
        out.drawTops.append(draw);
    }
}

// Finds every run marked as a citation or a source entry and where it lies on the page.
void collectMarks(QTextDocument &doc, ComposedDocument &out)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *text = b.layout();
        if (!text)
            continue;
        const QPointF origin = layout->blockBoundingRect(b).topLeft();
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat f = fragment.charFormat();
            const bool citation = f.hasProperty(CitationProperty);
            if (!citation && !f.hasProperty(SourceEntryProperty))
                continue;
            const int from = fragment.position() - b.position();
            const QTextLine line = text->lineForTextPosition(from);
            if (!line.isValid())
                continue;
            const qreal x0 = line.cursorToX(from);
            const qreal x1 = line.cursorToX(from + fragment.length());
            const TextMark mark{QRectF(origin.x() + x0, origin.y() + line.y(), x1 - x0, line.height()),
                                f.intProperty(citation ? CitationProperty : SourceEntryProperty)};
            (citation ? out.citationMarks : out.sourceMarks).append(mark);
        }
    }
}

} // namespace

int ComposedDocument::pageAt(qreal y) const
{
    int page = 0;
    while (page + 1 < pageTops.size() && pageTops[page + 1] <= y + 0.5)
        ++page;
    return page;
}

ComposedDocument composeDocument(const BriefContent &content, const BriefStyle &style, QPaintDevice *device,
                                 QSizeF bodySize)
{
    ComposedDocument out;
    out.doc = std::make_unique<QTextDocument>();
    QTextDocument &doc = *out.doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDocumentMargin(0);
    doc.setUseDesignMetrics(true);
    doc.setDefaultFont(BriefStyle::serif(10.5));
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long URLs must wrap, not overflow
    doc.setDefaultTextOption(option);
    doc.setPageSize(bodySize);
    doc.setUndoRedoEnabled(false);

    // Insertions are batched in edit blocks: outside one, every insertion re-lays out the
    // document (a table is laid out whole), which is quadratic in the number of rows. Each
    // event section is its own block, laid out as it is appended at the end of the document,
    // so its headings can be kept with their text at the cost of that section alone.
    QTextCursor batch(&doc);
    batch.beginEditBlock();
    {
        DocWriter w(doc, style, out.citations, content.articles);
        out.contents.append({QStringLiteral("Summary"), writeSummary(w, content)});
        if (!content.events.isEmpty())
            out.contents.append({QStringLiteral("Timeline"),
                                 writeTimeline(w, content, bodySize.width(), bodySize.height() * 0.42, device)});
        const auto settle = [&](const QVector<KeepWithNext> &keep) {
            batch.endEditBlock();
            keepHeadingsWithText(doc, style, keep);
            batch.beginEditBlock();
        };
        out.contents.append({QStringLiteral("Events"), writeEvents(w, content, settle)});
        out.contents.append({QStringLiteral("Sources"), writeSources(w, out.citations)});
        out.outline = w.outline();
    }
    batch.endEditBlock();
    cutPages(doc, out);
    for (ContentsEntry &entry : out.contents)
        entry.page = pageOfBlock(doc, entry.block, out.pageTops);
    out.bodyPages = int(out.pageTops.size());
    collectMarks(doc, out);
    return out;
}

} // namespace summit::brief
