#pragma once

class QMenu;
class QWidget;

namespace summit::gui {

class Selection;
class Session;

/// Fills File → Export: records as CSV and JSON, citations as CSL-JSON and RIS, the timeline
/// as PNG (1× and 2×) and SVG. Record exports cover the session's filter and selected event;
/// the timeline is the widget named "timelineView" under window.
void populateExportMenu(QMenu *menu, Session &session, Selection &selection, QWidget *window);

class RecordMenu;

/// Adds Export Selection… to the right-click menus: an event's quotes as CSV, or the article
/// right-clicked (a quote's article too) as a RIS citation, through the export dialog.
void addExportSelection(RecordMenu &menu, Session &session, QWidget *window);

} // namespace summit::gui
