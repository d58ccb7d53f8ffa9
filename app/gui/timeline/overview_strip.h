#pragma once

#include "library/records.h"

#include <QChartView>

class QGraphicsRectItem;
class QLineSeries;
class QAreaSeries;
class QValueAxis;
class QCategoryAxis;

namespace summit::gui {

/// Articles and quotes per week over the whole record, with the timeline's visible window
/// marked. Dragging on the strip moves the window.
class OverviewStrip final : public QChartView
{
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    void setCounts(const QVector<library::WeekCount> &weeks, double t0, double t1);
    void setWindow(double t0, double t1);
    QRectF windowRect() const;

Q_SIGNALS:
    /// The user dragged the window: center it here (axis units).
    void windowMoved(double center);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void placeWindow();
    void updateTicks();
    void applyColors();
    double axisAt(double sceneX) const;

    QLineSeries *m_articles = nullptr;
    QLineSeries *m_articlesBase = nullptr;
    QAreaSeries *m_articleArea = nullptr;
    QLineSeries *m_quotes = nullptr;
    QCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QGraphicsRectItem *m_window = nullptr;
    double m_min = 0;
    double m_max = 1;
    double m_w0 = 0;
    double m_w1 = 1;
    bool m_dragging = false;
};

} // namespace summit::gui
