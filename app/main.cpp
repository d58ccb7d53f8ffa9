#include "ingest/bundled_corpus.h"
#include "main_window.h"
#include "window/library_recovery.h"
#include "store/database.h"

#include <QApplication>
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
    // The library the file manager opened, or one for trying a copy; the default lives in
    // the data folder. A file:// URL (from a launcher that passes %u) means the same file.
    QString path = args.isEmpty() ? summit::defaultDatabasePath() : args.first();
    if (const QUrl url(path); url.isLocalFile())
        path = url.toLocalFile();
    if (const QString problem = summit::gui::foreignDatabaseProblem(path); !problem.isEmpty()) {
        QMessageBox::critical(nullptr, QStringLiteral("Summitline"), problem);
        return 1;
    }
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
