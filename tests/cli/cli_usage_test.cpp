// The CLI's usage contract: --help everywhere exits 0 and prints usage; bad arguments exit 2
// with an error on stderr and never touch a database.

#include "cli_fixture.h"

#include <QFile>

using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList kCommands = {u"init"_s,   u"import"_s, u"articles"_s, u"stats"_s,  u"search"_s,
                               u"inspect"_s, u"quotes"_s, u"timexes"_s,  u"events"_s, u"brief"_s,
                               u"export"_s};
}

TEST_CASE("summitline-cli --help lists every command and exits 0", "[cli][usage]")
{
    QTemporaryDir home;
    const CliRun run = runCli(home.path(), {u"--help"_s});
    REQUIRE(run.exitedNormally());
    CHECK(run.code == 0);
    CHECK(run.out.contains(u"Usage: summitline-cli"_s));
    for (const QString &c : kCommands) {
        INFO(c.toStdString());
        CHECK(run.out.contains(u"  "_s + c + u" "_s));
    }
}

TEST_CASE("Each command's --help exits 0 with its usage line", "[cli][usage]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"never-created.sqlite"_s);
    for (const QString &c : kCommands) {
        INFO(c.toStdString());
        const CliRun run = runCli(home.path(), {u"--db"_s, db, c, u"--help"_s});
        CHECK(run.exitedNormally());
        CHECK(run.code == 0);
        CHECK(run.out.contains(u"Usage: summitline-cli [--db FILE] "_s + c));
    }
    CHECK_FALSE(QFile::exists(db)); // asking for help opens nothing
}

TEST_CASE("Bad arguments exit 2 with an error and open no database", "[cli][usage]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"never-created.sqlite"_s);
    const QList<QStringList> cases = {
        {},                                                   // no command
        {u"frobnicate"_s},                                    // unknown command
        {u"--verbose"_s, u"stats"_s},                         // unknown global option
        {u"articles"_s, u"extra"_s},                          // stray positional argument
        {u"stats"_s, u"--bogus"_s},                           // unknown option
        {u"search"_s},                                        // missing query
        {u"search"_s, u"missile"_s, u"--limit"_s, u"0"_s},    // bad limit
        {u"search"_s, u"missile"_s, u"--limit"_s, u"ten"_s},  // bad limit
        {u"import"_s},                                        // missing path
        {u"import"_s, u"--published"_s, u"April 6"_s, u"x.txt"_s}, // bad date
        {u"import"_s, u"--workers"_s, u"0"_s, u"x.txt"_s},    // bad worker count
        {u"inspect"_s},                                       // missing file
        {u"inspect"_s, u"a.txt"_s, u"b.txt"_s},               // too many files
        {u"quotes"_s, u"--article"_s, u"abc"_s},              // bad id
        {u"init"_s, u"extra"_s},                              // init takes no arguments
    };
    for (const QStringList &args : cases) {
        const QStringList full = QStringList{u"--db"_s, db} + args;
        INFO("summitline-cli " << full.join(u" "_s).toStdString());
        const CliRun run = runCli(home.path(), full);
        CHECK(run.exitedNormally());
        CHECK(run.code == 2);
        CHECK_FALSE(run.err.trimmed().isEmpty());
        if (!args.isEmpty())
            CHECK(run.err.contains(u"error"_s));
    }
    CHECK_FALSE(QFile::exists(db));
}
