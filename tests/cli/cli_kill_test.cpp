// Crash safety: an import killed with SIGKILL in the middle of a large folder leaves a sound
// database holding whole articles only, and running the same import again completes it.

#include "../ingest/ingest_fixture.h"
#include "cli_fixture.h"
#include "ingest/prepared_article.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QThread>

#include <signal.h>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kArticles = 3000;

/// Committed articles seen by a read-only connection, or -1 while the file is not there yet.
qint64 committedArticles(const QString &path)
{
    if (!QFile::exists(path))
        return -1;
    try {
        Database db(path, Database::Mode::ReadOnly);
        Statement st(db, "SELECT COUNT(*) FROM articles");
        return st.step() ? st.int64(0) : -1;
    } catch (const StoreError &) {
        return -1; // schema not there yet, or busy: ask again
    }
}

void checkWholeArticles(Database &db)
{
    Statement integrity(db, "PRAGMA integrity_check");
    REQUIRE(integrity.step());
    CHECK(integrity.text(0) == u"ok"_s);
    // FTS5's own consistency check: its index matches its content.
    CHECK_NOTHROW(db.exec("INSERT INTO sentence_fts(sentence_fts) VALUES ('integrity-check')"));
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles a WHERE "
                        "NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = a.id) OR "
                        "NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)") == 0);
    CHECK(countRows(db, "SELECT COUNT(*) FROM sentences s WHERE NOT EXISTS "
                        "(SELECT 1 FROM sentence_fts f WHERE f.rowid = s.id)") == 0);
    CHECK(countRows(db, "SELECT COUNT(*) FROM sentence_fts") == countRows(db, "SELECT COUNT(*) FROM sentences"));
    CHECK(countRows(db, "SELECT COUNT(*) FROM paragraphs WHERE article_id NOT IN (SELECT id FROM articles)") == 0);

    // Every stored article has exactly the paragraphs and sentences its raw bytes give.
    Statement st(db, "SELECT a.source, a.raw, (SELECT COUNT(*) FROM paragraphs WHERE article_id = a.id), "
                     "(SELECT COUNT(*) FROM sentences WHERE article_id = a.id) FROM articles a");
    int mismatches = 0;
    QString firstMismatch;
    while (st.step()) {
        const PreparedArticle a = prepareArticle(st.text(0), st.blob(1));
        if (a.text.paragraphs.size() != st.int64(2) || a.text.sentences.size() != st.int64(3)) {
            if (mismatches++ == 0)
                firstMismatch = st.text(0);
        }
    }
    INFO("first half-stored article: " << firstMismatch.toStdString());
    CHECK(mismatches == 0);
}

} // namespace

TEST_CASE("An import killed with SIGKILL leaves whole articles and re-running completes it", "[cli][kill][slow]")
{
    QTemporaryDir home;
    const QString corpus = home.filePath(u"corpus"_s);
    const QString dbPath = home.filePath(u"kill.sqlite"_s);
    QElapsedTimer clock;
    clock.start();
    {
        QProcess gen;
        gen.start(genCorpusPath(), {u"--articles"_s, QString::number(kArticles), u"--seed"_s, u"7"_s, u"--out"_s, corpus});
        REQUIRE(gen.waitForFinished(60'000));
        REQUIRE(gen.exitStatus() == QProcess::NormalExit);
        REQUIRE(gen.exitCode() == 0);
    }
    int files = 0;
    for (QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++files;
    REQUIRE(files == kArticles);
    UNSCOPED_INFO("generated in " << clock.elapsed() << " ms");

    QProcess import;
    import.setProcessEnvironment(isolatedEnvironment(home.path()));
    import.start(cliPath(), {u"--db"_s, dbPath, u"import"_s, corpus});
    REQUIRE(import.waitForStarted());

    // Wait for a first committed batch, then a little longer, so the kill lands while the next
    // batch's write transaction is open (a batch of 256 files takes a few hundred ms; lines are
    // printed only once their batch is committed, so the output cannot show the open one).
    qint64 committed = -1;
    QByteArray output;
    qsizetype printed = 0;
    QElapsedTimer wait;
    wait.start();
    qint64 firstCommitAt = -1;
    while (wait.elapsed() < 60'000 && import.state() == QProcess::Running) {
        import.waitForReadyRead(20);
        output += import.readAllStandardOutput();
        printed = output.count("imported: "); // per-file lines; warnings add lines of their own
        committed = committedArticles(dbPath);
        if (committed > 0 && firstCommitAt < 0)
            firstCommitAt = wait.elapsed();
        if (firstCommitAt >= 0 && wait.elapsed() - firstCommitAt >= 120)
            break;
    }
    CHECK(printed <= committed); // nothing is reported before it is committed
    INFO("committed " << committed << ", printed " << printed << " after " << wait.elapsed() << " ms");
    REQUIRE(import.state() == QProcess::Running); // still importing: the kill is mid-way
    REQUIRE(committed > 0);
    REQUIRE(committed < kArticles);
    ::kill(pid_t(import.processId()), SIGKILL);
    REQUIRE(import.waitForFinished(10'000));
    CHECK(import.exitStatus() == QProcess::CrashExit);

    qint64 survived = 0;
    {
        Database db(dbPath); // read-write: recovers the WAL as a real restart would
        checkWholeArticles(db);
        survived = countRows(db, "SELECT COUNT(*) FROM articles");
        CHECK(survived >= committed);
        CHECK(survived < kArticles);
    }
    UNSCOPED_INFO("killed after " << survived << " articles; " << clock.elapsed() << " ms so far");

    // The same import again: the survivors are duplicates, the rest is imported.
    const CliRun again = runCli(home.path(), {u"--db"_s, dbPath, u"import"_s, u"--quiet"_s, corpus}, 85'000);
    INFO(again.out.right(2000).toStdString() << again.err.toStdString());
    REQUIRE(again.exitedNormally());
    CHECK(again.code == 0);
    const QString summary = QString::number(kArticles - survived) + u" imported, "_s + QString::number(survived)
                            + u" duplicate, 0 failed"_s;
    CHECK(again.out.contains(summary));
    Database db(dbPath);
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles") == kArticles);
    checkWholeArticles(db);
}
