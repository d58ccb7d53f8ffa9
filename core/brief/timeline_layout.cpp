#include "brief/timeline_layout.h"

#include "brief/brief_dates.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>

namespace summit::brief {

namespace {

QFont titleFont() { return BriefStyle::sans(8); }
QFont dateFont() { return BriefStyle::sans(7); }
QFont tickFont() { return BriefStyle::sans(7); }

struct TickStep
{
    int days;   ///< used when months == 0
    int months;
};

} // namespace

TimelineLayout::TimelineLayout(const QVector<TimelineItem> &items, qreal width, qreal maxHeight,
                               const BriefStyle &style, QPaintDevice *device, const TimelineFrame &frame)
    : m_items(items), m_style(style), m_device(device)
{
    for (TimelineItem &item : m_items) {
        if (!item.end.isValid() || item.end < item.start)
            item.end = item.start;
    }
    if (!m_items.isEmpty()) {
        m_first = m_items.front().start;
        m_last = m_items.front().end;
        for (const TimelineItem &item : std::as_const(m_items)) {
            m_first = std::min(m_first, item.start);
            m_last = std::max(m_last, item.end);
        }
    } else {
        m_first = m_last = QDate::currentDate();
    }
    const bool framed = frame.first.isValid() || frame.last.isValid();
    if (frame.first.isValid())
        m_first = frame.first;
    if (frame.last.isValid())
        m_last = frame.last;
    if (m_last < m_first)
        m_last = m_first;
    // Pad the axis so the first and last markers do not sit on its ends; a scope given by the
    // reader is the axis itself.
    const qint64 span = m_first.daysTo(m_last);
    const qint64 pad = framed ? 0 : span == 0 ? 15 : std::max<qint64>(3, span / 25);
    m_first = m_first.addDays(-pad);
    m_last = m_last.addDays(pad);

    // Events outside the axis get their own place beyond its ends, so their labels do not
    // compete with the first and last events on it.
    for (const TimelineItem &item : std::as_const(m_items)) {
        if (item.end < m_first)
            m_leftRoom = m_style.pt(14);
        if (item.start > m_last)
            m_rightRoom = m_style.pt(14);
    }
    m_plotLeft = m_style.pt(6) + m_leftRoom;
    m_plotWidth = std::max(m_style.pt(50), width - 2 * m_style.pt(6) - m_leftRoom - m_rightRoom);
    m_laneHeight = QFontMetricsF(dateFont(), m_device).height() + QFontMetricsF(titleFont(), m_device).height()
                   + m_style.pt(6);
    const qreal bottomBand = m_style.pt(34); // markers, tick marks and tick labels
    const int maxLanes = std::clamp(int((maxHeight - bottomBand) / m_laneHeight), 1, 14);

    m_size = QSizeF(width, 0); // labels must stay within the width
    placeLabels(maxLanes);
    chooseTicks();
    m_axisY = m_style.pt(4) + m_lanesUsed * m_laneHeight + m_style.pt(8);
    for (PlacedLabel &label : m_labels)
        label.rect.translate(0, m_axisY);
    m_size = QSizeF(width, m_axisY + bottomBand - m_style.pt(8));
}

qreal TimelineLayout::xOf(QDate date) const
{
    const qreal span = std::max<qint64>(1, m_first.daysTo(m_last));
    if (date < m_first && m_leftRoom > 0)
        return m_plotLeft - m_leftRoom * 0.7;
    if (date > m_last && m_rightRoom > 0)
        return m_plotLeft + m_plotWidth + m_rightRoom * 0.7;
    const qreal at = m_plotLeft + m_plotWidth * qreal(m_first.daysTo(date)) / span;
    return std::clamp(at, m_plotLeft, m_plotLeft + m_plotWidth);
}

int TimelineLayout::outliers() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [this](const TimelineItem &i) { return i.end < m_first || i.start > m_last; }));
}

QRectF TimelineLayout::laneRect(qreal left, qreal width, int lane) const
{
    // Relative to the axis (y = 0), growing upwards; shifted once the lane count is known.
    const qreal gap = m_style.pt(8);
    return QRectF(left, -gap - (lane + 1) * m_laneHeight, width, m_laneHeight - m_style.pt(3));
}

bool TimelineLayout::fits(const QRectF &rect, qreal anchorX, int lane, QVector<int> *conflicts) const
{
    const qreal gap = m_style.pt(5);      // between two labels
    const qreal leaderGap = m_style.pt(1); // between a leader and a label (text is inset further)
    if (rect.left() < 0 || rect.right() > m_size.width())
        return false;
    bool ok = true;
    for (int i = 0; i < m_labels.size(); ++i) {
        const PlacedLabel &p = m_labels[i];
        const bool acrossNew = p.anchorX >= rect.left() - leaderGap && p.anchorX <= rect.right() + leaderGap;
        const bool newAcross = anchorX >= p.rect.left() - leaderGap && anchorX <= p.rect.right() + leaderGap;
        const bool clash = (p.lane == lane && (acrossNew || newAcross || rect.adjusted(-gap, 0, gap, 0).intersects(p.rect)))
                           || (p.lane > lane && acrossNew)   // an existing leader would run through the new label
                           || (p.lane < lane && newAcross);  // the new leader would run through an existing label
        if (!clash)
            continue;
        ok = false;
        if (!conflicts)
            return false;
        conflicts->append(i);
    }
    return ok;
}

// A summit the greedy pass left out takes the place that costs least: labels of lower
// importance that stand in its way give way to it (and are counted as left out).
void TimelineLayout::makeRoomForImportant(int maxLanes, const QVector<qreal> &widths, const QVector<qreal> &shortWidths)
{
    QVector<int> order(m_items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_items[a].importance > m_items[b].importance; });
    for (int item : order) {
        if (m_items[item].importance < 2)
            break;
        if (std::any_of(m_labels.begin(), m_labels.end(), [item](const PlacedLabel &l) { return l.item == item; }))
            continue;
        const qreal anchor = xOf(m_items[item].start);
        int bestCost = -1;
        PlacedLabel best;
        QVector<int> bestConflicts;
        for (const qreal w : {widths[item], shortWidths[item]})
            for (const qreal left : {anchor, anchor - w})
                for (int lane = 0; lane < maxLanes; ++lane) {
                    const QRectF rect = laneRect(left, w, lane);
                    QVector<int> conflicts;
                    if (rect.left() < 0 || rect.right() > m_size.width())
                        continue;
                    fits(rect, anchor, lane, &conflicts);
                    int cost = 0;
                    for (int c : conflicts) {
                        const int importance = m_items[m_labels[c].item].importance;
                        cost = importance >= m_items[item].importance ? INT_MAX / 2 : cost + int(std::pow(10, importance));
                    }
                    if (cost < INT_MAX / 2 && (bestCost < 0 || cost < bestCost)) {
                        bestCost = cost;
                        best = {item, rect, anchor, lane};
                        bestConflicts = conflicts;
                    }
                }
        if (bestCost < 0)
            continue;
        std::sort(bestConflicts.begin(), bestConflicts.end(), std::greater<int>());
        for (int c : bestConflicts)
            m_labels.removeAt(c);
        m_labels.append(best);
    }
    m_lanesUsed = 0;
    for (const PlacedLabel &l : std::as_const(m_labels))
        m_lanesUsed = std::max(m_lanesUsed, l.lane + 1);
}

void TimelineLayout::placeLabels(int maxLanes)
{
    const QFontMetricsF titleMetrics(titleFont(), m_device);
    const QFontMetricsF dateMetrics(dateFont(), m_device);
    const qreal maxTextWidth = std::min(m_plotWidth * 0.4, m_style.pt(135));
    const qreal inset = m_style.pt(3);
    // Each label is tried whole first and cut short only where the whole title finds no room.
    QVector<qreal> widths, shortWidths;
    for (const TimelineItem &item : std::as_const(m_items)) {
        const qreal date = dateMetrics.horizontalAdvance(dateRangeText(item.start, item.end, true));
        widths.append(std::max(titleMetrics.horizontalAdvance(item.title), date) + inset);
        const QString title = titleMetrics.elidedText(item.title, Qt::ElideRight, maxTextWidth);
        shortWidths.append(std::max(titleMetrics.horizontalAdvance(title), date) + inset);
    }

    // A cluster of close events stacks as a staircase: latest first with flags to the right of
    // their leaders (each earlier event climbs a lane, its leader passing left of the labels
    // below), or earliest first with flags to the left, which is what works near the right
    // edge. Try each, and the mix of both halves of the axis; keep the one that labels the
    // most events in the fewest lanes.
    struct Step
    {
        int index;
        bool rightFirst;
    };
    QVector<int> byDate(m_items.size());
    std::iota(byDate.begin(), byDate.end(), 0);
    std::stable_sort(byDate.begin(), byDate.end(), [this](int a, int b) { return m_items[a].start < m_items[b].start; });
    const qreal middle = m_plotLeft + m_plotWidth / 2;
    QVector<QVector<Step>> strategies(3);
    for (auto it = byDate.rbegin(); it != byDate.rend(); ++it)
        strategies[0].append({*it, true});
    for (int index : byDate)
        strategies[1].append({index, false});
    for (auto it = byDate.rbegin(); it != byDate.rend(); ++it) {
        if (xOf(m_items[*it].start) <= middle)
            strategies[2].append({*it, true});
    }
    for (int index : byDate) {
        if (xOf(m_items[index].start) > middle)
            strategies[2].append({index, false});
    }
    auto weight = [this](const QVector<PlacedLabel> &labels) {
        int w = 0;
        for (const PlacedLabel &l : labels)
            w += int(std::pow(10, m_items[l.item].importance)); // one summit outweighs any number of lesser labels nearby
        return w;
    };

    QVector<PlacedLabel> best;
    int bestLanes = 0;
    for (const QVector<Step> &steps : strategies) {
        m_labels.clear();
        m_lanesUsed = 0;
        for (const Step &step : steps) {
            const qreal anchor = xOf(m_items[step.index].start);
            // Climb the lanes with the preferred side before trying the other: a flag on the
            // wrong side low down would cover the leaders of the rest of the cluster.
            bool placed = false;
            for (const qreal w : {widths[step.index], shortWidths[step.index]})
            for (const qreal left : {step.rightFirst ? anchor : anchor - w, step.rightFirst ? anchor - w : anchor}) {
                if (placed)
                    break;
                for (int lane = 0; lane < maxLanes && !placed; ++lane) {
                    const QRectF rect = laneRect(left, w, lane);
                    if (fits(rect, anchor, lane)) {
                        m_labels.append({step.index, rect, anchor, lane});
                        m_lanesUsed = std::max(m_lanesUsed, lane + 1);
                        placed = true;
                    }
                }
                if (placed)
                    break;
            }
        }
        if (best.isEmpty() || weight(m_labels) > weight(best)
            || (weight(m_labels) == weight(best) && m_lanesUsed < bestLanes)) {
            best = m_labels;
            bestLanes = m_lanesUsed;
        }
    }
    m_labels = best;
    m_lanesUsed = bestLanes;
    makeRoomForImportant(maxLanes, widths, shortWidths);
}

void TimelineLayout::chooseTicks()
{
    static const TickStep steps[] = {{1, 0}, {2, 0}, {7, 0}, {14, 0}, {0, 1}, {0, 2},
                                     {0, 3}, {0, 6}, {0, 12}, {0, 24}, {0, 60}, {0, 120}};
    const QFontMetricsF metrics(tickFont(), m_device);
    const QLocale english = QLocale::c();
    const qreal spanDays = std::max<qint64>(1, m_first.daysTo(m_last));
    for (const TickStep &step : steps) {
        const qreal stepDays = step.months ? step.months * 30.4 : step.days;
        const QString pattern = step.months >= 12 ? QStringLiteral("yyyy")
                                : step.months ? QStringLiteral("MMM yyyy")
                                              : QStringLiteral("d MMM");
        const qreal labelWidth = metrics.horizontalAdvance(english.toString(QDate(2008, 9, 28), pattern));
        if (m_plotWidth * stepDays / spanDays < labelWidth + m_style.pt(12) && step.months < 120)
            continue;
        m_ticks.clear();
        QDate d;
        if (step.months) {
            d = QDate(m_first.year(), m_first.month(), 1);
            if (d < m_first)
                d = d.addMonths(1);
            while ((d.month() - 1) % std::min(step.months, 12) != 0 || (step.months > 12 && d.year() % (step.months / 12)))
                d = d.addMonths(1);
        } else {
            d = m_first;
            if (step.days >= 7)
                d = d.addDays((8 - d.dayOfWeek()) % 7); // Mondays
        }
        for (; d <= m_last; d = step.months ? d.addMonths(step.months) : d.addDays(step.days))
            m_ticks.append({xOf(d), english.toString(d, pattern)});
        return;
    }
}

void TimelineLayout::paint(QPainter *painter, QPointF origin) const
{
    painter->save();
    painter->translate(origin);
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal axisRight = m_plotLeft + m_plotWidth;

    // Leaders under everything else.
    painter->setPen(QPen(BriefStyle::rule().darker(115), m_style.pt(0.5)));
    for (const PlacedLabel &label : m_labels)
        painter->drawLine(QPointF(label.anchorX, m_axisY - m_style.pt(3)), QPointF(label.anchorX, label.rect.top()));

    painter->setPen(QPen(BriefStyle::ink(), m_style.pt(0.8)));
    painter->drawLine(QPointF(m_plotLeft, m_axisY), QPointF(axisRight, m_axisY));
    painter->setFont(tickFont());
    const QFontMetricsF tickMetrics(tickFont(), painter->device());
    for (const Tick &tick : m_ticks) {
        painter->setPen(QPen(BriefStyle::ink(), m_style.pt(0.6)));
        painter->drawLine(QPointF(tick.x, m_axisY), QPointF(tick.x, m_axisY + m_style.pt(3.5)));
        const qreal w = tickMetrics.horizontalAdvance(tick.text);
        const qreal left = std::clamp(tick.x - w / 2, 0.0, m_size.width() - w);
        painter->setPen(BriefStyle::muted());
        painter->drawText(QPointF(left, m_axisY + m_style.pt(5) + tickMetrics.ascent()), tick.text);
    }

    const qreal r = m_style.pt(2.6);
    for (const TimelineItem &item : m_items) {
        painter->setPen(QPen(item.reported ? BriefStyle::accent() : BriefStyle::muted(), m_style.pt(0.7)));
        painter->setBrush(item.reported ? BriefStyle::accent() : QColor(Qt::white));
        if (item.end < m_first || item.start > m_last) {
            // Outside the scope: a triangle on the axis end, pointing to where it lies.
            const qreal x = xOf(item.start);
            const qreal d = item.start > m_last ? r * 1.6 : -r * 1.6;
            painter->save();
            painter->setPen(QPen(BriefStyle::ink(), m_style.pt(0.6), Qt::DotLine));
            painter->drawLine(QPointF(item.start > m_last ? axisRight : m_plotLeft, m_axisY), QPointF(x, m_axisY));
            painter->restore();
            painter->drawPolygon(QPolygonF({QPointF(x + d, m_axisY), QPointF(x, m_axisY - r * 1.3), QPointF(x, m_axisY + r * 1.3)}));
            continue;
        }
        // A hairline of paper between consecutive bars keeps neighbours apart.
        const qreal x0 = xOf(item.start) + m_style.pt(0.4);
        const qreal x1 = xOf(item.end.addDays(1)) - m_style.pt(0.4);
        if (x1 - x0 > 2 * r)
            painter->drawRoundedRect(QRectF(x0, m_axisY - r, x1 - x0, 2 * r), r, r);
        else
            painter->drawEllipse(QPointF(x0, m_axisY), r, r);
    }

    const QFontMetricsF dateMetrics(dateFont(), painter->device());
    const QFontMetricsF titleMetrics(titleFont(), painter->device());
    const qreal inset = m_style.pt(3);
    for (const PlacedLabel &label : m_labels) {
        const TimelineItem &item = m_items[label.item];
        const bool right = label.rect.left() >= label.anchorX - 0.5;
        const qreal textLeft = right ? label.rect.left() + inset : label.rect.left();
        const qreal textWidth = label.rect.width() - inset;
        painter->setFont(dateFont());
        painter->setPen(BriefStyle::muted());
        const QString date = dateRangeText(item.start, item.end, true);
        const qreal dateX = right ? textLeft : textLeft + textWidth - dateMetrics.horizontalAdvance(date);
        painter->drawText(QPointF(dateX, label.rect.top() + dateMetrics.ascent()), date);
        painter->setFont(titleFont());
        painter->setPen(item.reported ? BriefStyle::ink() : BriefStyle::muted());
        const QString title = titleMetrics.elidedText(item.title, Qt::ElideRight, textWidth + 0.5);
        const qreal titleX = right ? textLeft : textLeft + textWidth - titleMetrics.horizontalAdvance(title);
        painter->drawText(QPointF(titleX, label.rect.top() + dateMetrics.height() + titleMetrics.ascent()), title);
    }
    painter->restore();
}

} // namespace summit::brief
