// The timeline as a picture. Only the widget's public QWidget API is used (render), so the
// image follows whatever the timeline paints, however its internals change.
#include "export/timeline_image.h"

#include "export/record_export.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

namespace summit::gui {

QImage timelineImage(QWidget *timeline, qreal scale)
{
    const QSize logical = timeline->size();
    QImage image(logical * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(timeline->palette().color(QPalette::Window));
    timeline->render(&image);
    return image;
}

QByteArray timelineSvg(QWidget *timeline, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(timeline->size());
    svg.setViewBox(QRect(QPoint(0, 0), timeline->size()));
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("Summitline timeline"));
    {
        QPainter painter(&svg);
        timeline->render(&painter);
    }
    return buffer.data();
}

void writeTimelineImage(QWidget *timeline, const QString &path, TimelineImageFormat format)
{
    QByteArray bytes;
    if (format == TimelineImageFormat::Svg) {
        bytes = timelineSvg(timeline, QStringLiteral("Summitline timeline"));
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const QImage image = timelineImage(timeline, format == TimelineImageFormat::Png2x ? 2.0 : 1.0);
        if (!image.save(&buffer, "PNG"))
            throw exporting::ExportError(QStringLiteral("cannot write %1: the image could not be encoded").arg(path));
    }
    exporting::writeExportFile(path, bytes);
}

QString exportTimelineImage(QWidget *parent, QWidget *timeline, TimelineImageFormat format)
{
    const bool svg = format == TimelineImageFormat::Svg;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString folder = !pictures.isEmpty() && QDir(pictures).exists() ? pictures : QDir::homePath();
    const QString suggested = QDir(folder)
                                  .filePath(svg ? QStringLiteral("summitline-timeline.svg")
                                                : format == TimelineImageFormat::Png2x
                                                      ? QStringLiteral("summitline-timeline@2x.png")
                                                      : QStringLiteral("summitline-timeline.png"));
    const QString path = QFileDialog::getSaveFileName(
        parent, QStringLiteral("Export Timeline"), suggested,
        svg ? QStringLiteral("SVG image (*.svg)") : QStringLiteral("PNG image (*.png)"));
    if (path.isEmpty())
        return {};
    try {
        writeTimelineImage(timeline, path, format);
    } catch (const exporting::ExportError &e) {
        QMessageBox::warning(parent, QStringLiteral("Export Failed"), e.message());
        return {};
    }
    return path;
}

} // namespace summit::gui
