#include "timeline/density_strip.h"

#include "timeline/event_importance.h"
#include "timeline/time_scale.h"

#include <algorithm>
#include <cmath>

namespace summit::gui {

LaneDensity laneDensity(const QVector<library::EventRecord> &events, const QVector<int> &members,
                        int lane, double t0, double t1, const QRectF &area, double binPx,
                        const TimeWarp *warp)
{
    LaneDensity d;
    d.lane = lane;
    d.area = area;
    d.binPx = std::max(1.0, binPx);
    d.events = int(members.size());
    const int n = std::max(1, int(std::ceil(area.width() / d.binPx)));
    QVector<double> sum(n, 0.0);
    const double perMs = area.width() / std::max(1.0, t1 - t0);
    for (int i : members) {
        const auto &e = events.at(i);
        const double s = axisValue(e.start), t = axisValue(e.end) + kDayMs;
        const double x0 = ((warp ? warp->toAxis(s) : s) - t0) * perMs;
        const double x1 = ((warp ? warp->toAxis(t) : t) - t0) * perMs;
        const int b0 = std::clamp(int(x0 / d.binPx), 0, n - 1);
        const int b1 = std::clamp(int(x1 / d.binPx), 0, n - 1);
        const double share = eventCoverage(e) / (b1 - b0 + 1);
        for (int b = b0; b <= b1; ++b)
            sum[b] += share;
    }
    const double peak = *std::max_element(sum.cbegin(), sum.cend());
    d.bins.resize(n);
    for (int b = 0; b < n; ++b)
        d.bins[b] = peak > 0 ? float(std::sqrt(sum.at(b) / peak)) : 0.f;
    return d;
}

} // namespace summit::gui
