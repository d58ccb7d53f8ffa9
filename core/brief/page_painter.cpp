#include "brief/composed_document.h"

#include "brief/brief_dates.h"
#include "brief/sections.h"

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

// The four figures the summary also states, counted from the briefing's content.
qreal paintFigures(QPainter &p, const BriefStyle &s, const BriefContent &content, const QRectF &box)
{
    const BriefFigures &f = content.figures;
    const struct
    {
        QString value;
        const char *label;
    } figures[] = {{QStringLiteral("%1 of %2").arg(f.reported).arg(f.events), "Events reported"},
                   {QString::number(f.sources), "Independent sources"},
                   {QString::number(f.articles), "Articles cited"},
                   {QString::number(f.quotes), "Quotations printed"}};
    const QFont number = BriefStyle::sans(17, QFont::Bold);
    const QFont label = BriefStyle::sans(7, QFont::Bold);
    const QFontMetricsF numberMetrics(number, p.device());
    const QFontMetricsF labelMetrics(label, p.device());
    const qreal height = s.pt(12) + numberMetrics.height() + s.pt(4) + labelMetrics.height() + s.pt(10);
    p.fillRect(QRectF(box.left(), box.top(), box.width(), height), BriefStyle::shade());
    p.fillRect(QRectF(box.left(), box.top(), s.pt(3), height), BriefStyle::accent());
    const qreal column = (box.width() - s.pt(16)) / 4;
    for (int i = 0; i < 4; ++i) {
        const qreal x = box.left() + s.pt(14) + i * column;
        p.setFont(number);
        p.setPen(BriefStyle::accent());
        p.drawText(QPointF(x, box.top() + s.pt(12) + numberMetrics.ascent()), figures[i].value);
        p.setFont(label);
        p.setPen(BriefStyle::muted());
        p.drawText(QPointF(x, box.top() + s.pt(16) + numberMetrics.height() + labelMetrics.ascent()),
                   QString::fromLatin1(figures[i].label).toUpper());
    }
    return height;
}

// One sentence per event in scope, then the state of each main topic: the briefing's bottom
// line, stopping (with a count of what is left) where the page ends.
qreal paintBottomLine(QPainter &p, const BriefStyle &s, const BriefContent &content, QRectF column)
{
    qreal y = column.top();
    y += drawWrapped(p, BriefStyle::sans(8, QFont::Bold), BriefStyle::accent(), QRectF(column.left(), y, column.width(), 0),
                     QStringLiteral("BOTTOM LINE")) + s.pt(5);
    const QFont font = BriefStyle::serif(10);
    const QFontMetricsF metrics(font, p.device());
    QStringList lines;
    int unreported = 0;
    for (const EventBrief &e : content.events) {
        if (!e.isReported()) {
            ++unreported;
            continue;
        }
        QString line = dateRangeText(e.start, e.end, true) + QStringLiteral(" \u2014 ") + e.title + QStringLiteral(". ");
        if (!e.summary.isEmpty())
            line += e.summary + u' ';
        line += QStringLiteral("(%1.)").arg(e.sources.size() == 1 ? QStringLiteral("One independent source")
                                                                   : QStringLiteral("%1 independent sources").arg(e.sources.size()));
        lines << line;
    }
    if (unreported > 0)
        lines << QStringLiteral("%1 more %2 in the record %3 not reported as news in the sources (listed in the summary).")
                     .arg(unreported)
                     .arg(unreported == 1 ? QStringLiteral("event") : QStringLiteral("events"))
                     .arg(unreported == 1 ? QStringLiteral("is") : QStringLiteral("are"));
    for (const TopicBrief &t : content.topics) {
        auto side = [](const char *name, int quotes, int statements) {
            if (quotes > 0)
                return QStringLiteral("%1 on record (%2)")
                    .arg(QLatin1String(name), quotes == 1 ? QStringLiteral("1 quotation") : QStringLiteral("%1 quotations").arg(quotes));
            if (statements > 0)
                return QStringLiteral("%1 reported, not quoted").arg(QLatin1String(name));
            return QStringLiteral("no statement by %1 in the sources").arg(QLatin1String(name));
        };
        lines << QStringLiteral("%1: %2; %3.")
                     .arg(t.label, side("the United States", t.usQuotes, t.usStatements),
                          side("Russia", t.russiaQuotes, t.russiaStatements));
    }
    for (int i = 0; i < lines.size(); ++i) {
        const qreal h = metrics.boundingRect(QRectF(0, 0, column.width() - s.pt(10), 1e6), Qt::TextWordWrap, lines[i]).height();
        if (y + h + metrics.height() > column.bottom() && i < lines.size() - 1) {
            drawWrapped(p, font, BriefStyle::muted(), QRectF(column.left() + s.pt(10), y, column.width() - s.pt(10), 0),
                        QStringLiteral("\u2026 and %1 more in the summary.").arg(lines.size() - i));
            return y + metrics.height();
        }
        p.setPen(BriefStyle::accent());
        p.setFont(font);
        p.drawText(QPointF(column.left(), y + metrics.ascent()), QStringLiteral("\u2022"));
        y += drawWrapped(p, font, BriefStyle::ink(), QRectF(column.left() + s.pt(10), y, column.width() - s.pt(10), 0), lines[i])
             + s.pt(3);
    }
    return y;
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

    qreal y = body.top() + s.pt(8);
    y += drawWrapped(p, BriefStyle::sans(8.5, QFont::Bold), BriefStyle::accent(),
                     QRectF(body.left(), y, body.width(), 0), QStringLiteral("SUMMITLINE BRIEFING"));
    y += s.pt(8);
    p.fillRect(QRectF(body.left(), y, s.pt(44), s.pt(2.5)), BriefStyle::accent());
    y += s.pt(14);
    // Every block below starts where the one above ended: a long title pushes, never overlaps.
    y += drawWrapped(p, BriefStyle::sans(22, QFont::Bold), BriefStyle::ink(), QRectF(body.left(), y, body.width(), 0),
                     content.title);
    y += s.pt(8);
    y += drawWrapped(p, BriefStyle::serif(12, QFont::Normal, true), BriefStyle::muted(),
                     QRectF(body.left(), y, body.width(), 0), content.scope);
    y += s.pt(6);
    const QString asOf = content.informationAsOf.isValid() ? dateText(content.informationAsOf) : QStringLiteral("no dated article");
    y += drawWrapped(p, BriefStyle::sans(9), BriefStyle::ink(), QRectF(body.left(), y, body.width(), 0),
                     (content.author == u"Summitline"
                          ? QStringLiteral("Information as of %1 (the newest article cited) \u00b7 Prepared with Summitline, %2")
                                .arg(asOf, dateText(content.generated.date()))
                          : QStringLiteral("Information as of %1 (the newest article cited) \u00b7 Prepared by %2 with Summitline, %3")
                                .arg(asOf, content.author, dateText(content.generated.date()))));
    y += s.pt(14);
    y += paintFigures(p, s, content, QRectF(body.left(), y, body.width(), 0));
    y += s.pt(6);
    y += drawWrapped(p, BriefStyle::sans(8.5), BriefStyle::muted(), QRectF(body.left(), y, body.width(), 0),
                     summaryFigures(content));
    y += s.pt(16);
    const qreal contentsHeight = s.pt(24) + contents.size() * s.pt(21);
    const qreal noteRoom = s.pt(44);
    y = paintBottomLine(p, s, content, QRectF(body.left(), y, body.width(), body.bottom() - noteRoom - contentsHeight - y));
    paintContents(p, s, contents, QRectF(body.left(), qMax(y + s.pt(12), body.bottom() - noteRoom - contentsHeight),
                                         body.width() * 0.6, contentsHeight));

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
