#pragma once

#include <QColor>
#include <QPalette>

namespace summit::gui {

/// Colours of the timeline, derived from the application palette so light and dark system
/// themes both read well.
struct TimelineColors
{
    bool dark = false;
    QColor laneA;
    QColor laneB;
    QColor laneTitle;
    QColor text;
    QColor grid;
    QColor selection;
    QColor searchHit;

    /// A distinct hue per lane, calmer on a dark background.
    QColor lane(int index) const;

    static TimelineColors fromPalette(const QPalette &palette);
};

} // namespace summit::gui
