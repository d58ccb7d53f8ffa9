#include "timeline/timeline_layout.h"

#include "timeline/event_importance.h"
#include "timeline/label_placement.h"
#include "timeline/time_scale.h"

#include <QSet>
#include <algorithm>

namespace summit::gui {

namespace {

constexpr int kMaxRows = 12;       // beyond this a lane is unreadable anyway
constexpr int kDenseRows = 3;      // label rows a histogram lane asks for
constexpr double kPxPerMark = 16;  // fewer pixels per event than this: show density instead

struct ClusterFacts
{
    QDate start;
    QDate end;
    int articles = 0;
    int sources = 0;
    int quotes = 0;
};

ClusterFacts factsOf(const QVector<library::EventRecord> &all, const QVector<int> &members)
{
    ClusterFacts f;
    f.start = all.at(members.first()).start;
    f.end = all.at(members.first()).end;
    // Distinct articles and sources: one article linked to three events of the cluster, or a
    // republished copy, counts once.
    QSet<qint64> articleIds;
    QSet<QString> sources;
    for (int i : members) {
        const auto &e = all.at(i);
        f.start = std::min(f.start, e.start);
        f.end = std::max(f.end, e.end);
        for (qint64 id : e.articleIds)
            articleIds.insert(id);
        for (const QString &source : e.sources)
            sources.insert(source);
        f.quotes += e.quoteCount;
    }
    f.articles = int(articleIds.size());
    f.sources = int(sources.size());
    return f;
}

QString plural(int n, const char *word)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(word), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

QString eventLabel(const library::EventRecord &event)
{
    return QStringLiteral("%1 · %2").arg(event.title,
                                         dateExtentText(event.start, event.end, event.granularity));
}

QVector<int> byImportance(const QVector<library::EventRecord> &all, QVector<int> members)
{
    std::stable_sort(members.begin(), members.end(), [&all](int a, int b) {
        const double ia = eventImportance(all.at(a));
        const double ib = eventImportance(all.at(b));
        if (ia != ib)
            return ia > ib;
        return all.at(a).start < all.at(b).start;
    });
    return members;
}

QString clusterShortLabel(const QVector<library::EventRecord> &all, const QVector<int> &members)
{
    if (members.size() == 1)
        return all.at(members.first()).title;
    const QVector<int> ranked = byImportance(all, members);
    return QStringLiteral("%1 + %2 more").arg(all.at(ranked.first()).title).arg(members.size() - 1);
}

QString clusterLabel(const QVector<library::EventRecord> &all, const QVector<int> &members)
{
    if (members.size() == 1)
        return eventLabel(all.at(members.first()));
    const ClusterFacts f = factsOf(all, members);
    QStringList parts{clusterShortLabel(all, members), dateExtentText(f.start, f.end, QStringLiteral("day"))};
    if (f.articles > 0 && f.sources > 0)
        parts << QStringLiteral("%1, %2").arg(plural(f.articles, "article"), plural(f.sources, "source"));
    else if (f.articles > 0) // mentioned only: no source reports any of them as news
        parts << plural(f.articles, "article");
    if (f.quotes > 0)
        parts << plural(f.quotes, "quote");
    return parts.join(QStringLiteral(" · "));
}

namespace {

/// Rows per lane once the plot's height is shared: each lane asks for what it needs, and when
/// the sum does not fit, lanes give rows back in proportion to how little their most important
/// event weighs: a lane of announcements shrinks before the lane holding the summits. Every
/// lane keeps one row.
QVector<int> shareRows(QVector<int> need, int available, const QVector<double> &weight)
{
    int total = 0;
    for (int &n : need) {
        n = std::max(1, n);
        total += n;
    }
    while (total > available) {
        int pick = -1;
        double worst = 0;
        for (int l = 0; l < need.size(); ++l) {
            if (need.at(l) <= 1)
                continue;
            const double pressure = need.at(l) / std::max(0.5, weight.value(l, 1.0));
            if (pick < 0 || pressure > worst) {
                pick = l;
                worst = pressure;
            }
        }
        if (pick < 0)
            break;
        --need[pick];
        --total;
    }
    return need;
}

} // namespace

TimelineLayout layoutTimeline(const LayoutInput &in)
{
    TimelineLayout out;
    const auto &events = *in.events;
    const int lanes = std::max(1, in.laneCount);

    // Visible events per lane, in start order.
    QVector<QVector<int>> perLane(lanes);
    for (int i : in.shown) {
        if (!visibleIn(in, events.at(i)))
            continue;
        ++out.visibleEvents;
        perLane[std::clamp(in.laneOf.value(i, 0), 0, lanes - 1)] << i;
    }
    QVector<bool> dense(lanes, false);
    for (int l = 0; l < lanes; ++l)
        dense[l] = perLane.at(l).size() * kPxPerMark > in.plot.width();

    // Lane titles sit in a header row above each lane, unless the plot is too short for that:
    // then they move inline into the first row, beside the edge markers, and events keep clear.
    const double room0 = std::max(0.0, in.plot.height());
    const double minRow = std::min(in.rowHeight, std::max(1.0, in.minRowHeight));
    auto reserved = [&](int lane, bool inlineTitles) {
        QVector<std::pair<double, double>> r;
        if (!inlineTitles)
            return r;
        const double titleRight = in.plot.left() + 6 + in.laneTitleWidths.value(lane, 0);
        r << std::pair{in.plot.left(), titleRight};
        if (lane == 0 && in.edgeBeforeWidth > 0)
            r << std::pair{titleRight + 8, titleRight + 8 + in.edgeBeforeWidth};
        if (lane == 0 && in.edgeAfterWidth > 0)
            r << std::pair{in.plot.right() - 2 - in.edgeAfterWidth, in.plot.right()};
        return r;
    };
    auto needRows = [&](bool inlineTitles) {
        QVector<int> need(lanes, 1);
        for (int l = 0; l < lanes; ++l) {
            LaneRequest trial{l, 0, in.rowHeight, dense[l] ? kDenseRows : kMaxRows, perLane.at(l), dense[l],
                              reserved(l, inlineTitles)};
            need[l] = std::max(dense[l] ? kDenseRows : 1, placeLane(in, trial).rowsUsed);
        }
        return need;
    };
    // First pass, with rows to spare: how many rows each lane needs to label every event whole.
    QVector<int> need = needRows(false);
    int needTotal = 0;
    for (int n : need)
        needTotal += n;
    const bool inlineTitles = !in.laneTitleWidths.isEmpty()
                              && lanes * in.laneHeader + needTotal * minRow > room0;
    if (inlineTitles) {
        need = needRows(true);
        needTotal = 0;
        for (int n : need)
            needTotal += n;
    }
    const double header = inlineTitles ? 0.0 : in.laneHeader;
    LayoutInput laneIn = in;
    laneIn.laneHeader = header;

    // Share the height: rows first shrink towards the minimum height, then busy lanes give up
    // rows (and cluster or shorten labels) only when even compact rows do not fit.
    const double headers = lanes * header;
    const double room = std::max(0.0, in.plot.height() - headers);
    const double rowHeight = std::clamp(room / std::max(1, needTotal), minRow, in.rowHeight);
    QVector<double> weight(lanes, 0.0);
    for (int l = 0; l < lanes; ++l)
        for (int i : perLane.at(l))
            weight[l] = std::max(weight.at(l), in.importance ? in.importance->at(i) : eventImportance(events.at(i)));
    const QVector<int> rows = shareRows(need, std::max(lanes, int(room / rowHeight)), weight);
    int rowTotal = 0;
    for (int r : rows)
        rowTotal += r;
    const double spare = std::max(0.0, in.plot.height() - headers - rowTotal * rowHeight);

    double top = in.plot.top();
    for (int l = 0; l < lanes; ++l) {
        const double h = header + rows[l] * rowHeight + spare / lanes;
        const QRectF lane(in.plot.left(), top, in.plot.width(), h);
        out.lanes << lane;
        if (dense[l])
            out.density << laneDensity(events, perLane.at(l), l, in.t0, in.t1,
                                       lane.adjusted(0, header, 0, 0), 3, in.warp);
        out.items << placeLane(laneIn, {l, top, rowHeight, rows[l], perLane.at(l), dense[l], reserved(l, inlineTitles)})
                         .items;
        top += h;
    }
    out.rowHeight = rowHeight;
    out.inlineTitles = inlineTitles;
    placeLaneTitles(in, out);
    return out;
}

void placeLaneTitles(const LayoutInput &in, TimelineLayout &out)
{
    out.laneTitles.clear();
    out.edgeBefore = out.edgeAfter = QRectF();
    const double titleH = out.inlineTitles ? out.rowHeight : in.laneHeader;
    for (int l = 0; l < out.lanes.size(); ++l) {
        const double top = out.lanes.at(l).top();
        out.laneTitles << QRectF(in.plot.left() + 6, top, in.laneTitleWidths.value(l, in.plot.width() / 3), titleH);
        if (l == 0) {
            const double after = out.laneTitles.first().right() + 8;
            if (in.edgeBeforeWidth > 0)
                out.edgeBefore = QRectF(after, top + 1, in.edgeBeforeWidth, titleH - 2);
            if (in.edgeAfterWidth > 0)
                out.edgeAfter = QRectF(in.plot.right() - 2 - in.edgeAfterWidth, top + 1, in.edgeAfterWidth, titleH - 2);
        }
    }
}

bool visibleIn(const LayoutInput &in, const library::EventRecord &e)
{
    const double s = in.axisOf(axisValue(e.start));
    const double t = in.axisOf(axisValue(e.end) + kDayMs);
    return !(t < in.t0 || s > in.t1);
}

} // namespace summit::gui
