// Bad inputs: each gets a clear error naming the file, leaves the database unchanged, and does
// not stop the other files of the same import. Every bad file is generated in a temporary folder.

#include "ingest/bundled_corpus.h"
#include "ingest/importer.h"
#include "ingest/source_block.h"
#include "ingest_fixture.h"

#include <QTemporaryDir>

#include <cstdio>

#include <unistd.h>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

ImportOptions fastOptions()
{
    ImportOptions o;
    o.extract = false; // the extractors are not what these tests are about
    return o;
}

/// A database holding the five seeds, ready for a bad import.
struct SeededStore
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    SeededStore()
    {
        REQUIRE(dir.isValid());
        db = std::make_unique<Database>(dir.filePath(u"store.sqlite"_s));
        Importer(*db).importPaths(seedFiles(), fastOptions());
        REQUIRE(countRows(*db, "SELECT COUNT(*) FROM articles") == 5);
    }
    QString path(const QString &name) const { return dir.filePath(u"in/"_s + name); }
};

/// Imports `bad` alone (database must not change), then `bad` with a good new article in the
/// same call (the good one must import). Returns the failure message.
QString checkRejected(SeededStore &s, const QString &bad, const QString &expectedWhy)
{
    const QByteArray before = tableFingerprint(*s.db);
    Importer importer(*s.db);
    const QVector<FileResult> alone = importer.importPaths({bad}, fastOptions());
    REQUIRE(alone.size() == 1);
    const FileResult &r = alone.first();
    INFO("message: " << r.message.toStdString());
    CHECK(r.status == FileResult::Status::Failed);
    CHECK(r.message.contains(QFileInfo(bad).fileName()));
    CHECK(r.message.contains(expectedWhy, Qt::CaseInsensitive));
    CHECK(tableFingerprint(*s.db) == before);

    const QString good = writeBytes(s.path(u"good_"_s + QFileInfo(bad).completeBaseName() + u".txt"_s),
                                    readBytes(dataDir() + u"/ingest/plain_article.txt"_s)
                                        + "\n" + QFileInfo(bad).fileName().toUtf8() + "\n");
    const QVector<FileResult> mixed = importer.importPaths({bad, good}, fastOptions());
    REQUIRE(mixed.size() == 2);
    int imported = 0, failed = 0;
    for (const FileResult &m : mixed) {
        imported += m.status == FileResult::Status::Imported;
        failed += m.status == FileResult::Status::Failed;
        if (m.status == FileResult::Status::Imported)
            CHECK(m.path == good);
    }
    CHECK(imported == 1);
    CHECK(failed == 1);
    CHECK(countRows(*s.db, "SELECT COUNT(*) FROM articles") == 6);
    return r.message;
}

} // namespace

TEST_CASE("An empty file is refused by name", "[ingest][bad]")
{
    SeededStore s;
    checkRejected(s, writeBytes(s.path(u"empty.txt"_s), {}), u"empty"_s);
    SeededStore s2;
    checkRejected(s2, writeBytes(s2.path(u"blank.md"_s), "  \n\n\t \r\n"), u"empty"_s);
}

TEST_CASE("A binary file is refused by name", "[ingest][bad]")
{
    SeededStore s;
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    for (int i = 0; i < 4000; ++i)
        png.append(char(i * 37 % 256));
    checkRejected(s, writeBytes(s.path(u"photo.txt"_s), png), u"binary"_s);
}

TEST_CASE("A 20 MB file is refused by name without being stored", "[ingest][bad]")
{
    SeededStore s;
    QByteArray line("Moscow and Washington held another round of talks on missile defense today.\n");
    QByteArray big;
    big.reserve(20 * 1024 * 1024 + line.size());
    while (big.size() < 20 * 1024 * 1024)
        big.append(line);
    const QString message = checkRejected(s, writeBytes(s.path(u"huge.txt"_s), big), u"too large"_s);
    CHECK(message.contains(u"MB"_s));
}

TEST_CASE("An unsupported extension is refused by name", "[ingest][bad]")
{
    SeededStore s;
    // Named explicitly: tried, and refused for its type.
    checkRejected(s, writeBytes(s.path(u"report.pdf"_s), "%PDF-1.4 but actually text about talks.\n"),
                  u"unsupported file type"_s);
    // Found inside a folder: listed as failed, the supported file beside it imports.
    SeededStore f;
    writeBytes(f.path(u"dir/table.csv"_s), "a,b\n1,2\n");
    writeBytes(f.path(u"dir/article.txt"_s), readBytes(dataDir() + u"/ingest/plain_article.txt"_s));
    const QVector<FileResult> results = Importer(*f.db).importPaths({f.path(u"dir"_s)}, fastOptions());
    REQUIRE(results.size() == 2);
    int imported = 0;
    for (const FileResult &r : results) {
        if (r.path.endsWith(u"table.csv"_s)) {
            CHECK(r.status == FileResult::Status::Failed);
            CHECK(r.message.contains(u"table.csv"_s));
            CHECK(r.message.contains(u"unsupported"_s));
        } else {
            imported += r.status == FileResult::Status::Imported;
        }
    }
    CHECK(imported == 1);
}

TEST_CASE("A missing path is refused by name", "[ingest][bad]")
{
    SeededStore s;
    checkRejected(s, s.path(u"no/such/article.txt"_s), u"no such file"_s);
    SeededStore f;
    checkRejected(f, f.path(u"missing-folder"_s), u"no such file"_s);
}

TEST_CASE("An unreadable folder is refused by name", "[ingest][bad]")
{
    SeededStore s;
    const QString locked = s.path(u"locked"_s);
    writeBytes(locked + u"/inside.txt"_s, readBytes(seedPath(u"000"_s)) + "\nextra line\n");
    REQUIRE(QFile::setPermissions(locked, QFileDevice::Permissions()));
    // Root reads through chmod 000: probe instead of assuming, and skip with a message if so.
    const bool readable = ::access(QFile::encodeName(locked).constData(), R_OK | X_OK) == 0;
    if (readable) {
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        WARN("SKIPPED: running with privileges that ignore chmod 000 (e.g. root); the unreadable-folder check "
             "needs an unprivileged user");
        return;
    }
    checkRejected(s, locked, u"cannot be read"_s);
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("An unreadable file is refused by name", "[ingest][bad]")
{
    SeededStore s;
    const QString file = writeBytes(s.path(u"secret.txt"_s), readBytes(dataDir() + u"/ingest/plain_article.txt"_s));
    REQUIRE(QFile::setPermissions(file, QFileDevice::Permissions()));
    if (::access(QFile::encodeName(file).constData(), R_OK) == 0) {
        WARN("SKIPPED: running with privileges that ignore chmod 000 (e.g. root); the unreadable-file check "
             "needs an unprivileged user");
        return;
    }
    checkRejected(s, file, u"cannot be read"_s);
}

TEST_CASE("Invalid UTF-8 imports as Windows-1252 with a warning", "[ingest][bad][encoding]")
{
    SeededStore s;
    // 0x93/0x94 are curly double quotes in Windows-1252 and invalid as UTF-8; 0xE9 is e-acute.
    const QByteArray bytes = "Minister says talks will go on\n\n"
                             "MOSCOW (Reuters) -- \x93We will continue the dialogue,\x94 the minister said on "
                             "Tuesday after meeting the d\xE9l\xE9gation from Washington.\n\n"
                             "He gave no date for the next round of talks between the two sides.\n";
    const QString file = writeBytes(s.path(u"cp1252.txt"_s), bytes);
    const QVector<FileResult> results = Importer(*s.db).importPaths({file}, fastOptions());
    REQUIRE(results.size() == 1);
    const FileResult &r = results.first();
    INFO(r.message.toStdString());
    REQUIRE(r.status == FileResult::Status::Imported);
    bool warned = false;
    for (const QString &w : r.warnings)
        warned |= w.contains(u"cp1252.txt"_s) && w.contains(u"Windows-1252"_s) && w.contains(u"UTF-8"_s);
    CHECK(warned);

    Statement st(*s.db, "SELECT encoding, clean_text, raw, warnings FROM articles WHERE id = ?");
    st.bind(1, r.articleId);
    REQUIRE(st.step());
    CHECK(st.text(0) == u"windows-1252"_s);
    const QString clean = st.text(1);
    CHECK(clean.contains(QChar(0x201C)));
    CHECK(clean.contains(u"\u201CWe will continue the dialogue,\u201D"_s));
    CHECK(clean.contains(u"d\u00E9l\u00E9gation"_s));
    CHECK(st.blob(2) == bytes); // the raw bytes are kept as they were, not re-encoded
    CHECK(st.text(3).contains(u"Windows-1252"_s)); // the warning is stored with the article
    CHECK(countRows(*s.db, "SELECT COUNT(*) FROM articles") == 6);
}

TEST_CASE("A UTF-8 byte-order mark is dropped, not imported as text", "[ingest][encoding]")
{
    const QByteArray bytes = "\xEF\xBB\xBFTalks resume in Geneva\n\nThe delegations met again on Monday and "
                             "agreed to continue the talks next month.\n";
    const PreparedArticle a = prepareArticle(u"bom.txt"_s, bytes);
    CHECK(a.encoding == u"utf-8"_s);
    CHECK(a.warnings.filter(u"Windows-1252"_s).isEmpty());
    CHECK_FALSE(a.text.text.contains(QChar(0xFEFF)));
    CHECK(a.text.title == u"Talks resume in Geneva"_s);
}

TEST_CASE("A file of page furniture only is refused by name", "[ingest][bad]")
{
    SeededStore s;
    checkRejected(s, writeBytes(s.path(u"widgets.txt"_s), "Share\nPrint\nE-mail\nSkip to main content\n"),
                  u"no article text"_s);
}

TEST_CASE("One invalid byte in a UTF-8 file is replaced, not a reason to decode it all as Windows-1252",
          "[ingest][bad][encoding]")
{
    // Curly quotes as UTF-8 throughout, and one stray 0x92 byte (a Windows-1252 apostrophe pasted in).
    const QByteArray bytes = "Envoys meet again\n\n"
                             "GENEVA (AP) -- \xE2\x80\x9CWe are making progress,\xE2\x80\x9D the envoy said. "
                             "The delegation\x92s report was not released.\n\n"
                             "\xE2\x80\x9CThe talks go on,\xE2\x80\x9D a spokeswoman added on Friday evening.\n";
    const PreparedArticle a = prepareArticle(u"mixed.txt"_s, bytes);
    CHECK(a.encoding == u"utf-8"_s);
    CHECK(a.text.text.contains(u"\u201CWe are making progress,\u201D"_s));
    CHECK(a.text.text.contains(u"\u201CThe talks go on,\u201D"_s));
    CHECK(a.text.text.contains(u"delegation\uFFFDs report"_s));
    CHECK_FALSE(a.text.text.contains(u"\u00E2\u20AC"_s)); // no mojibake of the curly quotes
    REQUIRE(a.warnings.size() >= 1);
    CHECK(a.warnings.filter(u"mixed.txt: 1 invalid UTF-8 byte"_s).size() == 1);
}

TEST_CASE("A NUL byte anywhere makes a file binary, even past the probed head", "[ingest][bad][encoding]")
{
    QByteArray bytes = "A long page\n\n";
    while (bytes.size() < 100 * 1024)
        bytes += "The delegations met again on Monday and agreed to continue the talks next month. ";
    bytes += '\0';
    bytes += " trailing words.\n";
    CHECK_THROWS_WITH(prepareArticle(u"nul.txt"_s, bytes), Catch::Contains("nul.txt: the file is binary"));
}

TEST_CASE("Links to nothing, link loops and undecodable names in a folder are reported, not skipped",
          "[ingest][bad][folders]")
{
    SeededStore s;
    const QString in = s.path(u"walk"_s);
    writeBytes(in + u"/good.txt"_s, readBytes(dataDir() + u"/ingest/plain_article.txt"_s));
    const QString elsewhere = s.dir.filePath(u"elsewhere"_s);
    writeBytes(elsewhere + u"/linked.txt"_s,
               "Envoys return home\n\nThe envoys flew home on Friday after three days of talks that both "
               "sides called useful, and said they would meet again in the spring.\n");
    REQUIRE(QFile::link(elsewhere, in + u"/shortcut"_s));             // a link to a folder: followed
    REQUIRE(QFile::link(in, in + u"/loop"_s)); // a link back to the folder itself: a loop
    REQUIRE(QFile::link(s.dir.filePath(u"nowhere.txt"_s), in + u"/dangling.txt"_s));
    // A name whose bytes are not UTF-8 (made with the raw system call: Qt cannot name it).
    const QByteArray badName = QFile::encodeName(in) + "/bad\xff\xfe.txt";
    {
        FILE *f = std::fopen(badName.constData(), "wb");
        REQUIRE(f != nullptr);
        std::fputs("Title\n\nSome text that is long enough to be a paragraph of an article here.\n", f);
        std::fclose(f);
    }
    const QVector<FileResult> results = Importer(*s.db).importPaths({in}, fastOptions());
    QStringList failed, imported;
    for (const FileResult &r : results) {
        if (r.status == FileResult::Status::Failed)
            failed << r.message;
        else if (r.status == FileResult::Status::Imported)
            imported << QFileInfo(r.path).fileName();
    }
    INFO("failed: " << failed.join(u" | "_s).toStdString());
    CHECK(imported.contains(u"good.txt"_s));
    CHECK(imported.contains(u"linked.txt"_s));
    CHECK(failed.filter(u"dangling.txt: a link to something that does not exist"_s).size() == 1);
    CHECK(failed.filter(u"loop: a link back to a folder already being imported"_s).size() == 1);
    CHECK(failed.filter(u"not valid in this system's encoding"_s).size() == 1);
    CHECK(failed.size() == 3);
    ::unlink(badName.constData()); // QTemporaryDir cannot name it either
}

TEST_CASE("A page nested absurdly deep is refused by name, and the rest of the folder imports",
          "[ingest][bad][html]")
{
    SeededStore s;
    QByteArray deep = "<html><body>";
    for (int i = 0; i < 50'000; ++i)
        deep += "<div>";
    deep += "text";
    for (int i = 0; i < 50'000; ++i)
        deep += "</div>";
    deep += "</body></html>";
    checkRejected(s, writeBytes(s.path(u"deep.html"_s), deep), u"nests elements 50002 deep"_s);

    // Deep, but within what a real page could be: read normally.
    QByteArray fine = "<html><body>";
    for (int i = 0; i < 500; ++i)
        fine += "<div>";
    fine += "<p>The talks went on for a second day in Geneva, and both sides said they were useful.</p>";
    for (int i = 0; i < 500; ++i)
        fine += "</div>";
    fine += "</body></html>";
    const PreparedArticle a = prepareArticle(u"fine.html"_s, fine);
    CHECK(a.text.text.contains(u"The talks went on for a second day"_s));
}

TEST_CASE("Nesting depth counts real nesting, not self-closing or auto-closed elements", "[ingest][html]")
{
    CHECK(htmlNestingDepth("<div><div><span>x</span></div></div>") == 3);
    CHECK(htmlNestingDepth("<p>a<p>b<p>c<br><img src=x><hr/>") == 0);
    CHECK(htmlNestingDepth("<ul><li>a<li>b<li>c</ul>") == 1);
    CHECK(htmlNestingDepth("<!-- <div><div> --> plain") == 2); // comments are not parsed: a safe overestimate
}
