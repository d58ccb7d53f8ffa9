#include "timeline/label_placement.h"

#include "timeline/event_importance.h"
#include "timeline/time_scale.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace summit::gui {

namespace {

constexpr double kPointSize = 10;
constexpr double kGap = 8;          ///< clear space between two things in a row
constexpr double kLabelOffset = 4;  ///< between a mark and its label
constexpr double kMinLabelPx = 64;  ///< a shortened label narrower than this says nothing
constexpr double kNearPx = 14;      ///< unlabelled events closer than this share one cluster
constexpr double kWideBarPx = 40;   ///< a bar at least this wide carries its own label

/// Occupied stretches of each row, sorted and disjoint, so "is this free?" is a binary search
/// and items may be placed in any order (importance, not time).
class RowSpace final
{
public:
    explicit RowSpace(int rows) : m_rows(std::max(1, rows)) {}

    int rows() const { return int(m_rows.size()); }

    bool isFree(int row, double left, double right) const
    {
        const auto &r = m_rows.at(row);
        // The first stretch ending after left - gap is the only one that can overlap.
        auto it = std::lower_bound(r.cbegin(), r.cend(), left - kGap,
                                   [](const Span &s, double x) { return s.second < x; });
        return it == r.cend() || it->first > right + kGap;
    }

    void take(int row, double left, double right)
    {
        auto &r = m_rows[row];
        auto it = std::lower_bound(r.begin(), r.end(), left,
                                   [](const Span &s, double x) { return s.first < x; });
        r.insert(it, Span(left, right));
    }

    /// The free stretch of row around x, or an empty one when x is occupied.
    std::pair<double, double> freeAround(int row, double x) const
    {
        const auto &r = m_rows.at(row);
        double lo = -std::numeric_limits<double>::infinity();
        double hi = std::numeric_limits<double>::infinity();
        for (const Span &s : r) {
            if (s.second + kGap <= x)
                lo = std::max(lo, s.second + kGap);
            else if (s.first - kGap >= x) {
                hi = s.first - kGap;
                break;
            } else {
                return {x, x};
            }
        }
        return {lo, hi};
    }

private:
    using Span = std::pair<double, double>;
    QVector<QVector<Span>> m_rows;
};

/// A title's head: up to its first parenthesis or comma, when that still says something.
QString shortTitle(const QString &title)
{
    qsizetype cut = title.size();
    for (const QLatin1String mark : {QLatin1String(" ("), QLatin1String(", "), QLatin1String("; ")}) {
        const qsizetype at = title.indexOf(mark);
        if (at >= 6)
            cut = std::min(cut, at);
    }
    return title.left(cut);
}

class LanePlacer final
{
public:
    LanePlacer(const LayoutInput &in, const LaneRequest &req, bool compact)
        : m_in(in), m_req(req), m_compact(compact), m_events(*in.events), m_space(req.rows),
          m_scale(in.plot.width() / std::max(1.0, in.t1 - in.t0))
    {
        for (const auto &[left, right] : req.reservedInFirstRow)
            m_space.take(0, left, right);
    }

    LanePlacement run()
    {
        QVector<int> order = m_req.members;
        // Sort keys computed once: the comparator runs n log n times over up to thousands.
        QHash<int, std::tuple<double, int, double>> key;
        key.reserve(order.size());
        // Ties in importance go to events wholly in view, then to those nearer the middle:
        // after a zoom into a cluster its members, not their half-visible neighbours, get room.
        const double mid = (m_in.t0 + m_in.t1) / 2;
        auto focus = [&](int i) {
            const double s = m_in.axisOf(axisValue(m_events.at(i).start));
            const double e = m_in.axisOf(axisValue(m_events.at(i).end) + kDayMs);
            const bool inside = s >= m_in.t0 && e <= m_in.t1;
            return std::pair{inside ? 0 : 1, std::abs((s + e) / 2 - mid)};
        };
        for (int i : order) {
            const auto [outside, distance] = focus(i);
            key.insert(i, {-importance(i), outside, distance});
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key.value(a) < key.value(b); });
        // In a histogram lane the selected event would otherwise be only a count: it goes first.
        // (Elsewhere every event has its mark, and labels must not jump when one is clicked.)
        if (const qsizetype at = m_req.dense ? order.indexOf(m_in.selected) : -1; at > 0)
            std::rotate(order.begin(), order.begin() + at, order.begin() + at + 1);
        // Pass 1, by importance: each event whole beside its mark, in the first row with room.
        QVector<int> unplaced;
        const int budget = m_req.dense ? std::max(8, int(m_req.rows * m_in.plot.width() / 90))
                                       : std::numeric_limits<int>::max();
        int attempts = 0;
        for (int i : order) {
            if (m_req.dense && (int(m_out.items.size()) >= budget || ++attempts > 6 * budget))
                break;
            PlacedItem item = makeItem({i});
            const auto &e = m_events.at(i);
            if (m_compact) {
                // Tight lanes: every label in its short form, so more of them fit.
                if (placeWhole(item, {shortTitle(e.title)}, {}))
                    continue;
                unplaced << i;
                continue;
            }
            if (placeWhole(item, {eventText(i)}, {eventTextWidth(i)}))
                continue;
            if (!m_req.dense) {
                // Shorter forms before giving up: the title alone, then its head
                // ("Kennebunkport summit" for "Kennebunkport summit (the 'lobster summit')").
                QStringList shorter{e.title};
                const QString head = shortTitle(e.title);
                if (head != e.title)
                    shorter << head;
                if (placeWhole(item, shorter, {}))
                    continue;
            }
            unplaced << i;
        }
        if (!m_req.dense)
            placeLeftovers(unplaced);
        return std::move(m_out);
    }

private:
    enum class Side { Inside, Right, Left };

    double importance(int i) const
    {
        return m_in.importance ? m_in.importance->at(i) : eventImportance(m_events.at(i));
    }
    QString eventText(int i) const { return eventLabel(m_events.at(i)); }
    /// The full label's width, cached by the view across zoom steps when it can.
    double eventTextWidth(int i) const
    {
        return m_in.eventTextWidth ? m_in.eventTextWidth(i) : m_in.textWidth(eventText(i));
    }
    double xOf(double t) const { return m_in.plot.left() + (t - m_in.t0) * m_scale; }

    PlacedItem makeItem(const QVector<int> &members) const
    {
        PlacedItem item;
        item.events = members;
        item.lane = m_req.lane;
        item.start = m_events.at(members.first()).start;
        item.end = m_events.at(members.first()).end;
        for (int i : members) {
            item.start = std::min(item.start, m_events.at(i).start);
            item.end = std::max(item.end, m_events.at(i).end);
        }
        item.fuzzy = members.size() == 1 && m_events.at(members.first()).isFuzzy();
        return item;
    }

    void markGeometry(PlacedItem &item, int row) const
    {
        item.row = row;
        const double x0 = xOf(m_in.axisOf(axisValue(item.start)));
        const double x1 = xOf(m_in.axisOf(axisValue(item.end) + kDayMs));
        const double y = m_req.top + m_in.laneHeader + row * m_req.rowHeight;
        item.point = !item.fuzzy && !item.isCluster() && (x1 - x0) < kPointSize;
        if (item.point || (item.isCluster() && (x1 - x0) < kPointSize)) {
            const double cx = (x0 + x1) / 2;
            const double h = std::min(kPointSize, m_req.rowHeight - 6);
            item.mark = QRectF(cx - kPointSize / 2, y + (m_req.rowHeight - h) / 2, kPointSize, h);
        } else {
            const double left = std::max(x0, m_in.plot.left() - 2);
            const double right = std::min(x1, m_in.plot.right() + 2);
            item.mark = QRectF(left, y + 3, std::max(kPointSize, right - left), m_req.rowHeight - 6);
        }
    }

    void labelGeometry(PlacedItem &item, double width, Side side) const
    {
        // The row's own band, half a pixel in from each edge so labels of neighbouring rows
        // never share an edge through rounding.
        const double y = m_req.top + m_in.laneHeader + item.row * m_req.rowHeight + 0.5;
        double x = item.mark.right() + kLabelOffset;
        if (side == Side::Left)
            x = item.mark.left() - kLabelOffset - width;
        else if (side == Side::Inside) // its own bar, from the bar's visible start
            x = std::max(item.mark.left(), m_in.plot.left()) + 5;
        item.label = QRectF(x, y, width, m_req.rowHeight - 1);
    }

    bool inPlot(const QRectF &r) const
    {
        return r.left() >= m_in.plot.left() - 0.01 && r.right() <= m_in.plot.right() + 0.01;
    }

    void commit(PlacedItem &item)
    {
        const double left = item.label.isEmpty() ? item.mark.left()
                                                 : std::min(item.mark.left(), item.label.left());
        const double right = item.label.isEmpty() ? item.mark.right()
                                                  : std::max(item.mark.right(), item.label.right());
        m_space.take(item.row, left, right);
        m_out.rowsUsed = std::max(m_out.rowsUsed, item.row + 1);
        m_out.items << item;
    }

    /// Tries each text (widths[t] when given, else measured), in each row from the top: right
    /// of the mark, then left of it; a wide bar first carries its label from its start.
    bool placeWhole(PlacedItem &item, const QStringList &texts, const QVector<double> &widths)
    {
        for (int t = 0; t < texts.size(); ++t) {
            const double w = t < widths.size() ? widths.at(t) : m_in.textWidth(texts.at(t));
            for (int r = 0; r < m_space.rows(); ++r) {
                markGeometry(item, r);
                // A bar wide enough to read as a span carries its label from its start, as
                // a Gantt chart does; anything narrower is labelled beside its mark.
                const bool wide = item.mark.width() >= kWideBarPx;
                for (Side side : {wide ? Side::Inside : Side::Right, wide ? Side::Right : Side::Left,
                                  wide ? Side::Left : Side::Right}) {
                    labelGeometry(item, w, side);
                    if (!inPlot(item.label))
                        continue;
                    const double left = std::min(item.mark.left(), item.label.left());
                    const double right = std::max(item.mark.right(), item.label.right());
                    if (m_space.isFree(r, left, right)) {
                        item.text = texts.at(t);
                        item.elided = false;
                        commit(item);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// No row has room for a whole label: the widest free stretch right of the mark, if it can
    /// say something, else the mark alone.
    bool placeShortened(PlacedItem &item, const QString &text)
    {
        int bestRow = -1;
        double bestRoom = 0;
        for (int r = 0; r < m_space.rows(); ++r) {
            markGeometry(item, r);
            if (!m_space.isFree(r, item.mark.left(), item.mark.right()))
                continue;
            const auto [lo, hi] = m_space.freeAround(r, item.mark.center().x());
            (void)lo;
            const double room = std::min(hi, m_in.plot.right()) - (item.mark.right() + kLabelOffset);
            if (bestRow < 0 || room > bestRoom) {
                bestRow = r;
                bestRoom = room;
            }
        }
        if (bestRow < 0)
            return false;
        markGeometry(item, bestRow);
        item.text = text;
        item.elided = true;
        if (bestRoom >= kMinLabelPx)
            labelGeometry(item, bestRoom, Side::Right);
        else
            item.label = QRectF(); // the mark alone; its text is still there for the pointer
        commit(item);
        return true;
    }

    /// Events that got no label of their own, in time order: neighbours closer than kNearPx
    /// form one cluster, which is placed whole if it can be, in its long or short form.
    void placeLeftovers(QVector<int> unplaced)
    {
        std::sort(unplaced.begin(), unplaced.end(), [this](int a, int b) {
            return axisValue(m_events.at(a).start) < axisValue(m_events.at(b).start);
        });
        QVector<QVector<int>> groups;
        double groupRight = -std::numeric_limits<double>::infinity();
        for (int i : unplaced) {
            const double x0 = xOf(m_in.axisOf(axisValue(m_events.at(i).start)));
            const double x1 = std::max(xOf(m_in.axisOf(axisValue(m_events.at(i).end) + kDayMs)), x0 + kPointSize);
            if (!groups.isEmpty() && x0 <= groupRight + kNearPx)
                groups.last() << i;
            else
                groups << QVector<int>{i};
            groupRight = std::max(groups.last().size() == 1 ? x1 : groupRight, x1);
        }
        for (const QVector<int> &members : groups) {
            const QVector<int> ranked = byImportance(m_events, members);
            PlacedItem item = makeItem(ranked);
            if (ranked.size() == 1) {
                const int i = ranked.first();
                if (!placeShortened(item, eventText(i)))
                    joinNearest(item);
                continue;
            }
            const QString full = clusterLabel(m_events, ranked);
            const QString brief = clusterShortLabel(m_events, ranked);
            const QString count = QStringLiteral("+%1").arg(ranked.size());
            if (placeWhole(item, {full, brief, count},
                           {m_in.textWidth(full), m_in.textWidth(brief), m_in.textWidth(count)}))
                continue;
            if (!placeShortened(item, full))
                joinNearest(item);
        }
    }

    /// Every row is taken where this item's mark would go: it joins the nearest item, whose
    /// label then names the cluster in the room it already had.
    void joinNearest(const PlacedItem &item)
    {
        if (m_out.items.isEmpty()) { // cannot happen with at least one row, but stay whole
            PlacedItem copy = item;
            markGeometry(copy, 0);
            copy.label = QRectF();
            copy.text = clusterLabel(m_events, copy.events);
            copy.elided = true;
            commit(copy);
            return;
        }
        const double x = xOf(m_in.axisOf(axisValue(item.start)));
        int best = 0;
        for (int k = 1; k < m_out.items.size(); ++k)
            if (std::abs(m_out.items.at(k).mark.center().x() - x)
                < std::abs(m_out.items.at(best).mark.center().x() - x))
                best = k;
        PlacedItem &host = m_out.items[best];
        host.events = byImportance(m_events, host.events + item.events);
        host.start = std::min(host.start, item.start);
        host.end = std::max(host.end, item.end);
        host.fuzzy = false;
        // The room the host's label already had, filled with the longest form that fits.
        const QVector<int> &ranked = host.events;
        const QString head = shortTitle(m_events.at(ranked.first()).title);
        const QString more = QStringLiteral(" + %1 more").arg(ranked.size() - 1);
        host.text = clusterLabel(m_events, ranked);
        for (const QString &form : {host.text, clusterShortLabel(m_events, ranked), head + more}) {
            if (m_in.textWidth(form) <= host.label.width() + 0.5) {
                host.text = form;
                break;
            }
        }
        host.elided = host.label.width() + 0.5 < m_in.textWidth(host.text);
    }

    const LayoutInput &m_in;
    const LaneRequest &m_req;
    bool m_compact;
    const QVector<library::EventRecord> &m_events;
    RowSpace m_space;
    double m_scale;
    LanePlacement m_out;
};

} // namespace

LanePlacement placeLane(const LayoutInput &in, const LaneRequest &request)
{
    if (request.members.isEmpty())
        return {};
    LanePlacement full = LanePlacer(in, request, false).run();
    if (request.dense)
        return full;
    // Labels are placed greedily, so long ones can crowd out important neighbours. When not
    // every event got a whole label, the lane is tried again with short labels throughout, and
    // the placement that names more (by importance) wins; ties keep the long labels.
    auto named = [&](const LanePlacement &p) {
        double score = 0;
        for (const PlacedItem &item : p.items)
            if (!item.isCluster() && !item.elided && !item.label.isEmpty())
                score += 1.0 + (in.importance ? in.importance->at(item.events.first())
                                              : eventImportance(in.events->at(item.events.first())));
        return score;
    };
    bool allNamed = true;
    for (const PlacedItem &item : full.items)
        allNamed = allNamed && !item.isCluster() && !item.elided && !item.label.isEmpty();
    if (allNamed)
        return full;
    LanePlacement compact = LanePlacer(in, request, true).run();
    return named(compact) > named(full) ? compact : full;
}

} // namespace summit::gui
