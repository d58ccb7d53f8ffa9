#pragma once

#include "library/records.h"
#include "timeline/lanes.h"
#include "timeline/time_warp.h"

#include <QChartView>
#include <QSet>

class QCategoryAxis;
class QRubberBand;

namespace summit::gui {

class EventLayer;
class TimelineFocus;

/// The timeline: a Qt Charts frame (date axis and grid) with the events painted over its
/// plot area. Wheel zooms around the cursor, dragging pans, Shift+drag zooms to a range,
/// double-click zooms to an event; +/- zoom, Home fits everything. The arrow keys move a
/// keyboard focus from event to event and Enter opens it (see TimelineFocus).
class TimelineView final : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    /// All events (ordered by start) and the indexes of those the filter lets through.
    void setEvents(QVector<library::EventRecord> events, QVector<int> shown);
    void setShown(QVector<int> shown);
    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_laneMode; }
    void setSelectedEvent(qint64 id);
    void setHighlightedEvents(const QSet<qint64> &ids);

    /// The visible range as time (ms since epoch, UTC), whether or not gaps are compressed.
    double visibleStart() const { return m_warp.toTime(m_t0); }
    double visibleEnd() const { return m_warp.toTime(m_t1); }
    /// Shows [t0, t1] (time, ms since epoch), clamped to the zoom limits.
    void setVisibleRange(double t0, double t1);
    /// Draws long empty stretches of the record as short marked breaks (off by default).
    void setGapsCompressed(bool on);
    bool gapsCompressed() const { return m_compressGaps; }
    const TimeWarp &timeWarp() const { return m_warp; }
    void fitAll();
    /// The first view: the dense core of the record (see storyFrame); Home still shows all.
    void frameStory();
    /// Zooms so the members of a cluster separate: never into a bigger cluster.
    void openCluster(const QVector<int> &eventIndexes);
    /// factor < 1 zooms in; anchor (axis units: time unless gaps are compressed) stays put.
    void zoomBy(double factor, double anchor);
    void panBy(double fractionOfView);
    void zoomToEvent(qint64 id);

    /// Smallest and largest span the view allows, in axis units.
    double minimumSpan() const;
    double maximumSpan() const;
    EventLayer *eventLayer() const { return m_layer; }
    QCategoryAxis *timeAxis() const { return m_axis; }
    /// Scene position of an event's mark, for tests and keyboard-driven clicks.
    std::optional<QPointF> eventPosition(qint64 id) const;

    const QVector<library::EventRecord> &events() const { return m_events; }
    const QVector<int> &shownEvents() const { return m_shown; }
    qint64 selectedEvent() const { return m_selected; }
    /// The keyboard focus: which event the arrows move from and Enter opens.
    TimelineFocus *focus() const { return m_focus; }

Q_SIGNALS:
    void eventClicked(qint64 id);
    void visibleRangeChanged(double t0, double t1);
    void hoveredDate(QDate date);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildLanes();
    void rebuildWarp();
    /// Shows [a0, a1] in axis units (time through the warp), clamped to the zoom limits.
    void setAxisRange(double a0, double a1);
    void updateAxis();
    void applyColors();
    double axisAt(double sceneX) const;
    void zoomToItems(const QVector<int> &eventIndexes);

    QCategoryAxis *m_axis = nullptr;
    EventLayer *m_layer = nullptr;
    QRubberBand *m_band = nullptr;
    TimelineFocus *m_focus = nullptr;
    QVector<library::EventRecord> m_events;
    QVector<int> m_shown;
    LaneMode m_laneMode = LaneMode::Actor;
    qint64 m_selected = 0;
    double m_t0 = 0;
    double m_t1 = 1;
    double m_dataMin = 0;
    double m_dataMax = 1;
    bool m_compressGaps = false;
    TimeWarp m_warp; ///< identity unless gaps are compressed; m_t0, m_t1 are in its axis units
    enum class Drag { None, Pan, Band } m_drag = Drag::None;
    QPoint m_pressPos;
    double m_pressT0 = 0;
    bool m_moved = false;
};

} // namespace summit::gui
