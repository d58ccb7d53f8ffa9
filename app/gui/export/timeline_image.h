#pragma once

#include <QByteArray>
#include <QImage>

class QWidget;

namespace summit::gui {

/// How the timeline is saved: PNG at the screen's pixels or at twice as many, or SVG.
enum class TimelineImageFormat { Png, Png2x, Svg };

/// The widget as it is on screen (axis, labels, marks) at scale × its logical size; the
/// image's devicePixelRatio is scale, so text stays the same size and gets sharper.
QImage timelineImage(QWidget *timeline, qreal scale);
/// The widget painted into an SVG document (text stays text, so labels remain searchable).
QByteArray timelineSvg(QWidget *timeline, const QString &title);
/// Renders and writes the image to path atomically. Throws exporting::ExportError naming the
/// file and the reason.
void writeTimelineImage(QWidget *timeline, const QString &path, TimelineImageFormat format);

/// File → Export → Timeline as …: asks for a file name, writes it, reports a failure.
/// Returns the file written, or an empty string when cancelled or failed.
QString exportTimelineImage(QWidget *parent, QWidget *timeline, TimelineImageFormat format);

} // namespace summit::gui
