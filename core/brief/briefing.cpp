#include "brief/briefing.h"

#include "brief/brief_error.h"
#include "brief/brief_loader.h"
#include "brief/composed_document.h"
#include "brief/pdf_info_update.h"
#include "brief/pdf_structure.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

namespace summit::brief {

namespace {

QPageSize pageSizeOf(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

void requireGuiApplication()
{
    // Fonts need the platform's font database, which only a QGuiApplication provides; without
    // it Qt aborts, so say so instead.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw BriefError(QStringLiteral("The PDF briefing needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen "
                                        "on a machine without a display)."));
}

} // namespace

namespace {

// Where the painter put the document's marks, in points from each page's top-left: the
// cover is page 0, body page i is page i + 1.
void describeStructure(const ComposedDocument &composed, const QTextDocument &doc, const QRectF &body, qreal dpi,
                       PdfStructure &out)
{
    const qreal toPt = 72.0 / dpi;
    auto place = [&](const QRectF &docRect, int *page) {
        const int i = composed.pageAt(docRect.top());
        *page = i + 1;
        return QRectF(body.left() + docRect.left(), body.top() + docRect.top() - composed.pageTops[i], docRect.width(),
                      docRect.height());
    };
    QHash<int, QPair<int, qreal>> targets;
    for (const TextMark &m : composed.sourceMarks) {
        int page = 0;
        const QRectF r = place(m.rect, &page);
        targets.insert(m.number, {page, r.top() * toPt - 4});
    }
    for (const TextMark &m : composed.citationMarks) {
        const auto target = targets.constFind(m.number);
        if (target == targets.cend())
            continue;
        int page = 0;
        const QRectF r = place(m.rect, &page);
        out.links.append({page, QRectF(r.left() * toPt, r.top() * toPt, r.width() * toPt, r.height() * toPt),
                          target->first, target->second});
    }
    out.outline.append({QStringLiteral("Cover"), 0, 0, 0});
    for (const OutlineMark &o : composed.outline) {
        const QRectF rect = doc.documentLayout()->blockBoundingRect(doc.findBlockByNumber(o.block));
        int page = 0;
        const QRectF r = place(rect, &page);
        out.outline.append({o.title, page, r.top() * toPt - 6, o.level});
    }
}

} // namespace

int Briefing::render(QPagedPaintDevice &device, PdfStructure *structure) const
{
    requireGuiApplication();
    device.setPageLayout(QPageLayout(pageSizeOf(m_content.request.paper), QPageLayout::Portrait, QMarginsF()));
    const BriefStyle style(device.logicalDpiX());
    const QPageLayout layout = device.pageLayout();
    const QRectF full = layout.fullRectPixels(device.logicalDpiX());
    // Painting starts at the paintable area's corner; shift so coordinates are page coordinates.
    const QPointF origin = layout.paintRectPixels(device.logicalDpiX()).topLeft();
    const QRectF page(full.topLeft() - origin, full.size());

    const QMarginsF m = BriefStyle::pageMarginsPt();
    const QRectF body(page.left() + style.pt(m.left()), page.top() + style.pt(m.top()),
                      page.width() - style.pt(m.left() + m.right()), page.height() - style.pt(m.top() + m.bottom()));
    const ComposedDocument composed = composeDocument(m_content, style, &device, body.size());
    const int pageCount = composed.bodyPages + 1;

    QPainter painter;
    if (!painter.begin(&device))
        throw BriefError(QStringLiteral("Cannot paint on the output device."));
    painter.setRenderHint(QPainter::Antialiasing);
    paintCover(painter, style, m_content, page, composed.contents);

    QAbstractTextDocumentLayout *docLayout = composed.doc->documentLayout();
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, BriefStyle::ink());
    for (int i = 0; i < composed.bodyPages; ++i) {
        device.newPage();
        paintFurniture(painter, style, m_content, page, i + 2, pageCount);
        painter.save();
        const qreal top = composed.pageTops[i];
        const qreal next = i + 1 < composed.bodyPages ? composed.pageTops[i + 1] : top + body.height();
        painter.translate(body.left(), body.top() - top);
        // The layout draws the lines that meet context.clip: from below the last line of the
        // page before to just above the next page's first line. The painter clip is the body.
        context.clip = QRectF(0, composed.drawTops[i], body.width(), next - 0.5 - composed.drawTops[i]);
        painter.setClipRect(QRectF(0, top, body.width(), qMin(body.height(), next - top + style.pt(4))));
        docLayout->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    if (structure)
        describeStructure(composed, *composed.doc, body.translated(-page.topLeft()), device.logicalDpiX(), *structure);
    return pageCount;
}

Briefing buildBriefing(Database &db, const BriefRequest &request)
{
    return Briefing(loadBriefContent(db, request));
}

int writeBriefing(Database &db, const BriefRequest &request, const QString &path)
{
    return writeBriefing(buildBriefing(db, request), path);
}

namespace {

// Why a write failed, in words: Qt reports a full disk as "Unknown error" on some paths.
QString writeFailure(const QString &path, const QFileDevice &file, qint64 needed)
{
    const QStorageInfo volume(QFileInfo(path).absolutePath());
    if (volume.isValid() && volume.bytesAvailable() < needed)
        return QStringLiteral("Cannot write the briefing to %1: the disk is full (%2 KB needed, %3 KB free)")
            .arg(path)
            .arg((needed + 1023) / 1024)
            .arg(volume.bytesAvailable() / 1024);
    const QString why = file.error() == QFileDevice::NoError || file.errorString() == QLatin1String("Unknown error")
                            ? QString::fromLocal8Bit(std::strerror(errno))
                            : file.errorString();
    return QStringLiteral("Cannot write the briefing to %1: %2").arg(path, why);
}

} // namespace

int writeBriefing(const Briefing &briefing, const QString &path)
{
    requireGuiApplication();
    const QFileInfo target(path);
    if (target.isDir())
        throw BriefError(QStringLiteral("Cannot write the briefing to %1: it is a folder").arg(path));
    // Rendered in memory first: the Author field is added to the finished bytes.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    PdfStructure structure;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(briefing.content().title);
        writer.setCreator(QStringLiteral("Summitline"));
        pages = briefing.render(writer, &structure);
    }
    // Qt writes the pages; qpdf adds the language, the bookmarks and the [n] links.
    const QByteArray pdf = addPdfStructure(withAuthor(buffer.data(), briefing.content().author), structure);
    if (target.exists() && !target.isFile()) {
        // A device or a pipe (/dev/null, a named pipe to a viewer): written to as it is. Writing
        // a temporary file and renaming it over the name would replace the device with a file.
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || device.write(pdf) != pdf.size())
            throw BriefError(writeFailure(path, device, pdf.size()));
        return pages;
    }
    // A regular file is replaced atomically: a temporary file is renamed over it when complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw BriefError(QStringLiteral("Cannot write the briefing to %1: %2").arg(path, file.errorString()));
    if (file.write(pdf) != pdf.size() || !file.commit())
        throw BriefError(writeFailure(path, file, pdf.size()));
    return pages;
}

} // namespace summit::brief
