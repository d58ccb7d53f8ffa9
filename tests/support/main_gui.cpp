#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    // Set here, not in the environment: test discovery runs the binary without our env.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SummitlineTests"));
    QApplication::setApplicationName(QStringLiteral("SummitlineTests"));
    return Catch::Session().run(argc, argv);
}
