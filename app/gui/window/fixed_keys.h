#pragma once

#include <QList>
#include <QString>

namespace summit::gui {

/// A key a widget handles itself (in keyPressEvent) rather than through a QAction, so it
/// cannot be discovered from the menus. Help → Keyboard Shortcuts lists these after the
/// commands.
struct FixedKey
{
    QString where; ///< the panel that must have the focus
    QString keys;  ///< as the user reads them, e.g. "Shift+Left / Shift+Right"
    QString what;
};

/// Every fixed key, grouped by panel. Whoever changes a panel's keyPressEvent updates its
/// rows in fixed_keys.cpp.
const QList<FixedKey> &fixedKeys();

} // namespace summit::gui
