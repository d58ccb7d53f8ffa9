#pragma once

// Runs the real summitline-cli binary. Every run gets its own data folder so a test can never
// touch the user's database, and the exit status says whether the process died of a signal.

#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace summit::test {

struct CliRun
{
    QProcess::ExitStatus status = QProcess::CrashExit;
    int code = -1;
    QString out;
    QString err;

    bool exitedNormally() const { return status == QProcess::NormalExit; }
};

inline QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

inline CliRun runCli(const QString &home, const QStringList &args, int timeoutMs = 60'000)
{
    QProcess p;
    p.setProcessEnvironment(isolatedEnvironment(home));
    p.start(cliPath(), args);
    REQUIRE(p.waitForStarted(10'000));
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    INFO("summitline-cli " << args.join(QLatin1Char(' ')).toStdString());
    REQUIRE(finished);
    return {p.exitStatus(), p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// Parses stdout as a JSON array; fails the test with the text if it is not one.
inline QJsonArray jsonArray(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO("stdout: " << run.out.left(400).toStdString() << "\nstderr: " << run.err.left(400).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

} // namespace summit::test
