#include "timeline/event_layer.h"

#include "timeline/event_importance.h"
#include "timeline/time_scale.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace summit::gui {

namespace {
// The cached window reaches this many view widths beyond each side of the view: a drag of up
// to that far reuses it. Wider windows make each zoom step's layout costlier.
constexpr double kWindowMargin = 1.0;
constexpr int kCachedWindows = 4; // zoom levels kept, so zooming back in place is a hit

bool clearOfOthers(const QVector<PlacedItem> &items, int self, const QRectF &mark, const QRectF &label)
{
    for (int j = 0; j < items.size(); ++j) {
        if (j == self)
            continue;
        const PlacedItem &b = items.at(j);
        if (label.intersects(b.mark) || label.intersects(b.label) || mark.intersects(b.label)
            || (mark != items.at(self).mark && mark.intersects(b.mark)))
            return false;
    }
    return true;
}

/// A window's label may run past the view's edge where a layout of the view alone would have
/// put it on the mark's other side or in another row: do the same here, among the items in
/// view, and shorten it to the edge only when no row has room (as the layout does).
void keepLabelsInView(QVector<PlacedItem> &items, const QRectF &plot, double rowHeight)
{
    QHash<int, int> lastRow; // per lane, the deepest row the window used
    for (const PlacedItem &item : items)
        lastRow[item.lane] = std::max(lastRow.value(item.lane), item.row);
    const QRectF inside = plot.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (int i = 0; i < items.size(); ++i) {
        PlacedItem &item = items[i];
        if (item.label.isEmpty() || inside.contains(item.label))
            continue;
        const bool right = item.label.left() >= item.mark.center().x();
        const double gap = right ? item.label.left() - item.mark.right() : item.mark.left() - item.label.right();
        QRectF flipped = item.label;
        flipped.moveLeft(right ? item.mark.left() - gap - item.label.width() : item.mark.right() + gap);
        bool placed = false;
        for (int r = 0; r <= lastRow.value(item.lane) && !placed; ++r) {
            const double dy = (r - item.row) * rowHeight;
            for (const QRectF &label : {item.label, flipped}) {
                const QRectF l = label.translated(0, dy);
                const QRectF m = item.mark.translated(0, dy);
                if (inside.contains(l) && clearOfOthers(items, i, m, l)) {
                    item.label = l;
                    item.mark = m;
                    item.row = r;
                    placed = true;
                    break;
                }
            }
        }
        if (placed)
            continue;
        QRectF cut = item.label.intersected(plot);
        if (cut.width() < 24)
            cut = QRectF();
        item.label = cut;
        item.elided = !cut.isEmpty();
    }
}

} // namespace

EventLayer::EventLayer(QGraphicsItem *parent) : QGraphicsObject(parent)
{
    m_titleFont.setPointSizeF(m_font.pointSizeF() * 0.85);
    m_titleFont.setCapitalization(QFont::AllUppercase);
    m_titleFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    setAcceptedMouseButtons(Qt::NoButton); // the view handles input
}

void EventLayer::setContent(const QVector<library::EventRecord> *events, QVector<int> shown,
                            QVector<int> laneOf, QStringList laneTitles)
{
    m_events = events;
    m_shown = std::move(shown);
    m_laneOf = std::move(laneOf);
    m_laneTitles = std::move(laneTitles);
    // Importance and label widths do not change with the zoom: computing them once keeps each
    // wheel and drag step to the placement itself.
    m_importance.clear();
    m_labelWidths.clear();
    if (m_events) {
        m_importance.reserve(m_events->size());
        for (const auto &e : *m_events)
            m_importance << eventImportance(e);
        m_labelWidths.fill(-1, m_events->size());
    }
    ++m_generation;
    m_windows.clear();
    relayout();
}

void EventLayer::setView(const QRectF &plot, double t0, double t1)
{
    if (plot != m_plot)
        prepareGeometryChange();
    m_plot = plot;
    m_t0 = t0;
    m_t1 = t1;
    relayout();
}

void EventLayer::setWarp(const TimeWarp *warp)
{
    m_warp = warp;
    // The warp is the view's and changes in place: any cached window may be stale.
    ++m_generation;
    m_windows.clear();
    relayout();
}

void EventLayer::setSelectedEvent(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    // In a histogram lane the selected event gets its mark and label first, so choosing one
    // the lane only counted still shows where it is; other lanes keep their labels in place.
    const bool dense = !m_layout.density.isEmpty();
    dropDenseWindows();
    if (!dense)
        update();
    else
        relayout();
}

void EventLayer::setHighlightedEvents(const QSet<qint64> &ids)
{
    m_highlighted = ids;
    update();
}

void EventLayer::setColors(const TimelineColors &colors)
{
    m_colors = colors;
    update();
}

double EventLayer::labelWidth(int i) const
{
    double &w = m_labelWidths[i];
    if (w < 0)
        w = QFontMetricsF(m_font).horizontalAdvance(eventLabel(m_events->at(i)));
    return w;
}

LayoutInput EventLayer::layoutInput(const QRectF &plot) const
{
    LayoutInput in;
    in.events = m_events;
    in.shown = m_shown;
    in.laneOf = m_laneOf;
    in.laneCount = std::max<int>(1, int(m_laneTitles.size()));
    in.t0 = m_t0;
    in.t1 = m_t1;
    in.plot = plot;
    const QFontMetricsF fm(m_font);
    in.textWidth = [fm](const QString &s) { return fm.horizontalAdvance(s); };
    in.importance = &m_importance;
    if (m_selected != 0)
        for (int i = 0; i < m_events->size() && in.selected < 0; ++i)
            if (m_events->at(i).id == m_selected)
                in.selected = i;
    in.warp = m_warp && !m_warp->isIdentity() ? m_warp : nullptr;
    in.eventTextWidth = [this](int i) { return labelWidth(i); };
    in.rowHeight = std::max(22.0, fm.height() + 8);
    in.minRowHeight = fm.height() + 3; // still one clear line of text per row
    in.laneHeader = QFontMetricsF(m_titleFont).height() + 4;
    const QFontMetricsF titles(m_titleFont);
    for (const QString &t : std::as_const(m_laneTitles))
        in.laneTitleWidths << titles.horizontalAdvance(t) + 2;
    if (m_outside.before > 0)
        in.edgeBeforeWidth = fm.horizontalAdvance(edgeMarkerText(-1)) + 12;
    if (m_outside.after > 0)
        in.edgeAfterWidth = fm.horizontalAdvance(edgeMarkerText(+1)) + 12;
    return in;
}

TimelineLayout EventLayer::layoutFor(const QRectF &plot) const
{
    if (!m_events || plot.width() <= 10)
        return {};
    return layoutTimeline(layoutInput(plot));
}

void EventLayer::relayout()
{
    m_layout = {};
    m_outside = {};
    if (m_events && m_plot.width() > 10 && m_t1 > m_t0) {
        const TimeWarp *warp = m_warp && !m_warp->isIdentity() ? m_warp : nullptr;
        m_outside = eventsOutside(*m_events, m_shown, warp ? warp->toTime(m_t0) : m_t0,
                                  warp ? warp->toTime(m_t1) : m_t1);
        // A view at a new zoom gets a layout of its own, as cheap as before (and kept, so
        // zooming back to it is free); the first pan at that zoom lays out the wider window,
        // and pans inside it reuse that.
        const CachedWindow key = windowKey();
        const CachedWindow *window = cachedWindow(key);
        if (!window && m_lastFresh.generation == key.generation && sameScale(m_lastFresh, key))
            window = &addWindow(key);
        if (window && !window->layout.inlineTitles) {
            m_layout = viewOf(*window);
        } else {
            // A new zoom, or a plot so short that lane titles move inline: they and the edge
            // markers take room from the view's own first row, which a window cannot know.
            ++m_layoutCount;
            m_layout = layoutTimeline(layoutInput(m_plot));
            m_lastFresh = key;
            if (!m_layout.inlineTitles)
                keepWindow(key, m_t0, m_t1, m_plot.left(), m_layout);
        }
    }
    update();
}

EventLayer::CachedWindow EventLayer::windowKey() const
{
    CachedWindow key;
    key.generation = m_generation;
    key.viewSize = m_plot.size();
    key.top = m_plot.top();
    key.pxPerAxis = m_plot.width() / (m_t1 - m_t0);
    return key;
}

bool EventLayer::sameScale(const CachedWindow &a, const CachedWindow &b)
{
    // A drag moves both ends of the range by the same amount, give or take rounding.
    return a.viewSize == b.viewSize && a.top == b.top && std::abs(a.pxPerAxis - b.pxPerAxis) <= b.pxPerAxis * 1e-9;
}

const EventLayer::CachedWindow *EventLayer::cachedWindow(const CachedWindow &key)
{
    const double slack = (m_t1 - m_t0) * 1e-9;
    for (int i = 0; i < m_windows.size(); ++i) {
        const CachedWindow &w = m_windows.at(i);
        if (w.generation == key.generation && sameScale(w, key) && w.t0 <= m_t0 + slack && w.t1 >= m_t1 - slack) {
            m_windows.move(i, 0);
            return &m_windows.first();
        }
    }
    return nullptr;
}

const EventLayer::CachedWindow &EventLayer::addWindow(const CachedWindow &key)
{
    const double span = m_t1 - m_t0;
    CachedWindow w;
    w.t0 = m_t0 - kWindowMargin * span;
    w.t1 = m_t1 + kWindowMargin * span;
    w.left = m_plot.left() - kWindowMargin * m_plot.width();
    LayoutInput in = layoutInput(QRectF(w.left, m_plot.top(), (1 + 2 * kWindowMargin) * m_plot.width(), m_plot.height()));
    in.t0 = w.t0;
    in.t1 = w.t1;
    in.edgeBeforeWidth = in.edgeAfterWidth = 0; // the view's, placed per view (placeLaneTitles)
    ++m_layoutCount;
    return keepWindow(key, w.t0, w.t1, w.left, layoutTimeline(in));
}

const EventLayer::CachedWindow &EventLayer::keepWindow(const CachedWindow &key, double t0, double t1, double left,
                                                       TimelineLayout layout)
{
    CachedWindow w = key;
    w.t0 = t0;
    w.t1 = t1;
    w.left = left;
    w.layout = std::move(layout);
    m_windows.prepend(std::move(w));
    if (m_windows.size() > kCachedWindows)
        m_windows.resize(kCachedWindows);
    return m_windows.first();
}

TimelineLayout EventLayer::viewOf(const CachedWindow &w) const
{
    // Where the window put axis value a: w.left + (a - w.t0) * px; the view puts it at
    // m_plot.left() + (a - m_t0) * px.
    const double dx = m_plot.left() - w.left + (w.t0 - m_t0) * w.pxPerAxis;
    const LayoutInput in = layoutInput(m_plot);
    TimelineLayout out;
    out.rowHeight = w.layout.rowHeight;
    out.inlineTitles = w.layout.inlineTitles;
    for (const QRectF &lane : w.layout.lanes)
        out.lanes << QRectF(m_plot.left(), lane.top(), m_plot.width(), lane.height());
    for (const LaneDensity &d : w.layout.density) {
        // Only the bins in view: painting stays as cheap as a layout of the view alone.
        LaneDensity v = d;
        const double left = d.area.left() + dx;
        const int n = int(d.bins.size());
        const int b0 = std::clamp(int(std::floor((m_plot.left() - left) / d.binPx)), 0, n);
        const int b1 = std::clamp(int(std::ceil((m_plot.right() - left) / d.binPx)), b0, n);
        v.bins = d.bins.mid(b0, b1 - b0);
        v.area = QRectF(left + b0 * d.binPx, d.area.top(), (b1 - b0) * d.binPx, d.area.height());
        out.density << v;
    }
    for (const PlacedItem &item : w.layout.items) {
        const bool inView = std::any_of(item.events.begin(), item.events.end(),
                                        [&](int i) { return visibleIn(in, m_events->at(i)); });
        if (!inView)
            continue;
        PlacedItem v = item;
        v.mark.translate(dx, 0);
        v.label.translate(dx, 0);
        out.items << v;
    }
    keepLabelsInView(out.items, m_plot, out.rowHeight);
    for (int i : m_shown)
        out.visibleEvents += visibleIn(in, m_events->at(i)) ? 1 : 0;
    placeLaneTitles(in, out);
    return out;
}

void EventLayer::dropDenseWindows()
{
    // The selected event leads only in histogram lanes: other windows stay valid.
    m_windows.erase(std::remove_if(m_windows.begin(), m_windows.end(),
                                   [](const CachedWindow &w) { return !w.layout.density.isEmpty(); }),
                    m_windows.end());
}

int EventLayer::itemAt(const QPointF &pos) const
{
    for (int i = int(m_layout.items.size()) - 1; i >= 0; --i) {
        const PlacedItem &item = m_layout.items.at(i);
        if (item.mark.adjusted(-3, -3, 3, 3).contains(pos) || item.label.contains(pos))
            return i;
    }
    return -1;
}

QString EventLayer::edgeMarkerText(int side) const
{
    return side < 0 ? QStringLiteral("← %1").arg(m_outside.latestBefore.year())
                    : QStringLiteral("%1 →").arg(m_outside.earliestAfter.year());
}

QRectF EventLayer::edgeMarkerRect(int side) const
{
    return side < 0 ? m_layout.edgeBefore : m_layout.edgeAfter;
}

int EventLayer::edgeMarkerAt(const QPointF &pos) const
{
    if (edgeMarkerRect(-1).contains(pos))
        return -1;
    if (edgeMarkerRect(+1).contains(pos))
        return +1;
    return 0;
}

QRectF EventLayer::boundingRect() const
{
    // The plot, and the axis band under it where compressed gaps say how long they are.
    return m_plot.adjusted(0, 0, 0, QFontMetricsF(m_font).height() + 4);
}

void EventLayer::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->save();
    p->setClipRect(m_plot);
    p->setRenderHint(QPainter::Antialiasing);
    for (int l = 0; l < m_layout.lanes.size(); ++l) {
        const QRectF lane = m_layout.lanes.at(l);
        QColor band = l % 2 ? m_colors.laneB : m_colors.laneA;
        band.setAlpha(150);
        p->fillRect(lane, band);
        p->setFont(m_titleFont);
        p->setPen(m_colors.lane(l));
        p->drawText(m_layout.laneTitles.value(l), Qt::AlignLeft | Qt::AlignVCenter, m_laneTitles.value(l));
    }
    paintBreaks(p);
    for (const LaneDensity &d : m_layout.density)
        paintDensity(p, d);
    p->setFont(m_font);
    for (const PlacedItem &item : m_layout.items)
        paintItem(p, item);
    paintEdgeMarkers(p);
    p->restore();
}

void EventLayer::paintItem(QPainter *p, const PlacedItem &item) const
{
    const QColor base = m_colors.lane(item.lane);
    bool selected = false;
    bool hit = false;
    for (int i : item.events) {
        const qint64 id = m_events->at(i).id;
        selected = selected || id == m_selected;
        hit = hit || m_highlighted.contains(id);
    }
    if (hit) {
        // Inset vertically so halos of neighbouring rows stay apart.
        const QRectF halo = item.mark.united(item.label).adjusted(-3, 1.5, 3, -1.5);
        p->setPen(Qt::NoPen);
        p->setBrush(m_colors.searchHit);
        p->drawRoundedRect(halo, 5, 5);
    }
    const QRectF m = item.mark;
    if (item.point) {
        QPainterPath diamond;
        const QPointF c = m.center();
        const double r = m.width() / 2 + 1;
        diamond.moveTo(c.x(), c.y() - r);
        diamond.lineTo(c.x() + r, c.y());
        diamond.lineTo(c.x(), c.y() + r);
        diamond.lineTo(c.x() - r, c.y());
        diamond.closeSubpath();
        p->setPen(QPen(base.darker(130), 1));
        p->setBrush(base);
        p->drawPath(diamond);
    } else if (item.fuzzy) {
        // Known only to a month, season or year: a soft extent, never a false exact day.
        QLinearGradient g(m.topLeft(), m.topRight());
        QColor solid = base;
        solid.setAlpha(120);
        QColor clear = base;
        clear.setAlpha(0);
        g.setColorAt(0, clear);
        g.setColorAt(0.2, solid);
        g.setColorAt(0.8, solid);
        g.setColorAt(1, clear);
        p->setPen(Qt::NoPen);
        p->setBrush(g);
        p->drawRoundedRect(m, 3, 3);
        QColor hatch = base.darker(140);
        hatch.setAlpha(110);
        p->setBrush(QBrush(hatch, Qt::BDiagPattern));
        p->drawRoundedRect(m, 3, 3);
        p->setPen(QPen(hatch, 1, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(m, 3, 3);
    } else {
        QColor fill = base;
        fill.setAlpha(item.isCluster() ? 120 : 90);
        p->setPen(QPen(base, 1.2));
        p->setBrush(fill);
        p->drawRoundedRect(m, 4, 4);
    }
    if (item.isCluster()) {
        // A second outline just above the mark: several things here. It stays inside the
        // row and away from the label, so nothing covers text.
        QColor edge = base.darker(140);
        p->setPen(QPen(edge, 1));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(m.translated(2, -2), 4, 4);
    }
    if (selected) {
        p->setPen(QPen(m_colors.selection, 2.2));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(m.adjusted(-2, -2, 2, 2), 5, 5);
    }
    if (item.label.isEmpty())
        return; // a mark whose label had no room: the pointer and the event table name it
    if (!m_layout.density.isEmpty()) {
        // Over a histogram the text needs its own ground to stay readable.
        QColor ground = m_colors.laneA;
        ground.setAlpha(240);
        p->setPen(Qt::NoPen);
        p->setBrush(ground);
        const double w = std::min(item.label.width(), QFontMetricsF(m_font).horizontalAdvance(item.text));
        p->drawRoundedRect(QRectF(item.label.left() - 2, item.label.center().y() - 8, w + 4, 16), 3, 3);
    }
    QFont f = m_font;
    f.setUnderline(selected);
    p->setFont(f);
    p->setPen(m_colors.text);
    const QString text = QFontMetricsF(f).elidedText(item.text, Qt::ElideRight, item.label.width() + 1);
    p->drawText(item.label, Qt::AlignLeft | Qt::AlignVCenter, text);
    p->setFont(m_font);
}

} // namespace summit::gui

namespace summit::gui {

void EventLayer::paintDensity(QPainter *p, const LaneDensity &d) const
{
    // One filled outline per lane: a few hundred points however many events the lane holds.
    QPolygonF outline;
    outline.reserve(d.bins.size() * 2 + 2);
    const double base = d.area.bottom() - 1;
    const double height = d.area.height() - 2;
    outline << QPointF(d.area.left(), base);
    for (int b = 0; b < d.bins.size(); ++b) {
        const double y = base - d.bins.at(b) * height;
        outline << QPointF(d.area.left() + b * d.binPx, y)
                << QPointF(d.area.left() + (b + 1) * d.binPx, y);
    }
    outline << QPointF(d.area.left() + d.bins.size() * d.binPx, base);
    QColor fill = m_colors.lane(d.lane);
    fill.setAlpha(70);
    p->setPen(QPen(m_colors.lane(d.lane), 1));
    p->setBrush(fill);
    p->drawPolygon(outline);
}

void EventLayer::paintEdgeMarkers(QPainter *p) const
{
    for (int side : {-1, +1}) {
        const QRectF r = edgeMarkerRect(side);
        if (r.isEmpty())
            continue;
        const QString text = edgeMarkerText(side);
        QColor ground = m_colors.laneB;
        ground.setAlpha(230);
        p->setPen(QPen(m_colors.grid, 1));
        p->setBrush(ground);
        p->drawRoundedRect(r, 4, 4);
        p->setPen(m_colors.text);
        p->setFont(m_font);
        p->drawText(r, Qt::AlignCenter, text);
    }
}

} // namespace summit::gui

namespace summit::gui {

void EventLayer::paintBreaks(QPainter *p) const
{
    if (!m_warp || m_warp->isIdentity())
        return;
    const double perAxis = m_plot.width() / std::max(1.0, m_t1 - m_t0);
    for (const TimeWarp::Break &b : m_warp->breaks()) {
        const double x0 = m_plot.left() + (b.axisFrom - m_t0) * perAxis;
        const double x1 = x0 + b.axisLength * perAxis;
        if (x1 < m_plot.left() || x0 > m_plot.right())
            continue;
        // Two zigzag lines across the lanes, the way a chart marks a cut axis, and how much
        // time the cut holds.
        QColor ground = m_colors.grid;
        ground.setAlpha(28);
        p->fillRect(QRectF(x0, m_plot.top(), x1 - x0, m_plot.height()), ground);
        p->setPen(QPen(m_colors.grid.darker(130), 1));
        for (double x : {x0, x1}) {
            QPolygonF zig;
            for (double y = m_plot.top(); y <= m_plot.bottom(); y += 6)
                zig << QPointF(x + ((int(y - m_plot.top()) / 6) % 2 ? 2.5 : -2.5), y);
            p->drawPolyline(zig);
        }
        const double days = (b.to - b.from) / kDayMs;
        const QString gap = days >= 730 ? QStringLiteral("%1 years").arg(qRound(days / 365.25))
                          : days >= 60  ? QStringLiteral("%1 months").arg(qRound(days / 30.44))
                                        : QStringLiteral("%1 days").arg(qRound(days));
        // Under the plot, in the axis band: no tick sits inside a gap, and no label is there.
        QFont small = m_font;
        small.setPointSizeF(m_font.pointSizeF() * 0.85);
        p->setFont(small);
        p->setPen(m_colors.text);
        p->setClipping(false);
        const double w = QFontMetricsF(small).horizontalAdvance(gap) + 4;
        p->drawText(QRectF((x0 + x1 - w) / 2, m_plot.bottom() + 2, w, QFontMetricsF(small).height()),
                    Qt::AlignCenter, gap);
        p->setClipRect(m_plot);
        p->setFont(m_font);
    }
}

} // namespace summit::gui
