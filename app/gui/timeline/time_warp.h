#pragma once

#include "library/records.h"

#include <QVector>

namespace summit::gui {

/// Gap compression: long stretches without any event are drawn short, as marked breaks, so a
/// lone 2001 meeting does not push the 2007-2008 story into a corner of "Show Everything".
/// Maps time (ms since epoch, UTC) to axis units and back; monotonic, and the identity when it
/// has no breaks. Inside a break, time is scaled linearly onto the break's short stretch.
class TimeWarp final
{
public:
    struct Break
    {
        double from = 0; ///< time of the last event end before the gap
        double to = 0;   ///< time of the next event start
        double axisFrom = 0; ///< where the break starts on the axis
        double axisLength = 0; ///< how long it is drawn, in axis units
    };

    /// Breaks for the empty stretches between the shown events longer than both minimumGapMs
    /// and shareOfSpan of the record; each is drawn as compressedShare of the record's span.
    static TimeWarp forEvents(const QVector<library::EventRecord> &events, const QVector<int> &shown,
                              double minimumGapMs, double shareOfSpan = 0.1, double compressedShare = 0.012);

    bool isIdentity() const { return m_breaks.isEmpty(); }
    const QVector<Break> &breaks() const { return m_breaks; }
    double toAxis(double time) const;
    double toTime(double axis) const;

private:
    QVector<Break> m_breaks; ///< in time order, disjoint
};

} // namespace summit::gui
