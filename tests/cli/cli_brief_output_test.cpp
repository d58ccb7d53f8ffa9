// Where `brief -o` writes: a regular file is replaced atomically, but a device or a pipe must be
// written to as it is. The atomic rename once replaced /dev/null itself with a regular file.

#include "../ingest/ingest_fixture.h"
#include "cli_fixture.h"

#include <sys/stat.h>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("A briefing written to a named pipe goes through it and leaves the pipe in place", "[cli][brief][bad]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"brief.sqlite"_s);
    REQUIRE(runCli(home.path(), {u"--db"_s, db, u"init"_s}).code == 0);
    const QString fifo = home.filePath(u"viewer.pipe"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

    // The reader at the other end, as a PDF viewer reading from a pipe would be.
    QProcess reader;
    reader.start(u"cat"_s, {fifo});
    REQUIRE(reader.waitForStarted());
    const CliRun r = runCli(home.path(), {u"--db"_s, db, u"brief"_s, u"-o"_s, fifo}, 120'000);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    REQUIRE(reader.waitForFinished(30'000));
    const QByteArray pdf = reader.readAllStandardOutput();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.contains("%%EOF"));
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode)); // still a pipe, not a file renamed over it
}

TEST_CASE("A briefing to a folder is refused with a reason", "[cli][brief][bad]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"brief.sqlite"_s);
    REQUIRE(runCli(home.path(), {u"--db"_s, db, u"init"_s}).code == 0);
    const CliRun r = runCli(home.path(), {u"--db"_s, db, u"brief"_s, u"-o"_s, home.path()}, 120'000);
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"it is a folder"_s));
}

TEST_CASE("brief: an unknown --event or --topic is a usage error; an empty scope writes nothing", "[cli][brief][bad]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"brief.sqlite"_s);
    REQUIRE(runCli(home.path(), {u"--db"_s, db, u"init"_s}).code == 0);
    const QString out = home.filePath(u"out.pdf"_s);

    const CliRun event = runCli(home.path(), {u"--db"_s, db, u"brief"_s, u"-o"_s, out, u"--event"_s, u"no-such-event"_s}, 120'000);
    CHECK(event.code == 2);
    CHECK(event.err.contains(u"no-such-event"_s));
    const CliRun topic = runCli(home.path(), {u"--db"_s, db, u"brief"_s, u"-o"_s, out, u"--topic"_s, u"no-such-topic"_s}, 120'000);
    CHECK(topic.code == 2);
    CHECK(topic.err.contains(u"no-such-topic"_s));

    const CliRun empty = runCli(home.path(), {u"--db"_s, db, u"brief"_s, u"-o"_s, out, u"--from"_s, u"1990-01-01"_s,
                                              u"--to"_s, u"1990-12-31"_s}, 120'000);
    CHECK(empty.code == 1);
    CHECK(empty.err.contains(u"No event in the record falls within this scope"_s));
    CHECK_FALSE(QFile::exists(out));
}
