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
