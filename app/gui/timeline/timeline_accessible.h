#pragma once

class QString;

namespace summit::library {
struct EventRecord;
}

namespace summit::gui {

class TimelineView;

/// Lets assistive technology see the timeline's focused event: the view's accessible interface
/// gets one child, the focused event, with its title as name and its date, place and sources
/// as description. Installing twice is harmless.
void installTimelineAccessibility();

/// Tells assistive technology that the focused event changed (a Focus event on the child).
void announceFocusedEvent(TimelineView *view);

/// What a screen reader says about an event after its title: "5–6 Apr 2008, Sochi. Summit.
/// Reported by 2 independent sources: AP, RIA Novosti. 3 quotes."
QString eventDescription(const library::EventRecord &event);

} // namespace summit::gui
