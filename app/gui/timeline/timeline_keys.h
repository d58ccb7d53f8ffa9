#pragma once

#include <QKeySequence>
#include <QString>
#include <QVector>

namespace summit::gui {

/// One key of the timeline and what it does, for Help → Keyboard Shortcuts.
struct TimelineKey
{
    QKeySequence keys;
    QString meaning;
};

/// Go to a date or an event by name (Go menu; works anywhere in the window).
inline QKeySequence goToShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_G);
}

/// The keys the timeline answers while it has the keyboard focus. Kept here, in one list, so
/// the shortcut help and the key handling cannot drift apart.
inline QVector<TimelineKey> timelineKeys()
{
    return {
        {QKeySequence(Qt::Key_Left), QStringLiteral("Focus the previous event in time")},
        {QKeySequence(Qt::Key_Right), QStringLiteral("Focus the next event in time")},
        {QKeySequence(Qt::Key_Up), QStringLiteral("Focus the nearest event in the lane above")},
        {QKeySequence(Qt::Key_Down), QStringLiteral("Focus the nearest event in the lane below")},
        {QKeySequence(Qt::Key_Return), QStringLiteral("Open the focused event in the Event panel")},
        {QKeySequence(Qt::SHIFT | Qt::Key_Left), QStringLiteral("Move the timeline back in time")},
        {QKeySequence(Qt::SHIFT | Qt::Key_Right), QStringLiteral("Move the timeline forward in time")},
        {QKeySequence(Qt::CTRL | Qt::Key_Left), QStringLiteral("Move the timeline back in time")},
        {QKeySequence(Qt::CTRL | Qt::Key_Right), QStringLiteral("Move the timeline forward in time")},
        {QKeySequence(Qt::Key_Plus), QStringLiteral("Zoom in")},
        {QKeySequence(Qt::Key_Minus), QStringLiteral("Zoom out")},
        {QKeySequence(Qt::Key_Home), QStringLiteral("Show everything")},
        {goToShortcut(), QStringLiteral("Go to a date or an event by name")},
    };
}

} // namespace summit::gui
