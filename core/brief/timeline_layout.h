#pragma once

#include "brief/brief_style.h"

#include <QDate>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;
class QPaintDevice;

namespace summit::brief {

/// One event on the timeline figure.
struct TimelineItem
{
    QDate start;
    QDate end; ///< inclusive; equal to start for one-day events
    QString title;
    bool reported = false; ///< some article in the corpus reports it
    int importance = 0;    ///< labels are placed in this order, highest first (summits: 2)
};

/// The dates the axis spans: the briefing's scope. Items outside it sit on the axis ends as
/// edge markers pointing outwards, so one old event does not stretch the axis over years.
struct TimelineFrame
{
    QDate first; ///< invalid: from the items
    QDate last;
};

/// Where one label went: its box, the x of its leader line and its lane (0 = next to the axis).
struct PlacedLabel
{
    int item = 0;
    QRectF rect;
    qreal anchorX = 0;
    int lane = 0;
};

/// A date axis with a marker per event and labels stacked in lanes above it. Labels never
/// overlap each other, and no leader line crosses a label: a label that fits nowhere is left
/// out (its marker stays) and counted in omitted(). All lengths are in the device's units.
class TimelineLayout final
{
public:
    TimelineLayout(const QVector<TimelineItem> &items, qreal width, qreal maxHeight, const BriefStyle &style,
                   QPaintDevice *device, const TimelineFrame &frame = {});
    /// Items outside the frame (drawn as edge markers).
    int outliers() const;

    QSizeF size() const { return m_size; }
    const QVector<PlacedLabel> &labels() const { return m_labels; }
    int omitted() const { return int(m_items.size() - m_labels.size()); }
    /// Paints the figure with its top-left corner at origin.
    void paint(QPainter *painter, QPointF origin) const;

private:
    struct Tick
    {
        qreal x;
        QString text;
    };

    qreal xOf(QDate date) const; ///< clamped to the axis
    void placeLabels(int maxLanes);
    bool fits(const QRectF &rect, qreal anchorX, int lane, QVector<int> *conflicts = nullptr) const;
    void makeRoomForImportant(int maxLanes, const QVector<qreal> &widths, const QVector<qreal> &shortWidths);
    QRectF laneRect(qreal left, qreal width, int lane) const;
    void chooseTicks();

    QVector<TimelineItem> m_items;
    BriefStyle m_style;
    QPaintDevice *m_device;
    QSizeF m_size;
    QDate m_first;
    QDate m_last;
    qreal m_plotLeft = 0;
    qreal m_leftRoom = 0;  ///< room left of the axis for the edge markers of earlier events
    qreal m_rightRoom = 0; ///< and right of it for later ones
    qreal m_plotWidth = 0;
    qreal m_laneHeight = 0;
    qreal m_axisY = 0;
    int m_lanesUsed = 0;
    QVector<PlacedLabel> m_labels;
    QVector<Tick> m_ticks;
};

} // namespace summit::brief
