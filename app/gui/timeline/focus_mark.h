#pragma once

#include <QGraphicsItem>

namespace summit::gui {

class TimelineView;

/// The keyboard focus ring on the timeline. It sits over the event layer and finds the focused
/// event in the layer's current layout each time it paints, so it follows zoom, pan and
/// relayout without being told. It shows only while the view has the keyboard focus, as focus
/// rings do everywhere else on the desktop.
class FocusMark final : public QGraphicsItem
{
public:
    explicit FocusMark(TimelineView &view);

    void setEvent(qint64 id);
    /// The plot area moved or changed size: the ring may now be drawn anywhere in it.
    void followPlot();
    /// The drawn item (event or cluster) holding the focused event, in scene coordinates;
    /// empty when it is outside the visible range.
    QRectF focusedRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    TimelineView &m_view;
    qint64 m_id = 0;
    QRectF m_area; ///< the plot, with room for a ring at its edge
};

} // namespace summit::gui
