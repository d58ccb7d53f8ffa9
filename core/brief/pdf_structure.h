#pragma once

// What QPdfWriter cannot write: the outline (bookmarks), internal links from [n] to the
// sources, and the document language. Added to the finished PDF with qpdf (libqpdf), which
// keeps the file well formed; no PDF syntax is written by hand. Internal to core/brief.

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QVector>

namespace summit::brief {

/// A bookmark: title, 0-based page, y from the page's top in points, nesting level (0 or 1).
struct PdfOutlineEntry
{
    QString title;
    int page = 0;
    qreal top = 0;
    int level = 0;
};

/// A clickable area on a page (points, from the page's top-left) that jumps to a place.
struct PdfInternalLink
{
    int page = 0;
    QRectF rect;
    int targetPage = 0;
    qreal targetTop = 0;
};

struct PdfStructure
{
    QString language = QStringLiteral("en");
    QVector<PdfOutlineEntry> outline;
    QVector<PdfInternalLink> links;
};

/// The PDF with the structure added. Throws BriefError when qpdf cannot read what Qt wrote.
QByteArray addPdfStructure(const QByteArray &pdf, const PdfStructure &structure);

} // namespace summit::brief
