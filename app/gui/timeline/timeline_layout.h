#pragma once

#include "library/records.h"

#include <QRectF>
#include <functional>

namespace summit::gui {

/// What the layout needs: events, which lane each shown event sits in, and the view.
struct LayoutInput
{
    const QVector<library::EventRecord> *events = nullptr;
    QVector<int> shown;  ///< indexes into events that pass the filter, ordered by start
    QVector<int> laneOf; ///< lane index per entry of events (-1: not shown)
    int laneCount = 1;
    double t0 = 0; ///< visible axis range (ms since epoch, UTC)
    double t1 = 1;
    QRectF plot;   ///< where the range is drawn, in scene pixels
    std::function<double(const QString &)> textWidth;
    double rowHeight = 24;    ///< comfortable row height
    double minRowHeight = 18; ///< rows may shrink to this before labels fold into clusters
    double laneHeader = 18;
};

/// One drawn thing: an event, or a cluster of events that had no room of their own.
struct PlacedItem
{
    QVector<int> events; ///< indexes into LayoutInput::events
    int lane = 0;
    int row = 0;
    QRectF mark;  ///< the diamond, bar or fuzzy extent
    QRectF label; ///< where the label text goes
    QString text;
    bool point = false; ///< a one-day event too narrow for a bar: drawn as a diamond
    bool fuzzy = false; ///< date known only to month/season/year
    bool elided = false; ///< the label rect is narrower than its text (drawn with "…")
    QDate start;
    QDate end;
    bool isCluster() const { return events.size() > 1; }
};

struct TimelineLayout
{
    QVector<QRectF> lanes;
    QVector<PlacedItem> items;
    int visibleEvents = 0;
    double rowHeight = 0; ///< the row height the lanes ended up with
};

/// Places the visible events: labels stack in rows within each lane and never overlap nor leave
/// the plot. A label goes right of its mark, else left of it, else to another row; lanes get
/// the rows they need (rows shrink to minRowHeight first). Only when rows run out is a label
/// shortened, and only then does an event join its left neighbour's cluster. Dense views are binned
/// first, so the cost follows the screen width, not the number of events.
TimelineLayout layoutTimeline(const LayoutInput &input);

/// The label of a single event ("Sochi summit · 5–6 Apr 2008").
QString eventLabel(const library::EventRecord &event);
/// The label of a cluster ("Sochi, 5–6 Apr 2008 · 3 articles · 14 quotes").
QString clusterLabel(const QVector<library::EventRecord> &all, const QVector<int> &members);

} // namespace summit::gui
