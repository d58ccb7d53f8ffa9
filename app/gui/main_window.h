#pragma once

#include <QMainWindow>

namespace summit::gui {

/// Placeholder until the desktop app lands.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace summit::gui
