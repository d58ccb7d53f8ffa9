#include "timeline/focus_mark.h"

#include "timeline/event_layer.h"
#include "timeline/timeline_view.h"

#include <QPainter>

namespace summit::gui {

FocusMark::FocusMark(TimelineView &view) : QGraphicsItem(view.eventLayer()), m_view(view)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1); // over the events of the layer it belongs to
    m_area = parentItem()->boundingRect().adjusted(-8, -8, 8, 8);
}

void FocusMark::followPlot()
{
    const QRectF area = parentItem()->boundingRect().adjusted(-8, -8, 8, 8);
    if (area == m_area)
        return;
    prepareGeometryChange(); // keeps the scene's index of where this item paints true
    m_area = area;
}

void FocusMark::setEvent(qint64 id)
{
    m_id = id;
    update();
}

QRectF FocusMark::focusedRect() const
{
    if (m_id == 0)
        return {};
    const auto &events = m_view.events();
    for (const PlacedItem &item : m_view.eventLayer()->currentLayout().items)
        for (int i : item.events)
            if (events.at(i).id == m_id)
                return item.mark.united(item.label);
    return {};
}

QRectF FocusMark::boundingRect() const
{
    // The ring moves with every relayout and is never told; covering the plot (and its edge,
    // where a ring may stick out) makes every repaint of the events repaint it too.
    return m_area;
}

void FocusMark::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_view.hasFocus())
        return;
    const QRectF r = focusedRect();
    if (r.isEmpty())
        return;
    const QRectF ring = r.adjusted(-5, -3, 5, 3);
    QColor line = m_view.palette().color(QPalette::Highlight);
    QColor wash = line;
    wash.setAlpha(40);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(wash);
    p->drawRoundedRect(ring, 6, 6);
    p->setPen(QPen(line, 2, Qt::DashLine));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(ring, 6, 6);
    p->restore();
}

} // namespace summit::gui
