#pragma once

#include "timeline/timeline_colors.h"
#include "timeline/timeline_framing.h"
#include "timeline/timeline_layout.h"

#include <QFont>
#include <QGraphicsObject>
#include <QSet>

namespace summit::gui {

/// Paints the events over the chart's plot area. The chart keeps the axis and grid; this
/// item draws only what is visible, using the layout computed for the current view.
class EventLayer final : public QGraphicsObject
{
    Q_OBJECT
public:
    explicit EventLayer(QGraphicsItem *parent = nullptr);

    /// events must outlive the layer's next call to setContent.
    void setContent(const QVector<library::EventRecord> *events, QVector<int> shown,
                    QVector<int> laneOf, QStringList laneTitles);
    /// t0, t1 in axis units (time through warp when gaps are compressed).
    void setView(const QRectF &plot, double t0, double t1);
    /// The view's gap compression (nullptr or identity: none); must outlive the layer's use.
    void setWarp(const TimeWarp *warp);
    void setSelectedEvent(qint64 id);
    void setHighlightedEvents(const QSet<qint64> &ids);
    void setColors(const TimelineColors &colors);

    /// The layout of the current view, in scene coordinates: when a pan reuses a cached wider
    /// layout, this is its part in view, moved by the pan.
    const TimelineLayout &currentLayout() const { return m_layout; }
    /// How many times the layer has run layoutTimeline: a pan at a fixed zoom that stays
    /// inside the cached window does not, for tests and the bench.
    int layoutCount() const { return m_layoutCount; }
    /// The layout the current view would get on a plot of another size (same events, range,
    /// fonts): what a smaller screen shows, for tests.
    TimelineLayout layoutFor(const QRectF &plot) const;
    /// Index into currentLayout().items under pos (scene coordinates), or -1.
    int itemAt(const QPointF &pos) const;
    /// Shown events outside the view, announced by the edge markers ("← 2001", "2009 →").
    const OutsideView &outside() const { return m_outside; }
    /// -1 over the left edge marker, +1 over the right one, 0 elsewhere.
    int edgeMarkerAt(const QPointF &pos) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /// A layout of a window wider than the view at the view's scale (or of the view alone,
    /// after a zoom). Panning at a fixed zoom
    /// moves the view inside the window and reuses it; a zoom, a resize, or a content,
    /// selection or warp change (generation) needs another.
    struct CachedWindow
    {
        quint64 generation = 0;
        QSizeF viewSize;
        double top = 0;
        double pxPerAxis = 0;
        double t0 = 0; ///< the window's axis range
        double t1 = 0;
        double left = 0; ///< scene x of t0 in `layout`
        TimelineLayout layout;
    };
    void relayout();
    CachedWindow windowKey() const; ///< the current view's generation and scale, no layout
    static bool sameScale(const CachedWindow &a, const CachedWindow &b);
    const CachedWindow *cachedWindow(const CachedWindow &key);
    const CachedWindow &addWindow(const CachedWindow &key);
    const CachedWindow &keepWindow(const CachedWindow &key, double t0, double t1, double left, TimelineLayout layout);
    TimelineLayout viewOf(const CachedWindow &window) const;
    void dropDenseWindows();
    LayoutInput layoutInput(const QRectF &plot) const;
    void paintItem(QPainter *p, const PlacedItem &item) const;
    void paintDensity(QPainter *p, const LaneDensity &d) const;
    void paintEdgeMarkers(QPainter *p) const;
    void paintBreaks(QPainter *p) const;
    QRectF edgeMarkerRect(int side) const;
    QString edgeMarkerText(int side) const;
    double labelWidth(int eventIndex) const;

    const QVector<library::EventRecord> *m_events = nullptr;
    QVector<int> m_shown;
    QVector<int> m_laneOf;
    QStringList m_laneTitles;
    QRectF m_plot;
    double m_t0 = 0;
    double m_t1 = 1;
    qint64 m_selected = 0;
    QSet<qint64> m_highlighted;
    TimelineColors m_colors;
    QFont m_font;
    QFont m_titleFont;
    TimelineLayout m_layout;
    QVector<CachedWindow> m_windows; ///< most recently used first, a few zoom levels
    quint64 m_generation = 1; ///< 0: the key of no layout yet
    CachedWindow m_lastFresh; ///< the scale of the last layout of the view alone (no layout kept)
    int m_layoutCount = 0;
    const TimeWarp *m_warp = nullptr;
    OutsideView m_outside;
    QVector<double> m_importance;          ///< per event: fixed until the content changes
    mutable QVector<double> m_labelWidths; ///< per event, measured on first use (-1: not yet)
};

} // namespace summit::gui
