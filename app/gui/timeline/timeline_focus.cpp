#include "timeline/timeline_focus.h"

#include "timeline/focus_mark.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_accessible.h"
#include "timeline/timeline_view.h"

#include <QChart>
#include <QKeyEvent>

namespace summit::gui {

namespace {

double middleDay(const library::EventRecord &e)
{
    return (double(e.start.toJulianDay()) + double(e.end.toJulianDay())) / 2;
}

} // namespace

QVector<int> lanesOf(const QVector<library::EventRecord> &events, const QVector<int> &shown,
                     LaneMode mode)
{
    QVector<library::EventRecord> shownEvents;
    for (int i : shown)
        shownEvents << events.at(i);
    const QStringList keys = laneKeys(shownEvents, mode);
    QVector<int> lanes(events.size(), -1);
    for (int i : shown)
        lanes[i] = int(keys.indexOf(laneKey(events.at(i), mode)));
    return lanes;
}

int stepTarget(const StepSpace &space, int from, Step step)
{
    const int at = int(space.shown.indexOf(from));
    if (at < 0 || !space.events)
        return -1;
    if (step == Step::Earlier)
        return at > 0 ? space.shown.at(at - 1) : -1;
    if (step == Step::Later)
        return at + 1 < space.shown.size() ? space.shown.at(at + 1) : -1;

    // Across lanes: the nearest lane that way that holds a shown event, and in it the event
    // closest in time, so Up then Down comes back to where it started when lanes are sparse.
    const int lane = space.laneOf.value(from, -1);
    const int dir = step == Step::LaneAbove ? -1 : 1;
    const double when = middleDay(space.events->at(from));
    int bestLane = -1;
    int best = -1;
    double bestGap = 0;
    for (int i : space.shown) {
        const int l = space.laneOf.value(i, -1);
        if (l < 0 || (l - lane) * dir <= 0)
            continue;
        const double gap = std::abs(middleDay(space.events->at(i)) - when);
        const bool closerLane = bestLane < 0 || (l - bestLane) * dir < 0;
        if (closerLane || (l == bestLane && gap < bestGap)) {
            bestLane = l;
            best = i;
            bestGap = gap;
        }
    }
    return best;
}

TimelineFocus::TimelineFocus(TimelineView &view) : QObject(&view), m_view(view)
{
    setObjectName(QStringLiteral("timelineFocus"));
    m_mark = new FocusMark(view);
    connect(view.chart(), &QChart::plotAreaChanged, this, [this] { m_mark->followPlot(); });
    view.installEventFilter(this); // focus in/out shows and hides the mark
    installTimelineAccessibility();
}

int TimelineFocus::indexOf(qint64 id) const
{
    if (id == 0)
        return -1;
    const auto &events = m_view.events();
    for (int i : m_view.shownEvents())
        if (events.at(i).id == id)
            return i;
    return -1;
}

QRectF TimelineFocus::focusedRect() const
{
    return m_mark->focusedRect();
}

void TimelineFocus::setFocusedEvent(qint64 id)
{
    if (indexOf(id) < 0)
        id = 0;
    if (id == m_focused)
        return;
    m_focused = id;
    m_mark->setEvent(id);
    announceFocusedEvent(&m_view);
    Q_EMIT focusedEventChanged(id);
}

void TimelineFocus::focusAndReveal(qint64 id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    setFocusedEvent(id);
    const auto &e = m_view.events().at(index);
    const double s = axisValue(e.start);
    const double t = axisValue(e.end) + kDayMs;
    const double t0 = m_view.visibleStart();
    const double t1 = m_view.visibleEnd();
    if (s < t0 || t > t1) {
        // Keep the zoom; bring the event to the middle so its neighbours show too.
        const double half = (t1 - t0) / 2;
        m_view.setVisibleRange((s + t) / 2 - half, (s + t) / 2 + half);
    }
}

void TimelineFocus::contentChanged()
{
    if (m_focused && indexOf(m_focused) < 0)
        setFocusedEvent(0);
    m_mark->update();
}

int TimelineFocus::startingIndex() const
{
    const int selected = indexOf(m_view.selectedEvent());
    if (selected >= 0)
        return selected;
    const auto &events = m_view.events();
    const double middle = (m_view.visibleStart() + m_view.visibleEnd()) / 2;
    int best = -1;
    double bestGap = 0;
    for (int i : m_view.shownEvents()) {
        const double at = (axisValue(events.at(i).start) + axisValue(events.at(i).end) + kDayMs) / 2;
        if (best < 0 || std::abs(at - middle) < bestGap) {
            best = i;
            bestGap = std::abs(at - middle);
        }
    }
    return best;
}

void TimelineFocus::step(Step step)
{
    const int from = indexOf(m_focused);
    if (from < 0) {
        // The first arrow press shows where the focus is instead of moving it off-screen.
        const int start = startingIndex();
        if (start >= 0)
            focusAndReveal(m_view.events().at(start).id);
        return;
    }
    StepSpace space{&m_view.events(), m_view.shownEvents(), {}};
    if (step == Step::LaneAbove || step == Step::LaneBelow)
        space.laneOf = lanesOf(m_view.events(), m_view.shownEvents(), m_view.laneMode());
    const int to = stepTarget(space, from, step);
    if (to >= 0)
        focusAndReveal(m_view.events().at(to).id);
}

bool TimelineFocus::handleKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods & (Qt::AltModifier | Qt::MetaModifier))
        return false; // Alt+Left/Right are Back/Forward of the reader
    const bool pan = mods & (Qt::ShiftModifier | Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Left:
        pan ? m_view.panBy(-0.1) : step(Step::Earlier);
        return true;
    case Qt::Key_Right:
        pan ? m_view.panBy(0.1) : step(Step::Later);
        return true;
    case Qt::Key_Up:
        if (!pan)
            step(Step::LaneAbove);
        return true;
    case Qt::Key_Down:
        if (!pan)
            step(Step::LaneBelow);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_focused)
            Q_EMIT eventOpened(m_focused);
        return true;
    default: return false;
    }
}

bool TimelineFocus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        m_mark->update();
        const auto reason = event->type() == QEvent::FocusIn ? static_cast<QFocusEvent *>(event)->reason()
                                                              : Qt::OtherFocusReason;
        if (!m_focused && (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason)) {
            // Tabbing in is how a keyboard or screen-reader user arrives: give them an event to
            // stand on right away. A click does not, so it never marks an event nobody pointed at.
            const int start = startingIndex();
            if (start >= 0)
                setFocusedEvent(m_view.events().at(start).id);
        } else if (event->type() == QEvent::FocusIn && m_focused) {
            announceFocusedEvent(&m_view);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace summit::gui
