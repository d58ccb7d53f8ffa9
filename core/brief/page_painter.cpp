#include "brief/composed_document.h"

#include "brief/brief_dates.h"

#include <QFontMetricsF>
#include <QPainter>

namespace summit::brief {

namespace {

// Draws wrapped text in a column and returns its height.
qreal drawWrapped(QPainter &p, const QFont &font, const QColor &color, const QRectF &column, const QString &text)
{
    p.setFont(font);
    p.setPen(color);
    const QFontMetricsF metrics(font, p.device());
    const QRectF bounds = metrics.boundingRect(QRectF(column.left(), column.top(), column.width(), 1e6),
                                               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    p.drawText(QRectF(column.left(), column.top(), column.width(), bounds.height() + 2),
               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return bounds.height();
}

void paintFigures(QPainter &p, const BriefStyle &s, const BriefContent &content, const QRectF &box)
{
    p.fillRect(box, BriefStyle::shade());
    p.fillRect(QRectF(box.left(), box.top(), s.pt(3), box.height()), BriefStyle::accent());
    const struct
    {
        int value;
        const char *label;
    } figures[] = {{int(content.events.size()), "Events"},
                   {content.inScope.articles, "Articles"},
                   {content.inScope.outlets, "Outlets"},
                   {content.inScope.quotes, "Quotes"}};
    const qreal column = (box.width() - s.pt(24)) / 4;
    const QFont number = BriefStyle::sans(24, QFont::Bold);
    const QFont label = BriefStyle::sans(7, QFont::Bold);
    const QFontMetricsF numberMetrics(number, p.device());
    for (int i = 0; i < 4; ++i) {
        const qreal x = box.left() + s.pt(20) + i * column;
        p.setFont(number);
        p.setPen(BriefStyle::accent());
        p.drawText(QPointF(x, box.top() + s.pt(16) + numberMetrics.ascent()), QString::number(figures[i].value));
        p.setFont(label);
        p.setPen(BriefStyle::muted());
        p.drawText(QPointF(x, box.top() + s.pt(24) + numberMetrics.height()),
                   QString::fromLatin1(figures[i].label).toUpper());
    }
    const QString corpus = QStringLiteral("Figures for the scope above. The whole corpus holds %1 articles from %2 outlets and %3 quotes.")
                               .arg(content.corpus.articles)
                               .arg(content.corpus.outlets)
                               .arg(content.corpus.quotes);
    drawWrapped(p, BriefStyle::sans(8), BriefStyle::muted(),
                QRectF(box.left() + s.pt(20), box.bottom() - s.pt(22), box.width() - s.pt(30), s.pt(14)), corpus);
}

void paintContents(QPainter &p, const BriefStyle &s, const QVector<ContentsEntry> &contents, QRectF column)
{
    p.setFont(BriefStyle::sans(8, QFont::Bold));
    p.setPen(BriefStyle::accent());
    const QFontMetricsF head(p.font(), p.device());
    p.drawText(QPointF(column.left(), column.top() + head.ascent()), QStringLiteral("CONTENTS"));
    const QFont entryFont = BriefStyle::sans(10.5);
    const QFontMetricsF metrics(entryFont, p.device());
    qreal y = column.top() + head.height() + s.pt(10);
    for (const ContentsEntry &entry : contents) {
        p.setFont(entryFont);
        p.setPen(BriefStyle::ink());
        const qreal baseline = y + metrics.ascent();
        p.drawText(QPointF(column.left(), baseline), entry.title);
        const QString page = QString::number(entry.page);
        const qreal pageWidth = metrics.horizontalAdvance(page);
        p.drawText(QPointF(column.right() - pageWidth, baseline), page);
        p.setPen(QPen(BriefStyle::rule(), s.pt(0.6), Qt::DotLine));
        p.drawLine(QPointF(column.left() + metrics.horizontalAdvance(entry.title) + s.pt(6), baseline),
                   QPointF(column.right() - pageWidth - s.pt(6), baseline));
        y += metrics.height() + s.pt(8);
    }
}

} // namespace

void paintCover(QPainter &p, const BriefStyle &s, const BriefContent &content, const QRectF &page,
                const QVector<ContentsEntry> &contents)
{
    const QMarginsF m = BriefStyle::pageMarginsPt();
    const QRectF body(page.left() + s.pt(m.left()), page.top() + s.pt(m.top()),
                      page.width() - s.pt(m.left() + m.right()), page.height() - s.pt(m.top() + m.bottom()));
    p.fillRect(QRectF(page.left(), page.top(), page.width(), s.pt(10)), BriefStyle::accent());

    qreal y = body.top() + s.pt(24);
    y += drawWrapped(p, BriefStyle::sans(8.5, QFont::Bold), BriefStyle::accent(),
                     QRectF(body.left(), y, body.width(), 0), QStringLiteral("SUMMITLINE BRIEFING"));
    y += s.pt(10);
    p.fillRect(QRectF(body.left(), y, s.pt(44), s.pt(2.5)), BriefStyle::accent());
    y += s.pt(26);
    y += drawWrapped(p, BriefStyle::sans(28, QFont::Bold), BriefStyle::ink(), QRectF(body.left(), y, body.width(), 0),
                     content.title);
    y += s.pt(14);
    y += drawWrapped(p, BriefStyle::serif(13, QFont::Normal, true), BriefStyle::muted(),
                     QRectF(body.left(), y, body.width() * 0.9, 0), content.scope);
    y += s.pt(10);
    drawWrapped(p, BriefStyle::sans(9), BriefStyle::muted(), QRectF(body.left(), y, body.width(), 0),
                QStringLiteral("Generated %1").arg(dateText(content.generated.date())));

    const QRectF figures(body.left(), page.top() + page.height() * 0.42, body.width(), s.pt(96));
    paintFigures(p, s, content, figures);
    paintContents(p, s, contents,
                  QRectF(body.left(), figures.bottom() + s.pt(34), body.width() * 0.6, s.pt(120)));

    const QString note = QStringLiteral(
        "Every quotation is printed exactly as stored from its source article. Bracketed numbers refer to the "
        "sources listed at the end, each with outlet, date, title and address.");
    const QFont noteFont = BriefStyle::serif(8.5, QFont::Normal, true);
    const QFontMetricsF noteMetrics(noteFont, p.device());
    const qreal noteHeight = noteMetrics.boundingRect(QRectF(0, 0, body.width() * 0.8, 1e6), Qt::TextWordWrap, note).height();
    p.setPen(QPen(BriefStyle::rule(), s.pt(0.5)));
    p.drawLine(QPointF(body.left(), body.bottom() - noteHeight - s.pt(10)),
               QPointF(body.right(), body.bottom() - noteHeight - s.pt(10)));
    drawWrapped(p, noteFont, BriefStyle::muted(), QRectF(body.left(), body.bottom() - noteHeight, body.width() * 0.8, 0),
                note);
}

void paintFurniture(QPainter &p, const BriefStyle &s, const BriefContent &content, const QRectF &page,
                    int pageNumber, int pageCount)
{
    const QMarginsF m = BriefStyle::pageMarginsPt();
    const qreal left = page.left() + s.pt(m.left());
    const qreal right = page.right() - s.pt(m.right());
    const qreal width = right - left;

    const QFont titleFont = BriefStyle::sans(7.5, QFont::Bold);
    const QFont scopeFont = BriefStyle::sans(7.5);
    const QFontMetricsF titleMetrics(titleFont, p.device());
    const QFontMetricsF scopeMetrics(scopeFont, p.device());
    const qreal headerBaseline = page.top() + s.pt(m.top() - 34);
    const QString title = titleMetrics.elidedText(content.title, Qt::ElideRight, width * 0.45);
    const QString scope = scopeMetrics.elidedText(content.scope, Qt::ElideRight, width * 0.5);
    p.setFont(titleFont);
    p.setPen(BriefStyle::accent());
    p.drawText(QPointF(left, headerBaseline), title);
    p.setFont(scopeFont);
    p.setPen(BriefStyle::muted());
    p.drawText(QPointF(right - scopeMetrics.horizontalAdvance(scope), headerBaseline), scope);
    p.setPen(QPen(BriefStyle::rule(), s.pt(0.5)));
    p.drawLine(QPointF(left, headerBaseline + s.pt(7)), QPointF(right, headerBaseline + s.pt(7)));

    const qreal footerTop = page.bottom() - s.pt(m.bottom() - 26);
    p.drawLine(QPointF(left, footerTop), QPointF(right, footerTop));
    const QFont footFont = BriefStyle::sans(7.5);
    const QFontMetricsF footMetrics(footFont, p.device());
    const qreal footBaseline = footerTop + s.pt(6) + footMetrics.ascent();
    p.setFont(footFont);
    p.setPen(BriefStyle::muted());
    p.drawText(QPointF(left, footBaseline),
               QStringLiteral("Summitline briefing \u00b7 generated %1").arg(dateText(content.generated.date())));
    const QString number = QStringLiteral("Page %1 of %2").arg(pageNumber).arg(pageCount);
    p.drawText(QPointF(right - footMetrics.horizontalAdvance(number), footBaseline), number);
}

} // namespace summit::brief
