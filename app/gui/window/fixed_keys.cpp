#include "window/fixed_keys.h"

#include "timeline/timeline_keys.h"

namespace summit::gui {

const QList<FixedKey> &fixedKeys()
{
    // The timeline's rows come from timelineKeys() (timeline/timeline_keys.h), the list its key
    // handling is written against, so the help cannot drift from what the keys do. Ctrl+G is
    // left out: it is a QAction of the Go menu and is listed with the commands. Other panels'
    // rows mirror their keyPressEvent; keep the rows of one panel together.
    static const QList<FixedKey> keys = [] {
        QList<FixedKey> rows;
        const QKeySequence goTo = goToShortcut();
        for (const TimelineKey &k : timelineKeys()) {
            if (k.keys == goTo)
                continue;
            rows.append({QStringLiteral("Timeline"), k.keys.toString(QKeySequence::NativeText), k.meaning});
        }
        rows.append({QStringLiteral("Search"), QStringLiteral("Enter"),
                     QStringLiteral("Search now / open the chosen sentence")});
        rows.append({QStringLiteral("Any panel"), QStringLiteral("Tab / Shift+Tab"),
                     QStringLiteral("Move within and between panels")});
        return rows;
    }();
    return keys;
}

} // namespace summit::gui
