#pragma once

#include "library/records.h"
#include "timeline/density_strip.h"
#include "timeline/time_warp.h"

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
    double t0 = 0; ///< visible axis range (axis units: ms since epoch, UTC, through warp)
    double t1 = 1;
    const TimeWarp *warp = nullptr; ///< compressed gaps (nullptr: axis units are time)
    int selected = -1; ///< the selected event (index into events): first in a histogram lane
    /// Where a time (ms since epoch) sits on the axis.
    double axisOf(double time) const { return warp ? warp->toAxis(time) : time; }
    QRectF plot;   ///< where the range is drawn, in scene pixels
    std::function<double(const QString &)> textWidth;
    /// Optional: per event index, its importance (eventImportance) and the width of its label
    /// (eventLabel). The view caches both across zoom steps; without them they are computed.
    const QVector<double> *importance = nullptr;
    std::function<double(int)> eventTextWidth;
    double rowHeight = 24;    ///< comfortable row height
    double minRowHeight = 18; ///< rows may shrink to this before labels fold into clusters
    double laneHeader = 18;
    /// Optional: width of each lane's title, and of the edge markers ("← 2001", 0 if none).
    /// When the plot is too short for a header row per lane, titles move inline into the
    /// lanes' first rows and these widths are kept free there.
    QVector<double> laneTitleWidths;
    double edgeBeforeWidth = 0;
    double edgeAfterWidth = 0;
};

/// One drawn thing: an event, or a cluster of events that had no room of their own.
struct PlacedItem
{
    QVector<int> events; ///< indexes into LayoutInput::events; the first is the one named
    int lane = 0;
    int row = 0;
    QRectF mark;  ///< the diamond, bar or fuzzy extent
    QRectF label; ///< where the label text goes (empty: a mark without a label)
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
    /// Lanes too crowded to mark each event: their coverage histogram. Only the most important
    /// events of such a lane get items (labelled marks over the histogram).
    QVector<LaneDensity> density;
    QVector<QRectF> laneTitles; ///< where each lane's title goes
    QRectF edgeBefore;          ///< where the edge markers go (empty when none)
    QRectF edgeAfter;
    int visibleEvents = 0;
    double rowHeight = 0; ///< the row height the lanes ended up with
    bool inlineTitles = false; ///< titles sit in the lanes' first rows (the plot was too short)
};

/// Places the visible events the way a map places names: in each lane the most important
/// events are labelled first, each label whole beside its mark (right, else left) in the first
/// row with room; the rest follow while room remains. Events left without room join a cluster
/// with their unlabelled neighbours; only when no row has room at all is a label shortened.
/// Marks and labels never overlap each other. A lane with more events than its width can mark
/// shows a coverage histogram with its most important events labelled over it, so the cost
/// follows the screen, not the number of events.
TimelineLayout layoutTimeline(const LayoutInput &input);

/// Lane titles and edge markers for out.lanes (and out.rowHeight, out.inlineTitles) on
/// in.plot: they follow the view, so a layout reused across a pan places them again.
void placeLaneTitles(const LayoutInput &in, TimelineLayout &out);
/// Whether the event overlaps the range [in.t0, in.t1]: what layoutTimeline counts as visible.
bool visibleIn(const LayoutInput &in, const library::EventRecord &event);

/// The label of a single event ("Sochi summit · 5–6 Apr 2008").
QString eventLabel(const library::EventRecord &event);
/// The label of a cluster, named after its most important member and counting distinct
/// articles and independent sources ("Sochi summit + 2 more · 2–6 Apr 2008 · 6 articles,
/// 4 sources · 17 quotes").
QString clusterLabel(const QVector<library::EventRecord> &all, const QVector<int> &members);
/// The short form when the long one has no room ("Sochi summit + 2 more").
QString clusterShortLabel(const QVector<library::EventRecord> &all, const QVector<int> &members);
/// members reordered so the most important comes first (ties: earlier first).
QVector<int> byImportance(const QVector<library::EventRecord> &all, QVector<int> members);

} // namespace summit::gui
