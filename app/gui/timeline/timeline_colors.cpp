#include "timeline/timeline_colors.h"

namespace summit::gui {

QColor TimelineColors::lane(int index) const
{
    // Okabe–Ito inspired hues: distinguishable for the common forms of colour blindness.
    static const QRgb hues[] = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
                                0xE69F00, 0x56B4E9, 0x8C6D31, 0x7F7F7F};
    QColor c = QColor::fromRgb(hues[index % int(std::size(hues))]);
    return dark ? c.lighter(125) : c;
}

TimelineColors TimelineColors::fromPalette(const QPalette &palette)
{
    TimelineColors c;
    const QColor window = palette.color(QPalette::Base);
    c.dark = window.lightnessF() < 0.5;
    c.laneA = window;
    c.laneB = c.dark ? window.lighter(118) : window.darker(104);
    c.text = palette.color(QPalette::Text);
    c.laneTitle = palette.color(QPalette::PlaceholderText);
    c.grid = c.dark ? QColor(255, 255, 255, 28) : QColor(0, 0, 0, 22);
    c.selection = palette.color(QPalette::Highlight);
    c.searchHit = c.dark ? QColor(255, 214, 10, 110) : QColor(255, 200, 0, 120);
    return c;
}

} // namespace summit::gui
