#pragma once

#include <QPalette>

namespace summit::gui {

/// The palette with a placeholder colour that can be read on its base colour. Dark colour
/// schemes often set Text and Base but leave PlaceholderText at the light default, a grey that
/// all but vanishes on a dark field. Returns the palette unchanged when it is readable.
QPalette withReadablePlaceholder(const QPalette &palette);

/// Contrast ratio (1 to 21, WCAG) of foreground drawn over background, alpha included.
double contrastRatio(const QColor &foreground, const QColor &background);

} // namespace summit::gui
