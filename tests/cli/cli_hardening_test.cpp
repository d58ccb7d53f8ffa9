// What the CLI does with a damaged library and with file names that could forge its output.

#include "../ingest/ingest_fixture.h"
#include "cli_fixture.h"

#include <QRegularExpression>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("A damaged library gives an error, not an abort", "[cli][bad]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"damaged.sqlite"_s);
    REQUIRE(runCli(home.path(), {u"--db"_s, db, u"init"_s}).code == 0);
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 4 * 16384);
    // Keep page 1 (the header and schema) and overwrite everything after it, as a bad sector or
    // a stray write would: the file opens, and the damage shows when tables are read.
    f.seek(16384);
    f.write(QByteArray(int(size - 16384), '\xA5'));
    f.close();
    for (const QString &command : {u"articles"_s, u"quotes"_s, u"events"_s}) {
        const CliRun r = runCli(home.path(), {u"--db"_s, db, command});
        INFO(command.toStdString() << " stdout: " << r.out.left(300).toStdString() << "\nstderr: " << r.err.toStdString());
        REQUIRE(r.exitedNormally());
        CHECK(r.code == 1);
        CHECK(r.err.contains(u"error: "_s));
        CHECK(r.err.contains(db));
    }
}

TEST_CASE("File names with control characters cannot forge output lines", "[cli][bad]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"names.sqlite"_s);
    REQUIRE(runCli(home.path(), {u"--db"_s, db, u"init"_s, u"--empty"_s}).code == 0);
    const QString crafted = home.filePath(u"in/evil\nimported: /etc/passwd\x1b[2K.txt"_s);
    writeBytes(crafted, readBytes(dataDir() + u"/ingest/plain_article.txt"_s));
    const CliRun r = runCli(home.path(), {u"--db"_s, db, u"import"_s, home.filePath(u"in"_s)});
    INFO("stdout: " << r.out.toStdString());
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    const QStringList imported = lines.filter(QRegularExpression(u"^imported: "_s));
    REQUIRE(imported.size() == 1); // one file, one line, whatever its name holds
    CHECK(imported[0].contains(u"evil\\nimported: /etc/passwd\\x1b[2K.txt"_s));
    CHECK(lines.last() == u"1 imported, 0 duplicate, 0 failed"_s);
    CHECK_FALSE(r.out.contains(QChar(0x1b)));
}

TEST_CASE("An import into a damaged library is refused before anything is written", "[cli][bad]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"damaged.sqlite"_s);
    REQUIRE(runCli(home.path(), {u"--db"_s, db, u"init"_s}).code == 0);
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadWrite));
    // One page in the middle overwritten: a read of other tables could still succeed.
    f.seek(5 * 16384);
    f.write(QByteArray(16384, '\x5A'));
    f.close();
    const QByteArray before = readBytes(db);
    const CliRun r = runCli(home.path(), {u"--db"_s, db, u"import"_s, dataDir() + u"/ingest/plain_article.txt"_s});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitedNormally());
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"is damaged"_s));
    CHECK(r.err.contains(u"nothing was imported"_s));
    CHECK_FALSE(r.out.contains(u"imported: "_s));
    CHECK(readBytes(db) == before);
}
