#pragma once

#include <QAccessible>
#include <QVector>

namespace summit::library {
struct EventRecord;
}

namespace summit::gui {

class TimelineView;

/// Lets assistive technology see the timeline's focused event: the view's accessible interface
/// gets one child, the focused event, with its title as name and its date, place and sources
/// as description. It installs itself when the application starts; installing twice is harmless.
void installTimelineAccessibility();

/// What a change of the focused event tells assistive technology: NameChanged and, while the
/// view has the keyboard focus, Focus on the focused-event item; Focus on the view itself when
/// no event is focused. Separate from sending so it can be checked where no screen reader runs.
struct FocusAnnouncement
{
    QAccessibleInterface *target = nullptr;
    QVector<QAccessible::Event> events;
};
FocusAnnouncement focusAnnouncement(TimelineView *view);

/// Sends focusAnnouncement(view) when assistive technology is listening.
void announceFocusedEvent(TimelineView *view);

/// What a screen reader says about an event after its title: "5–6 Apr 2008, Sochi. Summit.
/// Reported by 2 independent sources: AP, RIA Novosti. 3 quotes."
QString eventDescription(const library::EventRecord &event);

} // namespace summit::gui
