// Unreadable folders and files, where permissions really bite: as root (where chmod 000 does not
// stop reads) the CLI is run as user "nobody" through setpriv; without a way to drop privileges
// the test is skipped with a warning rather than passing falsely.

#include "../ingest/ingest_fixture.h"
#include "cli_fixture.h"

#include <QStandardPaths>

#include <unistd.h>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kOpen = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                           | QFileDevice::ExeOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;

struct Unprivileged
{
    QString program;
    QStringList prefix;
    bool usable = false;
};

/// How to run the CLI so that chmod 000 applies to it.
Unprivileged unprivileged()
{
    Unprivileged u;
    if (::geteuid() != 0) {
        u.program = cliPath();
        u.usable = true;
        return u;
    }
    const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
    if (setpriv.isEmpty())
        return u;
    u.program = setpriv;
    u.prefix = {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, cliPath()};
    // The build may sit where "nobody" cannot reach it (a clone under /root): probe first.
    QProcess probe;
    probe.start(u.program, u.prefix + QStringList{u"--help"_s});
    u.usable = probe.waitForFinished(30'000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    return u;
}

CliRun runAs(const Unprivileged &u, const QString &home, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(isolatedEnvironment(home));
    p.start(u.program, u.prefix + args);
    REQUIRE(p.waitForStarted(10'000));
    REQUIRE(p.waitForFinished(60'000));
    return {p.exitStatus(), p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("An unreadable folder and file are reported by name and the rest imports", "[cli][bad][permissions]")
{
    const Unprivileged u = unprivileged();
    if (!u.usable) {
        WARN("SKIPPED: running as root and cannot run the CLI as user nobody (no setpriv, or the build is not "
             "reachable for nobody), so chmod 000 cannot be made to apply");
        return;
    }
    QTemporaryDir home;
    REQUIRE(QFile::setPermissions(home.path(), kOpen)); // the unprivileged user writes the database here
    const QString in = home.filePath(u"in"_s);
    const QString good = writeBytes(in + u"/good.txt"_s, readBytes(dataDir() + u"/ingest/plain_article.txt"_s));
    writeBytes(in + u"/locked/inside.txt"_s, readBytes(seedPath(u"001"_s)));
    const QString secret = writeBytes(in + u"/secret.txt"_s, readBytes(seedPath(u"002"_s)));
    for (const QString &p : {in, good, secret})
        QFile::setPermissions(p, kOpen);
    const QString locked = in + u"/locked"_s;
    REQUIRE(QFile::setPermissions(locked, QFileDevice::Permissions()));
    REQUIRE(QFile::setPermissions(secret, QFileDevice::Permissions()));
    const QString db = home.filePath(u"perm.sqlite"_s);

    const CliRun first = runAs(u, home.path(), {u"--db"_s, db, u"import"_s, in});
    INFO("stdout: " << first.out.toStdString() << "\nstderr: " << first.err.toStdString());
    REQUIRE(first.exitedNormally());
    CHECK(first.code == 1);
    CHECK(first.out.contains(u"failed: "_s + locked + u": the folder cannot be read"_s));
    CHECK(first.out.contains(u"failed: "_s + secret + u": cannot be read"_s));
    CHECK(first.out.contains(u"imported: "_s + good));
    CHECK(first.out.contains(u"1 imported, 0 duplicate, 2 failed"_s));

    QByteArray before;
    {
        Database ro(db, Database::Mode::ReadOnly);
        CHECK(countRows(ro, "SELECT COUNT(*) FROM articles") == 1);
        before = tableFingerprint(ro);
    }
    // The unreadable ones alone: errors, and the database does not change.
    const CliRun second = runAs(u, home.path(), {u"--db"_s, db, u"import"_s, locked, secret});
    CHECK(second.code == 1);
    CHECK(second.out.contains(u"0 imported, 0 duplicate, 2 failed"_s));
    {
        Database ro(db, Database::Mode::ReadOnly);
        CHECK(tableFingerprint(ro) == before);
    }
    QFile::setPermissions(locked, kOpen);
    QFile::setPermissions(secret, kOpen);
}

TEST_CASE("A library in a read-only folder can still be read", "[cli][bad][permissions]")
{
    const Unprivileged u = unprivileged();
    if (!u.usable) {
        WARN("SKIPPED: cannot run the CLI as user nobody, so a read-only folder cannot be made to apply");
        return;
    }
    QTemporaryDir home;
    REQUIRE(QFile::setPermissions(home.path(), kOpen));
    const QString folder = home.filePath(u"library"_s);
    REQUIRE(QDir().mkpath(folder));
    const QString db = folder + u"/ro.sqlite"_s;
    REQUIRE(runCli(home.path(), {u"--db"_s, db, u"init"_s}).code == 0); // as ourselves: a normal library
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther
                                  | QFileDevice::WriteOwner);
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));

    const CliRun stats = runAs(u, home.path(), {u"--db"_s, db, u"stats"_s});
    INFO("stdout: " << stats.out.toStdString() << "\nstderr: " << stats.err.toStdString());
    CHECK(stats.code == 0);
    CHECK(stats.out.contains(u"articles"_s));
    const CliRun search = runAs(u, home.path(), {u"--db"_s, db, u"search"_s, u"Sochi"_s});
    CHECK(search.code == 0);
    CHECK(search.out.contains(u"Sochi"_s));
    // Writing still fails, and says so.
    const CliRun import = runAs(u, home.path(), {u"--db"_s, db, u"import"_s, dataDir() + u"/ingest/plain_article.txt"_s});
    CHECK(import.code != 0);
    CHECK_FALSE(import.err.isEmpty());
    QFile::setPermissions(folder, kOpen);
}
