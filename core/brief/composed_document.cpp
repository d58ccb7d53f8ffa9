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

int pageOfBlock(QTextDocument &doc, int blockNumber)
{
    const QRectF rect = doc.documentLayout()->blockBoundingRect(doc.findBlockByNumber(blockNumber));
    return int(std::floor((rect.top() + 1) / doc.pageSize().height())) + 2;
}

} // namespace

ComposedDocument composeDocument(const BriefContent &content, const BriefStyle &style, QPaintDevice *device,
                                 QSizeF bodySize)
{
    ComposedDocument out;
    out.doc = std::make_unique<QTextDocument>();
    QTextDocument &doc = *out.doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDocumentMargin(0);
    doc.setUseDesignMetrics(true);
    doc.setDefaultFont(BriefStyle::serif(10));
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
                                 writeTimeline(w, content, bodySize.width(), bodySize.height() * 0.8, device)});
        const auto settle = [&](const QVector<KeepWithNext> &keep) {
            batch.endEditBlock();
            keepHeadingsWithText(doc, style, keep);
            batch.beginEditBlock();
        };
        out.contents.append({QStringLiteral("Events"), writeEvents(w, content, settle)});
        out.contents.append({QStringLiteral("Sources"), writeSources(w, out.citations)});
    }
    batch.endEditBlock();
    for (ContentsEntry &entry : out.contents)
        entry.page = pageOfBlock(doc, entry.block);
    out.bodyPages = doc.pageCount();
    return out;
}

} // namespace summit::brief
