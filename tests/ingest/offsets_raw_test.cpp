// Traceability: every sentence maps back to the raw file through the offset map, the stored raw
// bytes are the file's bytes, and the stored sha256 is the digest of those bytes.

#include "ingest/importer.h"
#include "ingest_fixture.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString firstWord(const QString &s)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    return word.match(s).captured(0);
}

} // namespace

TEST_CASE("Every seed sentence start maps to the same 20 characters of the raw text", "[ingest][offsets]")
{
    for (const QString &path : seedFiles()) {
        const PreparedArticle a = readArticleFile(path);
        const ArticleText &t = a.text;
        REQUIRE_FALSE(t.sentences.isEmpty());
        for (const Sentence &s : t.sentences) {
            const QString clean = t.text.mid(s.span.start, std::min(20, s.span.length()));
            const int raw = a.offsets.toRaw(s.span.start);
            INFO(QFileInfo(path).fileName().toStdString() << " sentence at " << s.span.start << " -> raw " << raw
                                                          << ": \"" << clean.toStdString() << "\"");
            REQUIRE(raw >= 0);
            REQUIRE(raw < a.rawText.size());
            CHECK(a.rawText.mid(raw, clean.size()) == clean);
        }
        // Paragraph ends map too: the last 10 characters before each paragraph end.
        for (const Paragraph &p : t.paragraphs) {
            const int n = std::min(10, p.span.length());
            const int rawEnd = a.offsets.toRaw(p.span.end - 1) + 1;
            INFO(QFileInfo(path).fileName().toStdString() << " paragraph ending \""
                                                          << t.text.mid(p.span.end - n, n).toStdString() << "\"");
            CHECK(a.rawText.mid(rawEnd - n, n) == t.text.mid(p.span.end - n, n));
        }
    }
}

namespace {

// Markup is removed from the clean text (emphasis, links, entities), so the raw text may differ
// in characters; the first word of each sentence must still be found where the map points,
// allowing for a leading entity or markup of a few characters.
void checkFirstWordsTrace(const QString &name)
{
    const PreparedArticle a = readArticleFile(dataDir() + u"/ingest/"_s + name);
    const ArticleText &t = a.text;
    REQUIRE_FALSE(t.sentences.isEmpty());
    for (const Sentence &s : t.sentences) {
        const QString word = firstWord(t.slice(s.span));
        const int raw = a.offsets.toRaw(s.span.start);
        INFO(name.toStdString() << ": \"" << t.slice(s.span).left(40).toStdString() << "\" -> raw " << raw << ": \""
                                << a.rawText.mid(raw, 40).toStdString() << "\"");
        const int found = int(a.rawText.indexOf(word, raw));
        CHECK(found >= raw);
        CHECK(found - raw <= 8);
    }
}

} // namespace

TEST_CASE("Markdown and hard-wrapped text sentences map back to their first word", "[ingest][offsets]")
{
    checkFirstWordsTrace(u"wrapped_notes.md"_s);
    checkFirstWordsTrace(u"plain_article.txt"_s);
}

TEST_CASE("HTML sentences after an entity map back to their first word", "[ingest][offsets][html]")
{
    // Known failure, reported: the HTML reader anchors offsets once per text node, so each
    // entity before a sentence in the same node ("&#8220;" is 7 raw characters, 1 clean) pulls
    // the mapped offset 6 characters early. In page_article.html, "Another said more work..."
    // maps 12 characters early, onto "aide said. Another".
    checkFirstWordsTrace(u"page_article.html"_s);
}

TEST_CASE("Hard-wrapped lines join into one paragraph and map back line by line", "[ingest][offsets]")
{
    const PreparedArticle a = readArticleFile(dataDir() + u"/ingest/wrapped_notes.md"_s);
    const ArticleText &t = a.text;
    // The first body paragraph is two raw lines joined with a space; emphasis and the link are
    // reduced to their words.
    const QString joined = u"met on Wednesday to prepare the spring summit, and officials said"_s;
    const int at = int(t.text.indexOf(joined));
    REQUIRE(at >= 0);
    const int spring = at + int(joined.indexOf(u"spring"_s));
    CHECK(a.rawText.mid(a.offsets.toRaw(spring), 6) == u"spring"_s);
    const int officials = at + int(joined.indexOf(u"officials"_s));
    CHECK(a.rawText.mid(a.offsets.toRaw(officials), 9) == u"officials"_s);
    CHECK_FALSE(t.text.contains(u"**"_s));
    CHECK_FALSE(t.text.contains(u"](https"_s));
}

TEST_CASE("Stored raw bytes equal the file bytes and sha256 is their digest", "[ingest][offsets][store]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"raw.sqlite"_s));
    Importer importer(db);
    QStringList files = seedFiles();
    files << dataDir() + u"/ingest/page_article.html"_s << dataDir() + u"/ingest/wrapped_notes.md"_s;
    ImportOptions options;
    options.extract = false;
    const QVector<FileResult> results = importer.importPaths(files, options);
    REQUIRE(results.size() == files.size());
    for (const FileResult &r : results) {
        INFO(r.path.toStdString() << ": " << r.message.toStdString());
        REQUIRE(r.status == FileResult::Status::Imported);
        const QByteArray bytes = readBytes(r.path);
        Statement st(db, "SELECT raw, sha256, path, source, clean_text, offset_map FROM articles WHERE id = ?");
        st.bind(1, r.articleId);
        REQUIRE(st.step());
        CHECK(st.blob(0) == bytes);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        CHECK(st.text(1) == sha);
        CHECK(st.text(1).size() == 64);
        CHECK(st.text(2) == QFileInfo(r.path).absoluteFilePath());
        CHECK(st.text(3) == QFileInfo(r.path).fileName());

        // The stored map still traces stored sentences into the stored raw bytes.
        const PreparedArticle again = prepareArticle(st.text(3), st.blob(0));
        CHECK(again.text.text == st.text(4));
        const OffsetMap stored = OffsetMap::deserialize(st.blob(5));
        REQUIRE(stored.anchors.size() == again.offsets.anchors.size());
        for (int i = 0; i < stored.anchors.size(); ++i) {
            CHECK(stored.anchors[i].clean == again.offsets.anchors[i].clean);
            CHECK(stored.anchors[i].raw == again.offsets.anchors[i].raw);
        }
        Statement sent(db, "SELECT s.start, s.end, f.text FROM sentences s JOIN sentence_fts f ON f.rowid = s.id "
                           "WHERE s.article_id = ? ORDER BY s.ord");
        sent.bind(1, r.articleId);
        int n = 0;
        while (sent.step()) {
            const QString sentence = st.text(4).mid(sent.integer(0), sent.integer(1) - sent.integer(0));
            CHECK(sent.text(2) == sentence); // the FTS row is the sentence's own text
            ++n;
        }
        CHECK(n == again.text.sentences.size());
    }
}

TEST_CASE("OffsetMap serialises losslessly and clamps between anchors", "[ingest][offsets]")
{
    OffsetMap m;
    m.anchors = {{0, 10}, {5, 20}, {9, 22}};
    const OffsetMap back = OffsetMap::deserialize(m.serialize());
    REQUIRE(back.anchors.size() == 3);
    CHECK(back.anchors[1].clean == 5);
    CHECK(back.anchors[1].raw == 20);
    CHECK(m.toRaw(0) == 10);
    CHECK(m.toRaw(3) == 13);
    CHECK(m.toRaw(5) == 20);
    CHECK(m.toRaw(8) == 22); // raw shrank between the anchors: never past the next one
    CHECK(m.toRaw(12) == 25);
    CHECK(OffsetMap{}.toRaw(7) == 7);
}

TEST_CASE("Lone CRs: a CR-only text file keeps its lines, and HTML offsets stay on their words",
          "[ingest][offsets][bad]")
{
    // Old Mac line endings: every line used to run into one paragraph.
    const QByteArray mac = "Talks end in Geneva\r\rThe envoys met again on Tuesday and agreed to continue the talks "
                           "next month.\r\rNo date was set for the next round, officials said on Wednesday.\r";
    const PreparedArticle t = prepareArticle(u"mac.txt"_s, mac);
    CHECK(t.text.title == u"Talks end in Geneva"_s);
    REQUIRE(t.text.paragraphs.size() >= 2);
    CHECK(t.text.slice(t.text.paragraphs.last().span).startsWith(u"No date was set"_s));

    // A lone CR inside an HTML text node is turned into LF by the parser: a substitution. Taken
    // for a deletion, it pushed every later offset of the node past its word.
    const QByteArray html = "<html><body><p>The envoys met\ragain on Tuesday in Geneva and agreed to go on "
                            "with the talks. Officials said\rthe next round would follow in May.</p></body></html>";
    const PreparedArticle h = prepareArticle(u"cr.html"_s, html);
    for (const QString &word : {u"again"_s, u"Officials"_s, u"the next round"_s, u"May"_s}) {
        const int clean = int(h.text.text.indexOf(word));
        REQUIRE(clean >= 0);
        INFO(word.toStdString());
        CHECK(h.rawText.mid(h.offsets.toRaw(clean), word.size()) == word);
    }
}

TEST_CASE("A control character the HTML parser replaces keeps later offsets on their words",
          "[ingest][offsets][bad]")
{
    // The parser turns DEL (and other controls) into U+FFFD: a substitution. The fuzzer found
    // offsets running past the raw text when it was taken for a deletion.
    const QByteArray html = "<html><body><p>The envoys met\x7f again on Tuesday in Geneva and agreed to go on "
                            "with the talks, officials said in the evening.</p></body></html>";
    const PreparedArticle h = prepareArticle(u"ctl.html"_s, html);
    for (const QString &word : {u"again"_s, u"Geneva"_s, u"officials"_s, u"evening"_s}) {
        const int clean = int(h.text.text.indexOf(word));
        REQUIRE(clean >= 0);
        INFO(word.toStdString());
        CHECK(h.rawText.mid(h.offsets.toRaw(clean), word.size()) == word);
    }
    CHECK(h.offsets.toRaw(int(h.text.text.size())) <= h.rawText.size());
}
