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
    int articles = 0;
    int quotes = 0;
    for (int i : members) {
        const auto &e = all.at(i);
        start = std::min(start, e.start);
        end = std::max(end, e.end);
        if (shortPlace(e.place) != place)
            place.clear();
        articles += e.articleCount;
        quotes += e.quoteCount;
    }
    const QString head = place.isEmpty() ? QStringLiteral("%1 events").arg(members.size())
                                         : place;
    return QStringLiteral("%1, %2 · %3 article%4 · %5 quote%6")
        .arg(head, dateExtentText(start, end, QStringLiteral("day")))
        .arg(articles)
        .arg(articles == 1 ? QString() : QStringLiteral("s"))
        .arg(quotes)
        .arg(quotes == 1 ? QString() : QStringLiteral("s"));
}

TimelineLayout layoutTimeline(const LayoutInput &in)
{
    TimelineLayout out;
    const auto &events = *in.events;
    const int lanes = std::max(1, in.laneCount);
    const double scale = in.plot.width() / std::max(1.0, in.t1 - in.t0);
    auto xOf = [&](double t) { return in.plot.left() + (t - in.t0) * scale; };

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

    // Lanes get height by need: a busy lane gets more rows than a quiet one, so fewer
    // events have to be folded into clusters. Every lane keeps at least one row.
    QVector<double> want(lanes);
    double totalWant = 0;
    for (int l = 0; l < lanes; ++l) {
        want[l] = in.laneHeader + in.rowHeight * std::clamp<double>(perLane[l].size(), 1, 10);
        totalWant += want[l];
    }
    double top = in.plot.top();
    const double spare = in.plot.height() - totalWant;
    for (int l = 0; l < lanes; ++l) {
        const double h = spare >= 0 ? want[l] + spare / lanes
                                    : std::max(in.laneHeader + in.rowHeight,
                                               want[l] * in.plot.height() / totalWant);
        out.lanes << QRectF(in.plot.left(), top, in.plot.width(), h);
        top += h;
    }

    for (int lane = 0; lane < lanes; ++lane) {
        QVector<Candidate> cands = std::move(perLane[lane]);
        const int maxRows =
            std::max(1, int((out.lanes[lane].height() - in.laneHeader) / in.rowHeight));
        // Aggregate when dense: more events than could ever get a label share pixel bins.
        if (cands.size() > in.plot.width() / kBinPx * maxRows) {
            QVector<Candidate> binned;
            qint64 lastBin = std::numeric_limits<qint64>::min();
            for (const Candidate &c : cands) {
                const qint64 bin = qint64((xOf(axisValue(c.start)) - in.plot.left()) / kBinPx);
                if (bin == lastBin && !binned.isEmpty()) {
                    binned.last().events << c.events;
                    binned.last().end = std::max(binned.last().end, c.end);
                } else {
                    binned << c;
                    lastBin = bin;
                }
            }
            cands = std::move(binned);
        }

        QVector<double> rowRight(maxRows, -std::numeric_limits<double>::infinity());
        QVector<PlacedItem> placed;
        auto geometry = [&](PlacedItem &item, bool allowFlip) {
            const double x0 = xOf(axisValue(item.start));
            const double x1 = xOf(axisValue(item.end) + kDayMs);
            const double y = out.lanes[lane].top() + in.laneHeader + item.row * in.rowHeight;
            item.point = !item.fuzzy && !item.isCluster() && (x1 - x0) < kPointSize;
            if (item.point || (item.isCluster() && (x1 - x0) < kPointSize)) {
                const double cx = (x0 + x1) / 2;
                item.mark = QRectF(cx - kPointSize / 2, y + 4, kPointSize, in.rowHeight - 8);
            } else {
                const double left = std::max(x0, in.plot.left() - 2);
                const double right = std::min(x1, in.plot.right() + 2);
                item.mark = QRectF(left, y + 3, std::max(kPointSize, right - left), in.rowHeight - 6);
            }
            item.text = clusterLabel(events, item.events);
            const double labelX = (item.point || item.mark.width() <= kPointSize)
                                      ? item.mark.right() + 4
                                      : std::max(item.mark.left(), in.plot.left()) + 5;
            const double w = in.textWidth(item.text);
            item.label = QRectF(labelX, y, w, in.rowHeight);
            // Near the right edge the label goes to the left of its mark instead of off-screen.
            if (allowFlip && item.label.right() > in.plot.right() && item.mark.left() - 4 - w >= in.plot.left())
                item.label.moveRight(item.mark.left() - 4);
        };
        auto leftEdge = [](const PlacedItem &item) {
            return std::min(item.mark.left(), item.label.left());
        };
        auto rightEdge = [](const PlacedItem &item) {
            return std::max(item.mark.right(), item.label.right());
        };

        for (const Candidate &c : cands) {
            PlacedItem item;
            item.events = c.events;
            item.lane = lane;
            item.start = c.start;
            item.end = c.end;
            item.fuzzy = c.fuzzy && c.events.size() == 1;
            int row = -1;
            for (int r = 0; r < maxRows && row < 0; ++r) {
                item.row = r;
                geometry(item, true);
                if (rowRight[r] + kGap <= leftEdge(item))
                    row = r;
            }
            // Near the right edge a label may be cut short rather than fold into a cluster.
            for (int r = 0; r < maxRows && row < 0; ++r) {
                item.row = r;
                geometry(item, false);
                const double room = in.plot.right() - item.label.left();
                if (rowRight[r] + kGap <= item.mark.left() && room >= kMinLabelPx) {
                    item.label.setRight(std::min(item.label.right(), in.plot.right()));
                    row = r;
                }
            }
            // Or shortened on the left of its mark, in the gap the row still has.
            for (int r = 0; r < maxRows && row < 0; ++r) {
                item.row = r;
                geometry(item, false);
                const double from = rowRight[r] + kGap;
                const double to = item.mark.left() - 4;
                if (!item.isCluster() && to - from >= kMinLabelPx && item.label.right() > in.plot.right()) {
                    item.label.setLeft(std::max(from, to - item.label.width()));
                    item.label.setRight(to);
                    row = r;
                }
            }
            if (row >= 0) {
                rowRight[row] = rightEdge(item);
                placed << item;
                continue;
            }
            // No room: join the most recently placed item, which is the last one in its row,
            // so growing it to the right cannot overlap anything already placed.
            PlacedItem &last = placed.last();
            last.events << c.events;
            last.end = std::max(last.end, c.end);
            last.fuzzy = false;
            geometry(last, false); // flipping left could cover earlier items of its row
            if (last.label.left() < in.plot.right())
                last.label.setRight(std::min(last.label.right(), in.plot.right()));
            rowRight[last.row] = rightEdge(last);
        }
        out.items << placed;
    }
    return out;
}

} // namespace summit::gui
