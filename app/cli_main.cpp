#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Summitline"));
    QCoreApplication::setApplicationName(QStringLiteral("Summitline"));
    return summit::cli::run(QCoreApplication::arguments());
}
