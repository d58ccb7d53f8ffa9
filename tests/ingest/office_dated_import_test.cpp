// An imported wire story whose dateline names its day but no year, and whose text names no year
// that fits: the importer dates it from the offices its titled people held (issue 10 §2, "reason
// from the text"). Our own test articles.
#include "ingest/importer.h"
#include "ingest_fixture.h"

#include <QTemporaryDir>

using namespace summit;
using namespace Qt::StringLiterals;

namespace {

struct Imported
{
    QString published;
    QString source;
    QStringList warnings;
};

Imported importAlone(const QString &file)
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"dated.sqlite"_s));
    const QVector<FileResult> results =
        Importer(db).importPaths({test::dataDir() + u"/articles/"_s + file}, ImportOptions{});
    REQUIRE(results.size() == 1);
    REQUIRE(results.first().status == FileResult::Status::Imported);
    Statement s(db, "SELECT published, published_source FROM articles");
    REQUIRE(s.step());
    return {s.text(0), s.text(1), results.first().warnings};
}

} // namespace

TEST_CASE("a wire dateline without a year is dated by the offices its people held", "[ingest][dates]")
{
    // "BRATISLAVA, Slovakia, Feb. 24 (Reuters) ... on Thursday", with "President George W. Bush"
    // (2001-2009) and "Russian President Vladimir Putin": 24 February fell on a Thursday in 2005.
    const Imported a = importAlone(u"event_bratislava_2005.txt"_s);
    CHECK(a.published == u"2005-02-24"_s);
    CHECK(a.source == u"inferred"_s);
    for (const QString &w : a.warnings)
        CHECK_FALSE(w.contains(u"needs a date"_s));
}

TEST_CASE("foreign ministers' terms settle a Tuesday dateline", "[ingest][dates]")
{
    // Kouchner was French foreign minister from May 2007; 20 November was a Tuesday in 2007.
    const Imported a = importAlone(u"event_berlin_wire_ap.txt"_s);
    CHECK(a.published == u"2007-11-20"_s);
    CHECK(a.source == u"inferred"_s);
}
