#include "ingest/bundled_corpus.h"
#include "main_window.h"
#include "window/library_recovery.h"
#include "window/recent_libraries.h"
#include "store/database.h"

#include <QApplication>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Summitline"));
    QApplication::setApplicationName(QStringLiteral("Summitline"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QStringList args = QApplication::arguments();
    // An optional database path (for trying a copy); else the library opened last, else the
    // default in the data folder.
    QString path = args.size() > 1 ? args.at(1) : summit::gui::startupLibrary();
    // An unreadable library is not the end: the user may set it aside and start afresh.
    while (!path.isEmpty()) {
        try {
            // On the heap and deleted on close: File > Open Library replaces the window with
            // one on the other library, and the old one (with its connection) must go.
            summit::gui::MainWindow::Options options;
            // A library named on the command line or the default one fills itself with the
            // bundled articles when empty; one made with File > New Library stays empty.
            options.loadBundledWhenEmpty =
                args.size() > 1
                || QFileInfo(path).absoluteFilePath() == QFileInfo(summit::defaultDatabasePath()).absoluteFilePath();
            auto *window = new summit::gui::MainWindow(path, options);
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->show();
            return app.exec();
        } catch (const summit::StoreError &e) {
            path = summit::gui::recoverUnreadableLibrary(path, e.message());
        }
    }
    return 1;
}
