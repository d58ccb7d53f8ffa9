#include "ingest/bundled_corpus.h"
#include "main_window.h"
#include "window/library_recovery.h"
#include "store/database.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Summitline"));
    QApplication::setApplicationName(QStringLiteral("Summitline"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QStringList args = QApplication::arguments();
    // An optional database path (for trying a copy); the default lives in the data folder.
    QString path = args.size() > 1 ? args.at(1) : summit::defaultDatabasePath();
    // An unreadable library is not the end: the user may set it aside and start afresh.
    while (!path.isEmpty()) {
        try {
            summit::gui::MainWindow window(path);
            window.show();
            return app.exec();
        } catch (const summit::StoreError &e) {
            path = summit::gui::recoverUnreadableLibrary(path, e.message());
        }
    }
    return 1;
}
