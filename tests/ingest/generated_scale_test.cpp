// The scale path, lightly: 300 generated articles (.txt, .md, .html) import, or fail with a
// reason that names the file; every stored article is whole.

#include "ingest/importer.h"
#include "ingest_fixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("300 generated articles import, or fail with a named reason", "[ingest][scale]")
{
    QTemporaryDir dir;
    const QString corpus = dir.filePath(u"corpus"_s);
    QProcess gen;
    gen.start(genCorpusPath(), {u"--articles"_s, u"300"_s, u"--seed"_s, u"20080406"_s, u"--out"_s, corpus});
    REQUIRE(gen.waitForFinished(60'000));
    INFO(gen.readAllStandardError().toStdString());
    REQUIRE(gen.exitStatus() == QProcess::NormalExit);
    REQUIRE(gen.exitCode() == 0);
    int files = 0;
    for (QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++files;
    REQUIRE(files == 300);

    Database db(dir.filePath(u"scale.sqlite"_s));
    QElapsedTimer timer;
    timer.start();
    const QVector<FileResult> results = Importer(db).importPaths({corpus});
    const qint64 ms = timer.elapsed();
    REQUIRE(results.size() == 300);
    int imported = 0, duplicate = 0;
    QStringList failures;
    QMap<QString, int> warningKinds;
    for (const FileResult &r : results) {
        switch (r.status) {
        case FileResult::Status::Imported: ++imported; break;
        case FileResult::Status::Duplicate: ++duplicate; break;
        case FileResult::Status::Failed:
            failures << r.message;
            CHECK(r.message.contains(QFileInfo(r.path).fileName()));
            break;
        }
        for (const QString &w : r.warnings)
            ++warningKinds[w.section(u": "_s, 1)];
    }
    for (auto it = warningKinds.cbegin(); it != warningKinds.cend(); ++it)
        UNSCOPED_INFO("warning x" << it.value() << ": " << it.key().toStdString());
    INFO("imported " << imported << ", duplicate " << duplicate << ", failed " << failures.size() << " in " << ms
                     << " ms; failures:\n"
                     << failures.join(u"\n"_s).toStdString());
    CHECK(imported + duplicate + failures.size() == 300);
    CHECK(failures.isEmpty());
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles") == imported);
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                        "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)") == 0);
    CHECK(countRows(db, "SELECT COUNT(*) FROM sentences") == countRows(db, "SELECT COUNT(*) FROM sentence_fts"));
    // Every format of the generator was read (the generator writes all three).
    CHECK(countRows(db, "SELECT COUNT(DISTINCT format) FROM articles") == 3);
}

TEST_CASE("Generated articles' sentences trace back to their first word in the raw text", "[ingest][scale][offsets]")
{
    QTemporaryDir dir;
    const QString corpus = dir.filePath(u"corpus"_s);
    QProcess gen;
    gen.start(genCorpusPath(), {u"--articles"_s, u"120"_s, u"--seed"_s, u"1207"_s, u"--out"_s, corpus});
    REQUIRE(gen.waitForFinished(60'000));
    REQUIRE(gen.exitCode() == 0);
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    QMap<QString, int> checked, drifted;
    QStringList examples;
    for (QDirIterator it(corpus, QDir::Files); it.hasNext();) {
        const QString path = it.next();
        const PreparedArticle a = readArticleFile(path);
        const QString format = a.format;
        for (const Sentence &s : a.text.sentences) {
            const QString first = word.match(a.text.slice(s.span)).captured(0);
            const int raw = a.offsets.toRaw(s.span.start);
            const int found = int(a.rawText.indexOf(first, raw));
            ++checked[format];
            if (found < raw || found - raw > 8) {
                ++drifted[format];
                if (examples.size() < 5)
                    examples << QStringLiteral("%1: \"%2\" -> raw %3: \"%4\"")
                                    .arg(QFileInfo(path).fileName(), a.text.slice(s.span).left(40))
                                    .arg(raw)
                                    .arg(a.rawText.mid(raw, 40).simplified());
            }
        }
    }
    for (auto it = checked.cbegin(); it != checked.cend(); ++it)
        UNSCOPED_INFO(it.key().toStdString() << ": " << drifted.value(it.key()) << " of " << it.value()
                                             << " sentences drift");
    INFO(examples.join(u"\n"_s).toStdString());
    CHECK(drifted.value(u"txt"_s) == 0);
    CHECK(drifted.value(u"md"_s) == 0);
    CHECK(drifted.value(u"html"_s) == 0);
}
