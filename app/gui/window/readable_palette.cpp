#include "window/readable_palette.h"

#include <QtMath>

namespace summit::gui {

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor over(const QColor &top, const QColor &bottom, double alpha)
{
    return QColor::fromRgbF(float(top.redF() * alpha + bottom.redF() * (1 - alpha)),
                            float(top.greenF() * alpha + bottom.greenF() * (1 - alpha)),
                            float(top.blueF() * alpha + bottom.blueF() * (1 - alpha)));
}

// Below this a placeholder is hard to read; 3:1 is the WCAG floor for large or secondary text.
constexpr double kMinimumContrast = 3.0;

} // namespace

double contrastRatio(const QColor &foreground, const QColor &background)
{
    const double a = luminance(over(foreground, background, foreground.alphaF()));
    const double b = luminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QPalette withReadablePlaceholder(const QPalette &palette)
{
    QPalette out = palette;
    // Disabled fields may stay faint; that is what disabled looks like.
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor base = palette.color(group, QPalette::Base);
        if (contrastRatio(palette.color(group, QPalette::PlaceholderText), base) >= kMinimumContrast)
            continue;
        // Text faded toward the field: clearly a hint, still legible in light and dark schemes.
        out.setColor(group, QPalette::PlaceholderText, over(palette.color(group, QPalette::Text), base, 0.6));
    }
    return out;
}

} // namespace summit::gui
