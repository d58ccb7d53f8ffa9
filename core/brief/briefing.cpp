#include "brief/briefing.h"

#include "brief/brief_error.h"
#include "brief/brief_loader.h"
#include "brief/composed_document.h"
#include "brief/pdf_info_update.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

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

int Briefing::render(QPagedPaintDevice &device) const
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
        painter.translate(body.left(), body.top() - i * body.height());
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        docLayout->draw(&painter, context);
        painter.restore();
    }
    painter.end();
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

int writeBriefing(const Briefing &briefing, const QString &path)
{
    requireGuiApplication();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw BriefError(QStringLiteral("Cannot write the briefing to %1: %2").arg(path, file.errorString()));
    // Rendered in memory first: the Author field is added to the finished bytes.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(briefing.content().title);
        writer.setCreator(QStringLiteral("Summitline"));
        pages = briefing.render(writer);
    }
    const QByteArray pdf = withAuthor(buffer.data(), briefing.content().author);
    if (file.write(pdf) != pdf.size() || !file.commit())
        throw BriefError(QStringLiteral("Cannot write the briefing to %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace summit::brief
