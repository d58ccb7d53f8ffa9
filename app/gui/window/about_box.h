#pragma once

class QWidget;

namespace summit::gui {

class Session;

/// The About box: what Summitline is and the sources of the articles in the library.
void showAboutBox(Session &session, QWidget *parent);

} // namespace summit::gui
