#include "timeline/timeline_layout.h"

#include "timeline/time_scale.h"

#include <QSet>
#include <algorithm>
#include <limits>

namespace summit::gui {

namespace {

constexpr double kPointSize = 10;
constexpr double kGap = 10;
constexpr double kBinPx = 36;
constexpr double kMinLabelPx = 64;
constexpr int kMaxRows = 12; // beyond this a lane is unreadable anyway: fold into clusters

struct Candidate
{
    QVector<int> events;
    QDate start;
    QDate end;
    bool fuzzy = false;
};

QString shortPlace(const QString &place)
{
    const QStringList parts = place.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.size() >= 3)
        return parts.at(parts.size() - 2).trimmed(); // "Bocharov Ruchei, Sochi, Russia" -> Sochi
    return parts.isEmpty() ? QString() : parts.first().trimmed();
}

} // namespace

QString eventLabel(const library::EventRecord &event)
{
    return QStringLiteral("%1 · %2").arg(event.title,
                                         dateExtentText(event.start, event.end, event.granularity));
}

QString clusterLabel(const QVector<library::EventRecord> &all, const QVector<int> &members)
{
    if (members.size() == 1)
        return eventLabel(all.at(members.first()));
    QDate start = all.at(members.first()).start;
    QDate end = all.at(members.first()).end;
    QString place = shortPlace(all.at(members.first()).place);
    // Distinct articles: one article linked to three events of the cluster counts once.
    QSet<qint64> articleIds;
    QSet<QString> sources; // independent sources of the reports: copies count once
    int quotes = 0;
    for (int i : members) {
        const auto &e = all.at(i);
        start = std::min(start, e.start);
        end = std::max(end, e.end);
        if (shortPlace(e.place) != place)
            place.clear();
        for (qint64 id : e.articleIds)
            articleIds.insert(id);
        for (const QString &source : e.sources)
            sources.insert(source);
        quotes += e.quoteCount;
    }
    const int articles = int(articleIds.size());
    const QString head = place.isEmpty() ? QStringLiteral("%1 events").arg(members.size())
                                         : place;
    return QStringLiteral("%1, %2 · %3 article%4, %5 source%6 · %7 quote%8")
        .arg(head, dateExtentText(start, end, QStringLiteral("day")))
        .arg(articles)
        .arg(articles == 1 ? QString() : QStringLiteral("s"))
        .arg(sources.size())
        .arg(sources.size() == 1 ? QString() : QStringLiteral("s"))
        .arg(quotes)
        .arg(quotes == 1 ? QString() : QStringLiteral("s"));
}


namespace {

/// Places one lane's candidates in rows. Every label is first tried whole, right of its mark
/// and then left of it, in each row from the top; only when no row has room is a label
/// shortened, and only when even that fails does an event fold into its neighbour's cluster.
class LanePlacer final
{
public:
    LanePlacer(const LayoutInput &in, int lane, double top, double rowHeight, int rows)
        : m_in(in), m_lane(lane), m_top(top), m_rowHeight(rowHeight), m_rows(std::max(1, rows)),
          m_scale(in.plot.width() / std::max(1.0, in.t1 - in.t0)),
          m_rowRight(m_rows, -std::numeric_limits<double>::infinity())
    {
    }

    double xOf(double t) const { return m_in.plot.left() + (t - m_in.t0) * m_scale; }

    /// Places all candidates, in start order.
    QVector<PlacedItem> place(const QVector<Candidate> &cands)
    {
        QVector<PlacedItem> placed;
        for (const Candidate &c : cands) {
            PlacedItem item;
            item.events = c.events;
            item.lane = m_lane;
            item.start = c.start;
            item.end = c.end;
            item.fuzzy = c.fuzzy && c.events.size() == 1;
            if (placeWhole(item) || placeShortened(item)) {
                m_rowRight[item.row] = rightEdge(item);
                m_used = std::max(m_used, item.row + 1);
                placed << item;
                continue;
            }
            if (placed.isEmpty()) { // a plot too narrow for any label: the first one is cut
                item.row = 0;
                geometry(item, Side::Right);
                item.label.setRight(std::max(item.label.left(), m_in.plot.right()));
                m_rowRight[0] = rightEdge(item);
                m_used = 1;
                placed << item;
                continue;
            }
            ++m_folded;
            // No room: join the most recently placed item, which is the last one in its row,
            // so growing it to the right cannot overlap anything already placed.
            PlacedItem &last = placed.last();
            last.events << c.events;
            last.end = std::max(last.end, c.end);
            last.fuzzy = false;
            geometry(last, Side::Right);
            if (last.label.left() < m_in.plot.right())
                last.label.setRight(std::min(last.label.right(), m_in.plot.right()));
            m_rowRight[last.row] = rightEdge(last);
        }
        for (PlacedItem &item : placed)
            item.elided = item.label.width() + 0.5 < m_in.textWidth(item.text);
        return placed;
    }

    int rowsUsed() const { return m_used; }
    /// Events that found no row of their own and joined a cluster.
    int folded() const { return m_folded; }
    /// Labels that had to be cut short.
    int shortened() const { return m_shortened; }

private:
    enum class Side { Right, Left };

    bool fitsPlot(const PlacedItem &item) const
    {
        return item.label.left() >= m_in.plot.left() && item.label.right() <= m_in.plot.right();
    }
    bool freeIn(int row, const PlacedItem &item) const
    {
        return m_rowRight[row] + kGap <= leftEdge(item);
    }
    static double leftEdge(const PlacedItem &item)
    {
        return std::min(item.mark.left(), item.label.left());
    }
    static double rightEdge(const PlacedItem &item)
    {
        return std::max(item.mark.right(), item.label.right());
    }

    bool placeWhole(PlacedItem &item)
    {
        for (int r = 0; r < m_rows; ++r) {
            item.row = r;
            for (Side side : {Side::Right, Side::Left}) {
                geometry(item, side);
                if (fitsPlot(item) && freeIn(r, item))
                    return true;
            }
        }
        return false;
    }

    /// A label cut short at the plot's right edge, or squeezed into the gap left of its mark.
    bool placeShortened(PlacedItem &item)
    {
        for (int r = 0; r < m_rows; ++r) {
            item.row = r;
            geometry(item, Side::Right);
            const double room = m_in.plot.right() - item.label.left();
            if (m_rowRight[r] + kGap <= item.mark.left() && room >= kMinLabelPx) {
                item.label.setRight(std::min(item.label.right(), m_in.plot.right()));
                ++m_shortened;
                return true;
            }
        }
        if (item.isCluster())
            return false;
        for (int r = 0; r < m_rows; ++r) {
            item.row = r;
            geometry(item, Side::Left);
            const double from = std::max(m_rowRight[r] + kGap, m_in.plot.left());
            const double to = item.mark.left() - 4;
            if (to - from >= kMinLabelPx) {
                item.label.setLeft(std::max(from, to - item.label.width()));
                item.label.setRight(to);
                ++m_shortened;
                return true;
            }
        }
        return false;
    }

    void geometry(PlacedItem &item, Side side) const
    {
        const double x0 = xOf(axisValue(item.start));
        const double x1 = xOf(axisValue(item.end) + kDayMs);
        const double y = m_top + m_in.laneHeader + item.row * m_rowHeight;
        item.point = !item.fuzzy && !item.isCluster() && (x1 - x0) < kPointSize;
        if (item.point || (item.isCluster() && (x1 - x0) < kPointSize)) {
            const double cx = (x0 + x1) / 2;
            const double h = std::min(kPointSize, m_rowHeight - 6);
            item.mark = QRectF(cx - kPointSize / 2, y + (m_rowHeight - h) / 2, kPointSize, h);
        } else {
            const double left = std::max(x0, m_in.plot.left() - 2);
            const double right = std::min(x1, m_in.plot.right() + 2);
            item.mark = QRectF(left, y + 3, std::max(kPointSize, right - left), m_rowHeight - 6);
        }
        item.text = clusterLabel(*m_in.events, item.events);
        const double w = m_in.textWidth(item.text);
        if (side == Side::Left) {
            item.label = QRectF(item.mark.left() - 4 - w, y, w, m_rowHeight);
            return;
        }
        const double labelX = (item.point || item.mark.width() <= kPointSize)
                                  ? item.mark.right() + 4
                                  : std::max(item.mark.left(), m_in.plot.left()) + 5;
        item.label = QRectF(labelX, y, w, m_rowHeight);
    }

    const LayoutInput &m_in;
    int m_lane;
    double m_top;
    double m_rowHeight;
    int m_rows;
    double m_scale;
    QVector<double> m_rowRight;
    int m_used = 0;
    int m_folded = 0;
    int m_shortened = 0;
};

/// Folds candidates that share a pixel bin, so a dense view costs the screen width.
QVector<Candidate> binned(QVector<Candidate> cands, const LayoutInput &in, int rows)
{
    if (cands.size() <= in.plot.width() / kBinPx * rows)
        return cands;
    const double scale = in.plot.width() / std::max(1.0, in.t1 - in.t0);
    QVector<Candidate> out;
    qint64 lastBin = std::numeric_limits<qint64>::min();
    for (const Candidate &c : cands) {
        const qint64 bin = qint64((axisValue(c.start) - in.t0) * scale / kBinPx);
        if (bin == lastBin && !out.isEmpty()) {
            out.last().events << c.events;
            out.last().end = std::max(out.last().end, c.end);
        } else {
            out << c;
            lastBin = bin;
        }
    }
    return out;
}

/// Rows per lane once the plot's height is shared: each lane asks for what it needs, and when
/// the sum does not fit the busiest lanes give rows back first. Every lane keeps one row.
QVector<int> shareRows(QVector<int> need, int available)
{
    int total = 0;
    for (int &n : need) {
        n = std::max(1, n);
        total += n;
    }
    while (total > available) {
        const auto busiest = std::max_element(need.begin(), need.end());
        if (*busiest <= 1)
            break;
        --*busiest;
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

    // Visible candidates per lane, in start order.
    QVector<QVector<Candidate>> perLane(lanes);
    for (int i : in.shown) {
        const auto &e = events.at(i);
        const double s = axisValue(e.start);
        const double t = axisValue(e.end) + kDayMs;
        if (t < in.t0 || s > in.t1)
            continue;
        ++out.visibleEvents;
        const int lane = std::clamp(in.laneOf.value(i, 0), 0, lanes - 1);
        perLane[lane] << Candidate{{i}, e.start, e.end, e.isFuzzy()};
    }

    // First pass, with rows to spare: how many rows each lane needs to show every label whole.
    QVector<int> need(lanes, 1);
    for (int l = 0; l < lanes; ++l) {
        LanePlacer trial(in, l, 0, in.rowHeight, kMaxRows);
        trial.place(binned(perLane[l], in, kMaxRows));
        need[l] = std::max(1, trial.rowsUsed());
    }

    // Share the height: rows first shrink towards the minimum height, then busy lanes give up
    // rows (and fold or shorten labels) only when even compact rows do not fit.
    const double headers = lanes * in.laneHeader;
    int needTotal = 0;
    for (int n : need)
        needTotal += n;
    const double room = std::max(0.0, in.plot.height() - headers);
    const double minRow = std::min(in.rowHeight, std::max(1.0, in.minRowHeight));
    double rowHeight = std::clamp(room / std::max(1, needTotal), minRow, in.rowHeight);
    const QVector<int> rows = shareRows(need, std::max(lanes, int(room / rowHeight)));
    int rowTotal = 0;
    for (int r : rows)
        rowTotal += r;
    const double spare = std::max(0.0, in.plot.height() - headers - rowTotal * rowHeight);

    double top = in.plot.top();
    for (int l = 0; l < lanes; ++l) {
        const double h = in.laneHeader + rows[l] * rowHeight + spare / lanes;
        out.lanes << QRectF(in.plot.left(), top, in.plot.width(), h);
        LanePlacer placer(in, l, top, rowHeight, rows[l]);
        out.items << placer.place(binned(perLane[l], in, rows[l]));
        top += h;
    }
    out.rowHeight = rowHeight;
    return out;
}

} // namespace summit::gui
