#include "timeline/timeline_framing.h"

#include "timeline/event_importance.h"
#include "timeline/time_scale.h"

#include <algorithm>

namespace summit::gui {

AxisSpan storyFrame(const QVector<library::EventRecord> &events, const QVector<int> &shown,
                    double share)
{
    if (shown.isEmpty())
        return {};
    struct Point
    {
        double start;
        double end;
        double weight;
    };
    QVector<Point> points;
    points.reserve(shown.size());
    double total = 0;
    for (int i : shown) {
        const auto &e = events.at(i);
        const double w = eventCoverage(e);
        points.push_back({axisValue(e.start), axisValue(e.end) + kDayMs, w});
        total += w;
    }
    std::sort(points.begin(), points.end(),
              [](const Point &a, const Point &b) { return a.start < b.start; });

    // Two pointers over the events in start order: the narrowest window of consecutive events
    // whose weight reaches the share. Ties go to the earlier window.
    const double need = total * std::clamp(share, 0.0, 1.0);
    double best = -1;
    int bestFrom = 0, bestTo = int(points.size()) - 1;
    double sum = 0;
    int from = 0;
    for (int to = 0; to < points.size(); ++to) {
        sum += points.at(to).weight;
        while (from < to && sum - points.at(from).weight >= need)
            sum -= points.at(from++).weight;
        if (sum + 1e-9 < need)
            continue;
        const double width = points.at(to).start - points.at(from).start;
        if (best < 0 || width < best) {
            best = width;
            bestFrom = from;
            bestTo = to;
        }
    }
    AxisSpan span{points.at(bestFrom).start, points.at(bestFrom).end};
    for (int i = bestFrom; i <= bestTo; ++i) {
        span.t0 = std::min(span.t0, points.at(i).start);
        span.t1 = std::max(span.t1, points.at(i).end);
    }
    // Air on both sides so no mark touches the frame, and at least a month in view so a
    // record of one day still reads as a date.
    const double pad = std::max((span.t1 - span.t0) * 0.06, 10 * kDayMs);
    span.t0 -= pad;
    span.t1 += pad;
    return span;
}

OutsideView eventsOutside(const QVector<library::EventRecord> &events, const QVector<int> &shown,
                          double t0, double t1)
{
    OutsideView out;
    for (int i : shown) {
        const auto &e = events.at(i);
        if (axisValue(e.end) + kDayMs <= t0) {
            ++out.before;
            if (!out.latestBefore.isValid() || e.end > out.latestBefore)
                out.latestBefore = e.end;
        } else if (axisValue(e.start) >= t1) {
            ++out.after;
            if (!out.earliestAfter.isValid() || e.start < out.earliestAfter)
                out.earliestAfter = e.start;
        }
    }
    return out;
}

} // namespace summit::gui
