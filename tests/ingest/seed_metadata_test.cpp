// Title, outlet, date and dateline of all five seeds: first what the pipeline finds in each file
// on its own, then what the database holds after `init` applies the verified manifest.

#include "ingest/bundled_corpus.h"
#include "ingest/prepared_article.h"
#include "ingest_fixture.h"

#include <QTemporaryDir>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct FileMetadata
{
    QString prefix;
    QString title;
    QString outlet;        ///< empty: the file names none the pipeline can trust
    QString dateline;      ///< empty: the file has none
    QString datelinePlace;
    QDate published;       ///< invalid: the file carries no full date
    QString byline;
};

// What each file itself says (line numbers in the seed files):
// 000: title line 3; dateline "WASHINGTON (CNN) --" line 14; no date anywhere ("Wednesday" only).
// 001: title line 1; the copy has no dateline and no date at all.
// 002: title line 3; byline line 5; dateline "MOSCOW, April 6 (RIA Novosti) -" line 15, year from
//      the date lines 7/9 ("April 06, 2008", "6 April 2008").
// 003: title line 1; byline "By Staff" line 3; dateline "Kennebunkport (Maine), July 3:" line 7;
//      no year anywhere, so no full date. The outlet is not named in a form the pipeline trusts
//      ("Google Oneindia News" is a header, "Reuters" a trailing credit).
// 004: title line 3; dateline "MOSCOW —" line 7; no date.
// clang-format off
const QVector<FileMetadata> kFromFiles = {
    {u"000"_s, u"Official: Bush will visit Putin in Russia"_s, u"CNN"_s, u"WASHINGTON (CNN)"_s, u"Washington"_s, {}, {}},
    {u"001"_s, u"Bush, Putin remain divided on missile defense, NATO"_s, {}, {}, {}, {}, {}},
    {u"002"_s, u"Kremlin upbeat over Bush-Putin talks"_s, u"RIA Novosti"_s, u"MOSCOW, April 6 (RIA Novosti)"_s,
     u"Moscow"_s, QDate(2008, 4, 6), u"Global Research"_s},
    {u"003"_s, u"Putin offers Bush wider missile defense cooperation"_s, {}, u"Kennebunkport (Maine), July 3"_s,
     u"Kennebunkport"_s, {}, u"Staff"_s},
    {u"004"_s, u"Lavrov: Russia and the U.S. still have differences over missile defense"_s, {}, u"MOSCOW"_s,
     u"Moscow"_s, {}, {}},
};

struct StoredMetadata
{
    QString prefix;
    QString title;
    QString outlet;
    QString published;
    QString dateline;
    QString urlStart;
};

// The verified values (resources/corpus/manifest.json, checked against /work/shared/reference/facts.md).
const QVector<StoredMetadata> kStored = {
    {u"000"_s, u"Official: Bush will visit Putin in Russia"_s, u"CNN"_s, u"2008-03-26"_s, u"WASHINGTON (CNN)"_s,
     u"http://www.cnn.com/2008/POLITICS/03/26/"_s},
    {u"001"_s, u"Bush, Putin remain divided on missile defense, NATO"_s, u"Associated Press (Lawrence Journal-World)"_s,
     u"2008-04-06"_s, u"SOCHI, Russia (AP)"_s, u"http://www2.ljworld.com/"_s},
    {u"002"_s, u"Kremlin upbeat over Bush-Putin talks"_s, u"RIA Novosti (Global Research)"_s, u"2008-04-06"_s,
     u"MOSCOW, April 6 (RIA Novosti)"_s, u"https://www.globalresearch.ca/"_s},
    {u"003"_s, u"Putin offers Bush wider missile defense cooperation"_s, u"Oneindia"_s, u"2007-07-03"_s,
     u"Kennebunkport (Maine), July 3"_s, u"https://www.oneindia.com/2007/07/03/"_s},
    {u"004"_s, u"Lavrov: Russia and the U.S. still have differences over missile defense"_s,
     u"Associated Press (Deseret News)"_s, u"2008-03-18"_s, u"MOSCOW"_s, u"https://www.deseret.com/2008/3/18/"_s},
};
// clang-format on

} // namespace

TEST_CASE("Title, outlet, date and dateline found in each seed file", "[ingest][seeds][metadata]")
{
    for (const FileMetadata &m : kFromFiles) {
        DYNAMIC_SECTION("seed " << m.prefix.toStdString())
        {
            const PreparedArticle a = readArticleFile(seedPath(m.prefix));
            const ArticleText &t = a.text;
            CHECK(t.title == m.title);
            CHECK(t.outlet == m.outlet);
            CHECK(t.dateline == m.dateline);
            CHECK(t.datelinePlace == m.datelinePlace);
            CHECK(a.byline == m.byline);
            CHECK(a.encoding == u"utf-8"_s);
            CHECK(a.format == u"txt"_s);
            if (m.published.isValid()) {
                CHECK(t.published == m.published);
                CHECK(a.publishedSource == u"dateline"_s);
            } else {
                CHECK_FALSE(t.published.isValid());
                // A missing date is said out loud, naming the file.
                bool warned = false;
                for (const QString &w : a.warnings)
                    warned |= w.contains(a.source) && w.contains(u"no publication date"_s);
                CHECK(warned);
            }
        }
    }
}

TEST_CASE("Command-line overrides win over what the file says", "[ingest][metadata]")
{
    ImportOverrides o;
    o.published = QDate(2008, 3, 26);
    o.outlet = u"Test Outlet"_s;
    o.title = u"A Title"_s;
    o.url = u"https://example.org/a"_s;
    const PreparedArticle a = readArticleFile(seedPath(u"002"_s), o);
    CHECK(a.text.published == QDate(2008, 3, 26));
    CHECK(a.text.outlet == u"Test Outlet"_s);
    CHECK(a.text.title == u"A Title"_s);
    CHECK(a.url == u"https://example.org/a"_s);
    CHECK(a.text.dateline == u"MOSCOW, April 6 (RIA Novosti)"_s); // not overridden: kept from the file
}

TEST_CASE("init stores the verified metadata of all five seeds", "[ingest][seeds][metadata][init]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"init.sqlite"_s));
    const QVector<FileResult> results = initialiseDatabase(db);
    REQUIRE(results.size() == 5);
    for (const FileResult &r : results) {
        INFO(r.path.toStdString() << ": " << r.message.toStdString());
        CHECK(r.status == FileResult::Status::Imported);
    }
    for (const StoredMetadata &m : kStored) {
        DYNAMIC_SECTION("seed " << m.prefix.toStdString())
        {
            Statement st(db, "SELECT title, outlet, published, dateline, url, published_source FROM articles "
                             "WHERE source LIKE ? || '%'");
            st.bind(1, m.prefix);
            REQUIRE(st.step());
            CHECK(st.text(0) == m.title);
            CHECK(st.text(1) == m.outlet);
            CHECK(st.text(2) == m.published);
            CHECK(st.text(3) == m.dateline);
            CHECK(st.text(4).startsWith(m.urlStart));
            CHECK_FALSE(st.text(5).isEmpty());
            CHECK_FALSE(st.step());
        }
    }
}

TEST_CASE("init twice changes nothing", "[ingest][init]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"init2.sqlite"_s));
    initialiseDatabase(db);
    const QByteArray before = tableFingerprint(db);
    const qint64 events = countRows(db, "SELECT COUNT(*) FROM events");
    CHECK(events > 0);
    const QVector<FileResult> again = initialiseDatabase(db);
    for (const FileResult &r : again)
        CHECK(r.status == FileResult::Status::Duplicate);
    CHECK(tableFingerprint(db) == before);
    CHECK(countRows(db, "SELECT COUNT(*) FROM articles") == 5);
}

TEST_CASE("A lead paragraph that opens with a dateline is body text and gives the dateline",
          "[ingest][metadata]")
{
    // plain_article.txt: "GENEVA (Reuters) -- Negotiators ... agreed on Thursday to hold a further
    // round of talks ...". The word "hold" is a caption verb, and the lead was taken for a photo
    // caption, which also lost the dateline and the outlet. A paragraph that starts with a
    // dateline is the story's lead, never a caption.
    const PreparedArticle a = readArticleFile(dataDir() + u"/ingest/plain_article.txt"_s);
    const ArticleText &t = a.text;
    REQUIRE(t.paragraphs.size() >= 2);
    CHECK(t.slice(t.paragraphs[1].span).startsWith(u"GENEVA (Reuters) -- Negotiators"_s));
    CHECK(t.paragraphs[1].kind == ParagraphKind::Body);
    CHECK(t.dateline == u"GENEVA (Reuters)"_s);
    CHECK(t.outlet == u"Reuters"_s);
}
