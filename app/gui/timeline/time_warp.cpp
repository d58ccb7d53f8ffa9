#include "timeline/time_warp.h"

#include "timeline/time_scale.h"

#include <algorithm>

namespace summit::gui {

TimeWarp TimeWarp::forEvents(const QVector<library::EventRecord> &events, const QVector<int> &shown,
                             double minimumGapMs, double shareOfSpan, double compressedShare)
{
    TimeWarp warp;
    if (shown.size() < 2)
        return warp;
    QVector<std::pair<double, double>> spans;
    spans.reserve(shown.size());
    for (int i : shown)
        spans.push_back({axisValue(events.at(i).start), axisValue(events.at(i).end) + kDayMs});
    std::sort(spans.begin(), spans.end());
    double last = spans.first().second;
    double lastEnd = last;
    for (const auto &s : spans)
        lastEnd = std::max(lastEnd, s.second);
    const double span = lastEnd - spans.first().first;
    const double minGap = std::max(minimumGapMs, span * shareOfSpan);
    const double drawn = std::max(kDayMs, span * compressedShare);
    double removed = 0; // axis units taken out by the breaks so far
    for (const auto &[start, end] : spans) {
        if (start - last > minGap) {
            Break b;
            b.from = last;
            b.to = start;
            b.axisFrom = last - removed;
            b.axisLength = drawn;
            removed += (start - last) - drawn;
            warp.m_breaks << b;
        }
        last = std::max(last, end);
    }
    return warp;
}

double TimeWarp::toAxis(double time) const
{
    double removed = 0;
    for (const Break &b : m_breaks) {
        if (time <= b.from)
            break;
        if (time < b.to)
            return b.axisFrom + (time - b.from) / (b.to - b.from) * b.axisLength;
        removed += (b.to - b.from) - b.axisLength;
    }
    return time - removed;
}

double TimeWarp::toTime(double axis) const
{
    double removed = 0;
    for (const Break &b : m_breaks) {
        if (axis <= b.axisFrom)
            break;
        if (axis < b.axisFrom + b.axisLength)
            return b.from + (axis - b.axisFrom) / b.axisLength * (b.to - b.from);
        removed += (b.to - b.from) - b.axisLength;
    }
    return axis + removed;
}

} // namespace summit::gui
