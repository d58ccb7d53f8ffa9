#include "window/fixed_keys.h"

namespace summit::gui {

const QList<FixedKey> &fixedKeys()
{
    // Mirrors TimelineView::keyPressEvent (app/gui/timeline/timeline_view.cpp). Keep the rows
    // of one panel together; add a panel's rows as a new block.
    static const QList<FixedKey> keys = {
        {QStringLiteral("Timeline"), QStringLiteral("+ / −"), QStringLiteral("Zoom in / out around the centre")},
        {QStringLiteral("Timeline"), QStringLiteral("Left / Right"), QStringLiteral("Pan a tenth of the view")},
        {QStringLiteral("Timeline"), QStringLiteral("Up / Down"), QStringLiteral("Select the previous / next event")},
        {QStringLiteral("Timeline"), QStringLiteral("Enter"), QStringLiteral("Zoom to the selected event")},
        {QStringLiteral("Timeline"), QStringLiteral("Home"), QStringLiteral("Show everything")},
        {QStringLiteral("Search"), QStringLiteral("Enter"), QStringLiteral("Search now / open the chosen sentence")},
        {QStringLiteral("Any panel"), QStringLiteral("Tab / Shift+Tab"), QStringLiteral("Move within and between panels")},
    };
    return keys;
}

} // namespace summit::gui
