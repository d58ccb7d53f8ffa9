#pragma once

#include "library/records.h"

namespace summit::gui {

/// A span of the time axis (ms since epoch, UTC).
struct AxisSpan
{
    double t0 = 0;
    double t1 = 0;
    bool isValid() const { return t1 > t0; }
};

/// The first view: the shortest span that holds most of the record, weighting each event by
/// its coverage, with air on both sides. A lone 2001 meeting and two 2009 milestones must not
/// squeeze the fourteen events of 2007–2008 into a seventh of the width; they stay reachable
/// (Home, edge markers). Returns an invalid span when nothing is shown.
AxisSpan storyFrame(const QVector<library::EventRecord> &events, const QVector<int> &shown,
                    double share = 0.85);

/// Shown events that lie wholly before or after [t0, t1]: what the edge markers announce.
struct OutsideView
{
    int before = 0;
    int after = 0;
    QDate latestBefore; ///< the nearest hidden event on each side
    QDate earliestAfter;
};
OutsideView eventsOutside(const QVector<library::EventRecord> &events, const QVector<int> &shown,
                          double t0, double t1);

} // namespace summit::gui
