// `cmake --install` lays out what a Linux desktop needs: the binaries, a .desktop entry, the
// icon as SVG and PNGs, AppStream metainfo and a man page that covers every CLI command.
#include "test_paths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

struct Run
{
    int code = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// The command names summitline-cli --help lists, in its order.
QStringList cliCommands()
{
    const Run help = run(summit::test::cliPath(), {QStringLiteral("--help")});
    REQUIRE(help.code == 0);
    QStringList names;
    bool inList = false;
    for (const QString &line : help.output.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inList = true;
            continue;
        }
        if (inList && line.startsWith(QLatin1String("  ")))
            names << line.trimmed().section(QLatin1Char(' '), 0, 0);
        else if (inList)
            break;
    }
    return names;
}

} // namespace

TEST_CASE("cmake --install lays out the binaries and the desktop files", "[install]")
{
    QTemporaryDir prefix;
    const Run install = run(QStringLiteral(SUMMITLINE_CMAKE),
                            {QStringLiteral("--install"), QStringLiteral(SUMMITLINE_BUILD_DIR), QStringLiteral("--prefix"),
                             prefix.path()});
    INFO(install.output.toStdString());
    REQUIRE(install.code == 0);
    const QDir root(prefix.path());
    const QString id = QStringLiteral("org.summitline.Summitline");

    for (const char *binary : {"bin/summitline", "bin/summitline-cli"}) {
        INFO(binary);
        const QFileInfo file(root.filePath(QLatin1String(binary)));
        CHECK(file.isFile());
        CHECK(file.isExecutable());
    }
    // The installed CLI runs on its own (data is compiled in).
    CHECK(run(root.filePath(QStringLiteral("bin/summitline-cli")), {QStringLiteral("--help")}).code == 0);

    const QString desktop = readText(root.filePath(QStringLiteral("share/applications/%1.desktop").arg(id)));
    CHECK(desktop.contains(QStringLiteral("\nExec=summitline %f\n")));
    CHECK(desktop.contains(QStringLiteral("\nIcon=%1\n").arg(id)));
    CHECK(desktop.contains(QStringLiteral("application/vnd.sqlite3;")));

    const QString metainfo = readText(root.filePath(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(id)));
    CHECK(metainfo.contains(QStringLiteral("<id>%1</id>").arg(id)));
    CHECK(metainfo.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(id)));

    const QString svg = root.filePath(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(id));
    CHECK(readText(svg).contains(QStringLiteral("<svg")));
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        INFO(size);
        const QImage png(root.filePath(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id)));
        REQUIRE_FALSE(png.isNull());
        CHECK(png.size() == QSize(size, size));
        // Drawn, not blank: the tile's centre is opaque and a corner is transparent.
        CHECK(qAlpha(png.pixel(size / 2, size / 2)) == 255);
        CHECK(qAlpha(png.pixel(0, 0)) == 0);
    }

    // The man page covers every command the CLI lists (a new command needs its section).
    const QString man = readText(root.filePath(QStringLiteral("share/man/man1/summitline-cli.1")));
    REQUIRE(man.contains(QStringLiteral("\n.TH SUMMITLINE-CLI 1 ")));
    const QStringList commands = cliCommands();
    CHECK(commands.size() >= 10);
    for (const QString &command : commands) {
        INFO(command.toStdString());
        CHECK(man.contains(QRegularExpression(QStringLiteral("^\\.SS \"?%1\\b").arg(command),
                                              QRegularExpression::MultilineOption)));
    }

    // The freedesktop validators, where installed (.ci/deps.sh installs both).
    if (const QString validate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        !validate.isEmpty()) {
        const Run r = run(validate, {root.filePath(QStringLiteral("share/applications/%1.desktop").arg(id))});
        INFO(r.output.toStdString());
        CHECK(r.code == 0);
        CHECK_FALSE(r.output.contains(QStringLiteral("error")));
    }
    if (const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli")); !appstream.isEmpty()) {
        const Run r = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                      root.filePath(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(id))});
        INFO(r.output.toStdString());
        CHECK(r.code == 0);
    }
    if (const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff")); !groff.isEmpty()) {
        // Formats the page and reports every troff warning (-ww); -z discards the page itself.
        const Run r = run(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                                  QStringLiteral("-z"), root.filePath(QStringLiteral("share/man/man1/summitline-cli.1"))});
        INFO(r.output.toStdString());
        CHECK(r.code == 0);
        CHECK(r.output.isEmpty());
    }
}
