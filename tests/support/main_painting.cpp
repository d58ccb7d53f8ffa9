#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

// For tests that paint (the PDF briefing) without widgets: fonts need a QGuiApplication.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("SummitlineTests"));
    QGuiApplication::setApplicationName(QStringLiteral("SummitlineTests"));
    return Catch::Session().run(argc, argv);
}
