#include "ingest/bundled_corpus.h"
#include "main_window.h"
#include "window/library_recovery.h"
#include "window/recent_libraries.h"
#include "store/database.h"

#include <QApplication>
#include <QFileInfo>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QUrl>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Summitline"));
    QApplication::setApplicationName(QStringLiteral("Summitline"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // Installed, the desktop entry and the hicolor icon carry this name (resources/desktop).
    QApplication::setDesktopFileName(QStringLiteral("org.summitline.Summitline"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.summitline.Summitline")));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A timeline of the news record of Bush–Putin diplomacy, 2007–2008."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("library"),
                                 QStringLiteral("The library to open (an .sqlite file), created if missing. "
                                                "Default: %1")
                                     .arg(summit::defaultDatabasePath()),
                                 QStringLiteral("[library]"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    // The library the file manager opened, or one for trying a copy; without an argument, the
    // library opened last, else the default in the data folder. A file:// URL (from a
    // launcher that passes %u) means the same file.
    QString path = args.isEmpty() ? summit::gui::startupLibrary() : args.first();
    if (const QUrl url(path); url.isLocalFile())
        path = url.toLocalFile();
    if (const QString problem = summit::gui::foreignDatabaseProblem(path); !problem.isEmpty()) {
        QMessageBox::critical(nullptr, QStringLiteral("Summitline"), problem);
        return 1;
    }
    // An unreadable library is not the end: the user may set it aside and start afresh.
    while (!path.isEmpty()) {
        try {
            // On the heap and deleted on close: File > Open Library replaces the window with
            // one on the other library, and the old one (with its connection) must go.
            summit::gui::MainWindow::Options options;
            // A library named on the command line or the default one fills itself with the
            // bundled articles when empty; one made with File > New Library stays empty.
            options.loadBundledWhenEmpty =
                !args.isEmpty()
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
