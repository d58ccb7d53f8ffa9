#include "timeline/overview_strip.h"

#include "timeline/time_scale.h"
#include "timeline/timeline_colors.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QGraphicsRectItem>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

namespace summit::gui {

OverviewStrip::OverviewStrip(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("overviewStrip"));
    setAccessibleName(QStringLiteral("Overview: articles and quotes per week"));
    setRenderHint(QPainter::Antialiasing);
    // Short: on a laptop screen every pixel it keeps goes to the lanes above it.
    setMinimumHeight(72);
    setMaximumHeight(96);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 0, 12, 0));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    chart->legend()->setFont(small);
    m_articles = new QLineSeries;
    m_articlesBase = new QLineSeries;
    m_articleArea = new QAreaSeries(m_articles, m_articlesBase);
    m_articleArea->setName(QStringLiteral("articles/week"));
    m_quotes = new QLineSeries;
    m_quotes->setName(QStringLiteral("quotes/week"));
    chart->addSeries(m_articleArea);
    chart->addSeries(m_quotes);
    m_x = new QCategoryAxis; // labels on calendar boundaries, like the timeline's axis
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setLabelsFont(small);
    m_y = new QValueAxis;
    m_y->setVisible(false);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_articleArea),
                               static_cast<QAbstractSeries *>(m_quotes)}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    setChart(chart);
    m_window = new QGraphicsRectItem;
    m_window->setZValue(20);
    chart->scene()->addItem(m_window);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        updateTicks();
        placeWindow();
    });
    applyColors();
}

void OverviewStrip::setCounts(const QVector<library::WeekCount> &weeks, double t0, double t1)
{
    m_min = t0;
    m_max = t1;
    QList<QPointF> articles;
    QList<QPointF> base;
    QList<QPointF> quotes;
    int top = 1;
    // Step lines: a week's count holds from its Monday to the next.
    for (const auto &w : weeks) {
        const double a = axisValue(w.weekStart);
        const double b = a + 7 * kDayMs;
        articles << QPointF(a, 0) << QPointF(a, w.articles) << QPointF(b, w.articles) << QPointF(b, 0);
        quotes << QPointF(a, 0) << QPointF(a, w.quotes) << QPointF(b, w.quotes) << QPointF(b, 0);
        top = std::max({top, w.articles, w.quotes});
    }
    base << QPointF(t0, 0) << QPointF(t1, 0);
    m_articles->replace(articles);
    m_articlesBase->replace(base);
    m_quotes->replace(quotes);
    m_x->setRange(t0, t1);
    updateTicks();
    m_y->setRange(0, top * 1.1);
    placeWindow();
}

void OverviewStrip::updateTicks()
{
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    m_x->setStartValue(m_min);
    for (const Tick &t : ticksFor(m_min, m_max, chart()->plotArea().width(), 70))
        if (t.value > m_min)
            m_x->append(t.label, t.value);
}

void OverviewStrip::setWindow(double t0, double t1)
{
    m_w0 = t0;
    m_w1 = t1;
    placeWindow();
}

QRectF OverviewStrip::windowRect() const
{
    return m_window->rect();
}

void OverviewStrip::placeWindow()
{
    const QRectF plot = chart()->plotArea();
    const double scale = plot.width() / std::max(1.0, m_max - m_min);
    double x0 = plot.left() + (m_w0 - m_min) * scale;
    double x1 = plot.left() + (m_w1 - m_min) * scale;
    x0 = std::clamp(x0, plot.left(), plot.right());
    x1 = std::clamp(x1, plot.left(), plot.right());
    if (x1 - x0 < 4) { // keep a tiny window visible and grabbable
        const double c = (x0 + x1) / 2;
        x0 = c - 2;
        x1 = c + 2;
    }
    m_window->setRect(QRectF(x0, plot.top(), x1 - x0, plot.height()));
}

void OverviewStrip::applyColors()
{
    const TimelineColors colors = TimelineColors::fromPalette(palette());
    chart()->setTheme(colors.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().color(QPalette::Window));
    chart()->legend()->setLabelColor(palette().color(QPalette::WindowText));
    m_x->setLabelsColor(palette().color(QPalette::WindowText));
    m_x->setGridLineVisible(false);
    QColor area = colors.lane(0);
    area.setAlpha(90);
    m_articleArea->setBrush(area);
    m_articleArea->setPen(QPen(colors.lane(0), 1));
    m_quotes->setPen(QPen(colors.lane(1), 1.4));
    QColor fill = colors.selection;
    fill.setAlpha(28);
    m_window->setBrush(fill);
    m_window->setPen(QPen(colors.selection, 1.5));
}

void OverviewStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
    QChartView::changeEvent(event);
}

double OverviewStrip::axisAt(double sceneX) const
{
    const QRectF plot = chart()->plotArea();
    return m_min + (sceneX - plot.left()) / std::max(1.0, plot.width()) * (m_max - m_min);
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QChartView::mousePressEvent(event);
    m_dragging = true;
    Q_EMIT windowMoved(axisAt(mapToScene(event->pos()).x()));
    event->accept();
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QChartView::mouseMoveEvent(event);
    Q_EMIT windowMoved(axisAt(mapToScene(event->pos()).x()));
    event->accept();
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    QChartView::mouseReleaseEvent(event);
}

} // namespace summit::gui
