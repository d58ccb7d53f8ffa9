#include "main_window.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Summitline"));
    QApplication::setApplicationName(QStringLiteral("Summitline"));
    summit::gui::MainWindow window;
    window.show();
    return app.exec();
}
