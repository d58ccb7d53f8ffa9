#pragma once

#include "library/records.h"
#include "timeline/time_warp.h"

#include <QRectF>
#include <QVector>

namespace summit::gui {

/// Coverage over time in one lane, drawn when the lane holds more events than the screen can
/// mark one by one: a histogram of articles per few pixels instead of a staircase of bars.
struct LaneDensity
{
    int lane = 0;
    QRectF area;          ///< where the histogram is drawn (the lane's lower part)
    double binPx = 3;     ///< width of one bin in pixels
    QVector<float> bins;  ///< coverage per bin, scaled to 0..1 (square root: quiet weeks stay visible)
    int events = 0;       ///< events the histogram stands for
};

/// Bins the coverage of `members` (indexes into events) over [t0, t1] mapped onto `area`.
/// Each event spreads its coverage over the days it lasts. Costs one pass over the members.
/// t0 and t1 are axis units: time through warp when gaps are compressed (warp may be null).
LaneDensity laneDensity(const QVector<library::EventRecord> &events, const QVector<int> &members,
                        int lane, double t0, double t1, const QRectF &area, double binPx = 3,
                        const TimeWarp *warp = nullptr);

} // namespace summit::gui
