#include "brief/composed_document.h"

#include "brief/doc_writer.h"
#include "brief/sections.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <cmath>

namespace summit::brief {

namespace {

int pageOfBlock(QTextDocument &doc, int blockNumber, const QVector<qreal> &pageTops)
{
    const QRectF rect = doc.documentLayout()->blockBoundingRect(doc.findBlockByNumber(blockNumber));
    int page = 0;
    while (page + 1 < pageTops.size() && pageTops[page + 1] <= rect.top() + 1)
        ++page;
    return page + 2;
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
    // One endless page: the briefing is cut into pages by cutPages (page_cuts.cpp), which
    // keeps headings, rows and boxes together; Qt's own pagination would leave gaps elsewhere.
    doc.setPageSize(QSizeF(bodySize.width(), 1e9));
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
                                 writeTimeline(w, content, bodySize.width(), bodySize.height() * 0.5, device)});
        QVector<KeepWithNext> keeps;
        const auto settle = [&](const QVector<KeepWithNext> &keep) { keeps += keep; };
        out.contents.append({QStringLiteral("Events"), writeEvents(w, content, settle)});
        if (const int analyst = writeAnalystSection(w, content); analyst >= 0)
            out.contents.append({QStringLiteral("Analyst\u2019s notes"), analyst});
        out.contents.append({QStringLiteral("Sources"), writeSources(w, out.citations)});
        out.outline = w.outline();
        batch.endEditBlock();
        cutPages(doc, out, bodySize.height(), keeps, style);
    }
    for (ContentsEntry &entry : out.contents)
        entry.page = pageOfBlock(doc, entry.block, out.pageTops);
    out.bodyPages = int(out.pageTops.size());
    collectMarks(doc, out);
    return out;
}

} // namespace summit::brief
