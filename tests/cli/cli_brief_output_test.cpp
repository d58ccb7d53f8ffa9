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
