#pragma once

class QWidget;

namespace summit::gui {

class Session;

/// File → Export Briefing…: asks where to save and writes the PDF briefing for the current
/// filter's date range and topic through summit::brief::writeBriefing.
void exportBriefing(Session &session, QWidget *parent);

} // namespace summit::gui
