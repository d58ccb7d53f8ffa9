#include "timeline/timeline_view.h"

#include "timeline/event_layer.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_focus.h"

#include <QApplication>
#include <QGraphicsLayout>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QMouseEvent>
#include <QRubberBand>
#include <QValueAxis>

namespace summit::gui {

namespace {
constexpr double kMinSpan = 2 * 3600.0 * 1000.0; // two hours: hour ticks stay readable
}

TimelineView::TimelineView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(QStringLiteral("Timeline"));
    setAccessibleDescription(QStringLiteral(
        "Events over time. Left and Right focus the previous or next event, Up and Down the "
        "nearest event in the lane above or below, Enter opens it; Shift or Control with Left "
        "and Right move the view, plus and minus zoom, Home shows everything."));
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 2, 12, 2));
    // The chart's own frame padding costs a row of events on a laptop screen: drop it.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    m_axis = new QCategoryAxis;
    m_axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    y->setVisible(false);
    chart->addAxis(m_axis, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto *frame = new QLineSeries; // the axes need a series; it stays empty
    chart->addSeries(frame);
    frame->attachAxis(m_axis);
    frame->attachAxis(y);
    setChart(chart);

    m_layer = new EventLayer;
    m_layer->setZValue(10);
    chart->scene()->addItem(m_layer);
    connect(chart, &QChart::plotAreaChanged, this, [this] { updateAxis(); });
    m_band = new QRubberBand(QRubberBand::Rectangle, this);
    applyColors();
    const QDate today = QDate::currentDate();
    m_t0 = axisValue(today.addYears(-1));
    m_t1 = axisValue(today);
    updateAxis();
    m_focus = new TimelineFocus(*this);
    connect(m_focus, &TimelineFocus::eventOpened, this, &TimelineView::eventClicked);
}

TimelineView::~TimelineView() = default;

void TimelineView::setEvents(QVector<library::EventRecord> events, QVector<int> shown)
{
    m_events = std::move(events);
    m_shown = std::move(shown);
    if (!m_events.isEmpty()) {
        m_dataMin = axisValue(m_events.first().start);
        m_dataMax = m_dataMin;
        for (const auto &e : std::as_const(m_events)) {
            m_dataMin = std::min(m_dataMin, axisValue(e.start));
            m_dataMax = std::max(m_dataMax, axisValue(e.end) + kDayMs);
        }
    }
    rebuildLanes(); // first: the layer must not lay out the new events with the old indexes
    rebuildWarp();
}

void TimelineView::setShown(QVector<int> shown)
{
    m_shown = std::move(shown);
    rebuildLanes();
}

void TimelineView::setLaneMode(LaneMode mode)
{
    m_laneMode = mode;
    rebuildLanes();
}

void TimelineView::rebuildLanes()
{
    QVector<library::EventRecord> shownEvents;
    for (int i : std::as_const(m_shown))
        shownEvents << m_events.at(i);
    const QStringList keys = laneKeys(shownEvents, m_laneMode);
    QVector<int> laneOf(m_events.size(), -1);
    for (int i : std::as_const(m_shown))
        laneOf[i] = int(keys.indexOf(laneKey(m_events.at(i), m_laneMode)));
    QStringList titles;
    for (const QString &k : keys)
        titles << laneTitle(k, m_laneMode);
    m_layer->setContent(&m_events, m_shown, laneOf, titles);
    if (m_focus)
        m_focus->contentChanged();
}

void TimelineView::setSelectedEvent(qint64 id)
{
    m_selected = id;
    m_layer->setSelectedEvent(id);
    if (id)
        m_focus->setFocusedEvent(id); // the next arrow press starts from what was opened
}

void TimelineView::setHighlightedEvents(const QSet<qint64> &ids)
{
    m_layer->setHighlightedEvents(ids);
}

double TimelineView::minimumSpan() const
{
    return kMinSpan;
}

double TimelineView::maximumSpan() const
{
    // Everything with some air, and never less than two years so a tiny corpus can zoom out.
    return std::max((m_warp.toAxis(m_dataMax) - m_warp.toAxis(m_dataMin)) * 1.6, 2 * 365.25 * kDayMs);
}

void TimelineView::setVisibleRange(double t0, double t1)
{
    setAxisRange(m_warp.toAxis(t0), m_warp.toAxis(t1));
}

void TimelineView::setAxisRange(double t0, double t1)
{
    if (!(t1 > t0))
        return;
    const double dataMin = m_warp.toAxis(m_dataMin);
    const double dataMax = m_warp.toAxis(m_dataMax);
    double span = std::clamp(t1 - t0, minimumSpan(), maximumSpan());
    double center = (t0 + t1) / 2;
    const double dataCenter = (dataMin + dataMax) / 2;
    const double slack = std::max(0.0, (maximumSpan() - span) / 2);
    center = std::clamp(center, std::min(dataMin, dataCenter - slack) - span / 4,
                        std::max(dataMax, dataCenter + slack) + span / 4);
    const double n0 = center - span / 2;
    const double n1 = center + span / 2;
    if (n0 == m_t0 && n1 == m_t1)
        return;
    m_t0 = n0;
    m_t1 = n1;
    updateAxis();
    Q_EMIT visibleRangeChanged(visibleStart(), visibleEnd());
}

void TimelineView::fitAll()
{
    const double a0 = m_warp.toAxis(m_dataMin);
    const double a1 = m_warp.toAxis(m_dataMax);
    const double pad = std::max((a1 - a0) * 0.04, 15 * kDayMs);
    setAxisRange(a0 - pad, a1 + pad);
}

void TimelineView::zoomBy(double factor, double anchor)
{
    const double span = std::clamp((m_t1 - m_t0) * factor, minimumSpan(), maximumSpan());
    const double ratio = (anchor - m_t0) / (m_t1 - m_t0);
    const double t0 = anchor - ratio * span;
    setAxisRange(t0, t0 + span);
}

void TimelineView::panBy(double fraction)
{
    const double d = (m_t1 - m_t0) * fraction;
    setAxisRange(m_t0 + d, m_t1 + d);
}

void TimelineView::zoomToItems(const QVector<int> &eventIndexes)
{
    if (eventIndexes.isEmpty())
        return;
    double s = axisValue(m_events.at(eventIndexes.first()).start);
    double e = s;
    for (int i : eventIndexes) {
        s = std::min(s, axisValue(m_events.at(i).start));
        e = std::max(e, axisValue(m_events.at(i).end) + kDayMs);
    }
    const double pad = std::max((e - s) * 0.6, 2 * kDayMs);
    setVisibleRange(s - pad, e + pad);
}

void TimelineView::zoomToEvent(qint64 id)
{
    for (int i = 0; i < m_events.size(); ++i)
        if (m_events.at(i).id == id)
            return zoomToItems({i});
}

std::optional<QPointF> TimelineView::eventPosition(qint64 id) const
{
    for (const PlacedItem &item : m_layer->currentLayout().items)
        for (int i : item.events)
            if (m_events.at(i).id == id)
                return item.mark.center();
    return std::nullopt;
}

void TimelineView::updateAxis()
{
    const QRectF plot = chart()->plotArea();
    const auto old = m_axis->categoriesLabels();
    for (const QString &label : old)
        m_axis->remove(label);
    m_axis->setRange(m_t0, m_t1);
    m_axis->setStartValue(m_t0);
    // Ticks are chosen in time and placed through the warp; none inside a compressed gap.
    const double perAxis = plot.width() / std::max(1.0, m_t1 - m_t0);
    double lastX = -1e9;
    for (const Tick &t : ticksFor(visibleStart(), visibleEnd(), plot.width())) {
        const double a = m_warp.toAxis(t.value);
        bool inGap = false; // inside a gap, or so near one that it would cover what it says
        for (const TimeWarp::Break &b : m_warp.breaks())
            inGap = inGap || (t.value > b.from && t.value < b.to)
                    || std::abs(a - (b.axisFrom + b.axisLength / 2)) * perAxis < 50;
        if (inGap || a <= m_t0 || (a - m_t0) * perAxis - lastX < 60)
            continue;
        lastX = (a - m_t0) * perAxis;
        m_axis->append(t.label, a);
    }
    m_layer->setView(plot, m_t0, m_t1);
}

void TimelineView::applyColors()
{
    const TimelineColors colors = TimelineColors::fromPalette(palette());
    chart()->setTheme(colors.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setPlotAreaBackgroundVisible(false);
    m_axis->setLabelsColor(palette().color(QPalette::Text));
    m_axis->setGridLineColor(colors.grid);
    m_axis->setLinePenColor(colors.grid);
    m_layer->setColors(colors);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
    QChartView::changeEvent(event);
}

double TimelineView::axisAt(double sceneX) const
{
    const QRectF plot = chart()->plotArea();
    return m_t0 + (sceneX - plot.left()) / std::max(1.0, plot.width()) * (m_t1 - m_t0);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return QChartView::wheelEvent(event);
    const double anchor = axisAt(mapToScene(event->position().toPoint()).x());
    zoomBy(std::pow(0.8, steps), anchor);
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QChartView::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->pos();
    m_pressT0 = m_t0;
    m_moved = false;
    m_drag = event->modifiers() & Qt::ShiftModifier ? Drag::Band : Drag::Pan;
    if (m_drag == Drag::Band) {
        m_band->setGeometry(QRect(m_pressPos, QSize()));
        m_band->show();
    } else {
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF scene = mapToScene(event->pos());
    Q_EMIT hoveredDate(axisDate(m_warp.toTime(axisAt(scene.x()))));
    if (m_drag == Drag::None)
        return QChartView::mouseMoveEvent(event);
    if ((event->pos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_moved = true;
    if (m_drag == Drag::Band) {
        const QRectF plot = chart()->plotArea();
        m_band->setGeometry(QRect(QPoint(m_pressPos.x(), int(plot.top())),
                                  QPoint(event->pos().x(), int(plot.bottom())))
                                .normalized());
    } else if (m_moved) {
        const double perPx = (m_t1 - m_t0) / std::max(1.0, chart()->plotArea().width());
        const double t0 = m_pressT0 - (event->pos().x() - m_pressPos.x()) * perPx;
        setAxisRange(t0, t0 + (m_t1 - m_t0));
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None || event->button() != Qt::LeftButton)
        return QChartView::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    m_drag = Drag::None;
    viewport()->unsetCursor();
    m_band->hide();
    if (drag == Drag::Band && m_moved) {
        const double a = axisAt(mapToScene(m_pressPos).x());
        const double b = axisAt(mapToScene(event->pos()).x());
        setAxisRange(std::min(a, b), std::max(a, b));
    } else if (!m_moved) {
        const int hit = m_layer->itemAt(mapToScene(event->pos()));
        if (const int edge = m_layer->edgeMarkerAt(mapToScene(event->pos())); edge != 0) {
            fitAll(); // "← 2001": the outliers are part of the record, show it all
        } else if (hit >= 0) {
            const PlacedItem &item = m_layer->currentLayout().items.at(hit);
            if (item.isCluster())
                openCluster(item.events);
            else
                Q_EMIT eventClicked(m_events.at(item.events.first()).id);
        }
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int hit = m_layer->itemAt(mapToScene(event->pos()));
    if (hit >= 0)
        zoomToItems(m_layer->currentLayout().items.at(hit).events);
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (m_focus->handleKey(event))
        return event->accept();
    const double center = (m_t0 + m_t1) / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(0.8, center); break;
    case Qt::Key_Minus: zoomBy(1.25, center); break;
    case Qt::Key_Home: fitAll(); break;
    default: return QChartView::keyPressEvent(event);
    }
    event->accept();
}

} // namespace summit::gui
