#pragma once

#include "library/records.h"
#include "timeline/lanes.h"

#include <QObject>

class QKeyEvent;

namespace summit::gui {

class FocusMark;
class TimelineView;

/// A keyboard step on the timeline: in time (Left/Right) or across lanes (Up/Down).
enum class Step { Earlier, Later, LaneAbove, LaneBelow };

/// What keyboard steps move through: the shown events in time order and the lane of each.
struct StepSpace
{
    const QVector<library::EventRecord> *events = nullptr;
    QVector<int> shown;  ///< indexes into events that pass the filter, ordered by start
    QVector<int> laneOf; ///< lane per entry of events, -1 when hidden
};

/// The lane of every shown event under mode (-1 for hidden ones), numbered as the view draws them.
QVector<int> lanesOf(const QVector<library::EventRecord> &events, const QVector<int> &shown,
                     LaneMode mode);

/// The event (index into events) a step from `from` lands on, or -1 when there is none that
/// way. Earlier/Later follow the shown order; a lane step goes to the nearest lane that way
/// and picks the event there closest in time to `from` (the earlier one on a tie).
int stepTarget(const StepSpace &space, int from, Step step);

/// The timeline's keyboard focus: one event, marked on the view while the view has the focus.
/// Arrows move it, Enter opens it, Shift/Ctrl+arrows pan; the view follows a focus that
/// leaves the visible range. The selection (the opened event) pulls the focus along with it.
class TimelineFocus final : public QObject
{
    Q_OBJECT
public:
    explicit TimelineFocus(TimelineView &view);

    qint64 focusedEvent() const { return m_focused; }
    /// Where the focused event is drawn (scene coordinates); empty when it is out of view.
    QRectF focusedRect() const;
    /// Moves the focus without panning (0 clears it).
    void setFocusedEvent(qint64 id);
    /// Moves the focus to an event and pans so it is visible.
    void focusAndReveal(qint64 id);
    /// Handles the steering keys; false for any other key.
    bool handleKey(QKeyEvent *event);
    /// The shown events changed: a focus on an event that is now hidden goes away.
    void contentChanged();

Q_SIGNALS:
    void focusedEventChanged(qint64 id);
    /// Enter on the focused event.
    void eventOpened(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void step(Step step);
    int indexOf(qint64 id) const;
    /// Where a first arrow press lands: the selected event, else the one nearest the view's middle.
    int startingIndex() const;

    TimelineView &m_view;
    FocusMark *m_mark = nullptr;
    qint64 m_focused = 0;
};

} // namespace summit::gui
