#pragma once

#include "timeline/timeline_layout.h"

namespace summit::gui {

/// One lane's share of the view: where its rows are and which events it holds.
struct LaneRequest
{
    int lane = 0;
    double top = 0;        ///< the lane's top edge (its header comes first)
    double rowHeight = 24;
    int rows = 1;
    QVector<int> members;  ///< visible events of the lane, in start order
    bool dense = false;    ///< label only the most important events; the histogram shows the rest
    /// Stretches of the lane's first row that hold something else (the lane's title, the edge
    /// markers, when titles sit inline): nothing is placed over them.
    QVector<std::pair<double, double>> reservedInFirstRow;
};

struct LanePlacement
{
    QVector<PlacedItem> items;
    int rowsUsed = 0;
};

/// Places one lane's events and labels by importance, without any overlap (see layoutTimeline).
LanePlacement placeLane(const LayoutInput &in, const LaneRequest &request);

} // namespace summit::gui
