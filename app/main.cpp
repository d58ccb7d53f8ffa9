#include "ingest/bundled_corpus.h"
#include "main_window.h"
#include "store/database.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Summitline"));
    QApplication::setApplicationName(QStringLiteral("Summitline"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QStringList args = QApplication::arguments();
    // An optional database path (for trying a copy); the default lives in the data folder.
    const QString path = args.size() > 1 ? args.at(1) : summit::defaultDatabasePath();
    try {
        summit::gui::MainWindow window(path);
        window.show();
        return app.exec();
    } catch (const summit::StoreError &e) {
        QMessageBox::critical(nullptr, QStringLiteral("Summitline"),
                              QStringLiteral("Summitline cannot open its library.\n\n%1").arg(e.message()));
        return 1;
    }
}
