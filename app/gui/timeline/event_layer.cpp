#include "timeline/event_layer.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace summit::gui {

EventLayer::EventLayer(QGraphicsItem *parent) : QGraphicsObject(parent)
{
    m_titleFont.setPointSizeF(m_font.pointSizeF() * 0.85);
    m_titleFont.setCapitalization(QFont::AllUppercase);
    m_titleFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    setAcceptedMouseButtons(Qt::NoButton); // the view handles input
}

void EventLayer::setContent(const QVector<library::EventRecord> *events, QVector<int> shown,
                            QVector<int> laneOf, QStringList laneTitles)
{
    m_events = events;
    m_shown = std::move(shown);
    m_laneOf = std::move(laneOf);
    m_laneTitles = std::move(laneTitles);
    relayout();
}

void EventLayer::setView(const QRectF &plot, double t0, double t1)
{
    if (plot != m_plot)
        prepareGeometryChange();
    m_plot = plot;
    m_t0 = t0;
    m_t1 = t1;
    relayout();
}

void EventLayer::setSelectedEvent(qint64 id)
{
    m_selected = id;
    update();
}

void EventLayer::setHighlightedEvents(const QSet<qint64> &ids)
{
    m_highlighted = ids;
    update();
}

void EventLayer::setColors(const TimelineColors &colors)
{
    m_colors = colors;
    update();
}

void EventLayer::relayout()
{
    m_layout = {};
    if (m_events && m_plot.width() > 10) {
        LayoutInput in;
        in.events = m_events;
        in.shown = m_shown;
        in.laneOf = m_laneOf;
        in.laneCount = std::max<int>(1, int(m_laneTitles.size()));
        in.t0 = m_t0;
        in.t1 = m_t1;
        in.plot = m_plot;
        const QFontMetricsF fm(m_font);
        in.textWidth = [fm](const QString &s) { return fm.horizontalAdvance(s); };
        in.rowHeight = std::max(22.0, fm.height() + 8);
        in.minRowHeight = fm.height() + 3; // still one clear line of text per row
        in.laneHeader = QFontMetricsF(m_titleFont).height() + 4;
        m_layout = layoutTimeline(in);
    }
    update();
}

int EventLayer::itemAt(const QPointF &pos) const
{
    for (int i = int(m_layout.items.size()) - 1; i >= 0; --i) {
        const PlacedItem &item = m_layout.items.at(i);
        if (item.mark.adjusted(-3, -3, 3, 3).contains(pos) || item.label.contains(pos))
            return i;
    }
    return -1;
}

QRectF EventLayer::boundingRect() const
{
    return m_plot;
}

void EventLayer::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->save();
    p->setClipRect(m_plot);
    p->setRenderHint(QPainter::Antialiasing);
    for (int l = 0; l < m_layout.lanes.size(); ++l) {
        const QRectF lane = m_layout.lanes.at(l);
        QColor band = l % 2 ? m_colors.laneB : m_colors.laneA;
        band.setAlpha(150);
        p->fillRect(lane, band);
        p->setFont(m_titleFont);
        p->setPen(m_colors.lane(l));
        p->drawText(lane.adjusted(6, 2, -6, 0), Qt::AlignLeft | Qt::AlignTop,
                    m_laneTitles.value(l));
    }
    p->setFont(m_font);
    for (const PlacedItem &item : m_layout.items)
        paintItem(p, item);
    p->restore();
}

void EventLayer::paintItem(QPainter *p, const PlacedItem &item) const
{
    const QColor base = m_colors.lane(item.lane);
    bool selected = false;
    bool hit = false;
    for (int i : item.events) {
        const qint64 id = m_events->at(i).id;
        selected = selected || id == m_selected;
        hit = hit || m_highlighted.contains(id);
    }
    if (hit) {
        // Inset vertically so halos of neighbouring rows stay apart.
        const QRectF halo = item.mark.united(item.label).adjusted(-3, 1.5, 3, -1.5);
        p->setPen(Qt::NoPen);
        p->setBrush(m_colors.searchHit);
        p->drawRoundedRect(halo, 5, 5);
    }
    const QRectF m = item.mark;
    if (item.point) {
        QPainterPath diamond;
        const QPointF c = m.center();
        const double r = m.width() / 2 + 1;
        diamond.moveTo(c.x(), c.y() - r);
        diamond.lineTo(c.x() + r, c.y());
        diamond.lineTo(c.x(), c.y() + r);
        diamond.lineTo(c.x() - r, c.y());
        diamond.closeSubpath();
        p->setPen(QPen(base.darker(130), 1));
        p->setBrush(base);
        p->drawPath(diamond);
    } else if (item.fuzzy) {
        // Known only to a month, season or year: a soft extent, never a false exact day.
        QLinearGradient g(m.topLeft(), m.topRight());
        QColor solid = base;
        solid.setAlpha(120);
        QColor clear = base;
        clear.setAlpha(0);
        g.setColorAt(0, clear);
        g.setColorAt(0.2, solid);
        g.setColorAt(0.8, solid);
        g.setColorAt(1, clear);
        p->setPen(Qt::NoPen);
        p->setBrush(g);
        p->drawRoundedRect(m, 3, 3);
        QColor hatch = base.darker(140);
        hatch.setAlpha(110);
        p->setBrush(QBrush(hatch, Qt::BDiagPattern));
        p->drawRoundedRect(m, 3, 3);
        p->setPen(QPen(hatch, 1, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(m, 3, 3);
    } else {
        QColor fill = base;
        fill.setAlpha(item.isCluster() ? 120 : 90);
        p->setPen(QPen(base, 1.2));
        p->setBrush(fill);
        p->drawRoundedRect(m, 4, 4);
    }
    if (item.isCluster()) {
        // A count badge so a cluster reads as "several things here".
        const QString n = QString::number(item.events.size());
        const QRectF badge(m.left() - 2, m.top() - 5, 8 + 6 * n.size(), 11);
        p->setPen(Qt::NoPen);
        p->setBrush(base.darker(150));
        p->drawRoundedRect(badge, 5, 5);
        QFont small = m_font;
        small.setPointSizeF(m_font.pointSizeF() * 0.7);
        small.setBold(true);
        p->setFont(small);
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, n);
        p->setFont(m_font);
    }
    if (selected) {
        p->setPen(QPen(m_colors.selection, 2.2));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(m.adjusted(-2, -2, 2, 2), 5, 5);
    }
    QFont f = m_font;
    f.setUnderline(selected);
    p->setFont(f);
    p->setPen(m_colors.text);
    const QString text = QFontMetricsF(f).elidedText(item.text, Qt::ElideRight, item.label.width() + 1);
    p->drawText(item.label, Qt::AlignLeft | Qt::AlignVCenter, text);
    p->setFont(m_font);
}

} // namespace summit::gui
