#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("SummitlineTests"));
    return Catch::Session().run(argc, argv);
}
