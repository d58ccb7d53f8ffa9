// Two imports into one library at once. SQLite hands its write lock to whoever asks first after
// a commit, so the second import used to starve past its busy timeout and fail with "database is
// locked" (2 runs in 9), importing nothing. Now the second one waits for the first and says so.

#include "../ingest/ingest_fixture.h"
#include "cli_fixture.h"

#include "ingest/import_lock.h"

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

void generate(const QString &dir, int count, int seed)
{
    QProcess gen;
    gen.start(genCorpusPath(), {u"--articles"_s, QString::number(count), u"--seed"_s, QString::number(seed),
                                u"--out"_s, dir});
    REQUIRE(gen.waitForFinished(120'000));
    REQUIRE(gen.exitCode() == 0);
}

} // namespace

TEST_CASE("Two concurrent imports into one library both complete", "[cli][concurrency]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"shared.sqlite"_s);
    REQUIRE(runCli(home.path(), {u"--db"_s, db, u"init"_s, u"--empty"_s}).code == 0);
    generate(home.filePath(u"a"_s), 400, 11);
    generate(home.filePath(u"b"_s), 400, 12);

    QProcess first, second;
    for (QProcess *p : {&first, &second})
        p->setProcessEnvironment(isolatedEnvironment(home.path()));
    first.start(cliPath(), {u"--db"_s, db, u"import"_s, u"--quiet"_s, home.filePath(u"a"_s)});
    REQUIRE(first.waitForStarted());
    second.start(cliPath(), {u"--db"_s, db, u"import"_s, u"--quiet"_s, home.filePath(u"b"_s)});
    REQUIRE(second.waitForStarted());
    REQUIRE(first.waitForFinished(300'000));
    REQUIRE(second.waitForFinished(300'000));
    const QString out1 = QString::fromUtf8(first.readAllStandardOutput());
    const QString out2 = QString::fromUtf8(second.readAllStandardOutput());
    const QString err2 = QString::fromUtf8(second.readAllStandardError());
    INFO("first: " << out1.toStdString() << "\nsecond: " << out2.toStdString() << err2.toStdString());
    CHECK(first.exitCode() == 0);
    CHECK(second.exitCode() == 0);
    CHECK(out1.contains(u"400 imported, 0 duplicate, 0 failed"_s));
    CHECK(out2.contains(u"400 imported, 0 duplicate, 0 failed"_s));
    CHECK_FALSE(err2.contains(u"locked"_s));
    Database check(db, Database::Mode::ReadOnly);
    CHECK(countRows(check, "SELECT COUNT(*) FROM articles") == 800);
    CHECK_FALSE(QFile::exists(ImportLock::lockPathFor(db))); // released when each import ended
}

TEST_CASE("An import waits for a held import lock and says so", "[cli][concurrency]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"held.sqlite"_s);
    REQUIRE(runCli(home.path(), {u"--db"_s, db, u"init"_s, u"--empty"_s}).code == 0);
    QProcess import;
    import.setProcessEnvironment(isolatedEnvironment(home.path()));
    {
        const ImportLock held(db); // this test process plays the other import
        REQUIRE(held.held());
        import.start(cliPath(), {u"--db"_s, db, u"import"_s, dataDir() + u"/ingest/plain_article.txt"_s});
        REQUIRE(import.waitForStarted());
        // It waits, and says why, rather than failing.
        import.setReadChannel(QProcess::StandardError);
        QString err;
        for (int i = 0; i < 100 && !err.contains(u"Another import"_s); ++i) {
            import.waitForReadyRead(100);
            err += QString::fromUtf8(import.readAll());
        }
        CHECK(err.contains(u"Another import into "_s + db + u" is running; waiting"_s));
        CHECK(import.state() == QProcess::Running);
    }
    REQUIRE(import.waitForFinished(60'000));
    CHECK(import.exitCode() == 0);
    CHECK(QString::fromUtf8(import.readAllStandardOutput()).contains(u"1 imported, 0 duplicate, 0 failed"_s));
}
