// TimelineView: the first view and opening clusters (framing, kept apart from input handling).
#include "timeline/event_layer.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_framing.h"
#include "timeline/timeline_view.h"

#include <limits>
#include <numeric>

namespace summit::gui {

void TimelineView::frameStory()
{
    const AxisSpan span = storyFrame(m_events, m_shown);
    if (!span.isValid())
        return fitAll();
    setVisibleRange(span.t0, span.t1);
}

void TimelineView::openCluster(const QVector<int> &eventIndexes)
{
    if (eventIndexes.isEmpty())
        return;
    const QSet<int> members(eventIndexes.cbegin(), eventIndexes.cend());
    // The largest item the members end up in after a zoom: the cluster opened when no item
    // holds all of them and none holds more events than the cluster did.
    auto largestAfter = [&] {
        int largest = 0;
        bool together = false;
        for (const PlacedItem &item : m_layer->currentLayout().items) {
            int mine = 0;
            for (int i : item.events)
                mine += members.contains(i);
            if (mine > 0)
                largest = std::max(largest, int(item.events.size()));
            together = together || mine == members.size();
        }
        return together ? int(members.size()) : largest;
    };
    double s = axisValue(m_events.at(eventIndexes.first()).start);
    double e = s;
    for (int i : eventIndexes) {
        s = std::min(s, axisValue(m_events.at(i).start));
        e = std::max(e, axisValue(m_events.at(i).end) + kDayMs);
    }
    // Candidate views from roomy to tight: the members spread over a third of the width, then
    // over nearly all of it. Neighbours that come into view compete for the same rows, so the
    // best view is measured, not guessed: the one whose largest item holding a member is the
    // smallest (ties: the roomier view). Each try is one synchronous layout of a few events.
    double bestT0 = m_t0, bestT1 = m_t1;
    int best = std::numeric_limits<int>::max();
    for (double padShare : {0.9, 0.4, 0.15, 0.04}) {
        const double pad = std::max((e - s) * padShare, kDayMs / 4);
        setVisibleRange(s - pad, e + pad);
        const int largest = largestAfter();
        if (largest < best) {
            best = largest;
            bestT0 = m_t0;
            bestT1 = m_t1;
        }
        if (largest <= 1)
            break;
    }
    setAxisRange(bestT0, bestT1);
}

void TimelineView::setGapsCompressed(bool on)
{
    if (on == m_compressGaps)
        return;
    m_compressGaps = on;
    rebuildWarp();
}

void TimelineView::rebuildWarp()
{
    // The same stretch of time stays in view across the change.
    const double t0 = visibleStart();
    const double t1 = visibleEnd();
    QVector<int> all(m_events.size());
    std::iota(all.begin(), all.end(), 0);
    // Gaps of the whole record (not of the filtered events), so a filter never moves the breaks.
    m_warp = m_compressGaps ? TimeWarp::forEvents(m_events, all, 120 * kDayMs) : TimeWarp();
    m_layer->setWarp(&m_warp);
    m_t0 = m_warp.toAxis(t0);
    m_t1 = m_warp.toAxis(t1);
    updateAxis();
    Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
}

} // namespace summit::gui
