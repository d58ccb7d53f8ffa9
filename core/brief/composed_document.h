#pragma once

// Internal to core/brief: the laid-out body of a briefing and the page painting around it.

#include "brief/brief_content.h"
#include "brief/brief_style.h"
#include "brief/citation_registry.h"
#include "brief/doc_writer.h"

#include <QTextDocument>
#include <memory>

class QPaintDevice;
class QPainter;

namespace summit::brief {

/// A contents line of the cover: a part heading and the page it starts on.
struct ContentsEntry
{
    QString title;
    int block = 0;
    int page = 0; ///< 1-based page of the whole PDF (the cover is page 1)
};

/// A run of marked text (a citation or a source entry label) in document coordinates.
struct TextMark
{
    QRectF rect;
    int number = 0; ///< the source's number n
};

/// The body pages (everything after the cover) laid out for one device and body size.
struct ComposedDocument
{
    std::unique_ptr<QTextDocument> doc;
    CitationRegistry citations;
    QVector<ContentsEntry> contents;
    int bodyPages = 0;
    /// Each body page as a band of the document: [top, next page's top). Cuts fall between
    /// whole lines.
    QVector<qreal> pageTops;
    /// Where each page's drawing starts: below every line of the pages before it, so a line
    /// whose descenders reach past a cut is never drawn (and extracted) on two pages.
    QVector<qreal> drawTops;
    QVector<OutlineMark> outline;
    QVector<TextMark> citationMarks; ///< every printed [n]
    QVector<TextMark> sourceMarks;   ///< each source entry's [n] label
    /// The 0-based body page holding document y.
    int pageAt(qreal y) const;
};

struct KeepWithNext;

/// Cuts the laid-out document (one endless page) into body pages: between whole lines, before
/// every forced page break, never inside a table row, a kept-together table (fact boxes) or a
/// heading and the room it needs below it. Fills pageTops and drawTops.
void cutPages(QTextDocument &doc, ComposedDocument &out, qreal pageHeight, const QVector<KeepWithNext> &keeps,
              const BriefStyle &style);

ComposedDocument composeDocument(const BriefContent &content, const BriefStyle &style, QPaintDevice *device,
                                 QSizeF bodySize);

/// The cover: title, scope, date, figures and contents. page is the full page in device units.
void paintCover(QPainter &painter, const BriefStyle &style, const BriefContent &content, const QRectF &page,
                const QVector<ContentsEntry> &contents);
/// Running header (title and scope) and footer (page n of N) of a body page.
void paintFurniture(QPainter &painter, const BriefStyle &style, const BriefContent &content, const QRectF &page,
                    int pageNumber, int pageCount);

} // namespace summit::brief
