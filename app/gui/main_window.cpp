#include "main_window.h"

#include <QLabel>

namespace summit::gui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Summitline"));
    setCentralWidget(new QLabel(QStringLiteral("Summitline"), this));
}

} // namespace summit::gui
