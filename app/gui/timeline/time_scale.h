#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace summit::gui {

/// The timeline's x axis counts milliseconds since 1970-01-01T00:00 UTC. Civil dates map to
/// UTC midnight so no time-zone shift can move an event to the neighbouring day.
double axisValue(QDate date);
/// The civil date (UTC) an axis value falls on.
QDate axisDate(double value);
/// One day in axis units.
constexpr double kDayMs = 24.0 * 3600.0 * 1000.0;

/// A labelled tick: where it sits on the axis and what it says.
struct Tick
{
    double value = 0;
    QString label;
};

/// Ticks for [min, max] so that labels roughly minLabelPx wide fit into widthPx. The unit
/// follows the zoom: years, then months, then days, then hours; labels are unique.
QVector<Tick> ticksFor(double min, double max, double widthPx, double minLabelPx = 84);

/// "5–6 Apr 2008", "Apr 2008", "spring 2008", "2008": a date extent as a reader says it.
QString dateExtentText(QDate start, QDate end, const QString &granularity);

} // namespace summit::gui
