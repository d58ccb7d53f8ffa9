// Cross-document event resolution through the real import: the same happening told by three
// outlets (one a republished wire copy) is one event with two independent sources; a preview
// and the meeting it announces stay apart; two meetings in one city a week apart stay apart.
// The articles under tests/data/articles/event_* are written for these tests.

#include "ingest/bundled_corpus.h"
#include "ingest/importer.h"
#include "ingest/reextract.h"
#include "ingest_fixture.h"
#include "library/event_sources.h"

#include <QTemporaryDir>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

void importOne(Importer &importer, const QString &file, QDate published, const QString &outlet)
{
    ImportOptions o;
    o.overrides.published = published;
    o.overrides.outlet = outlet;
    const QVector<FileResult> r = importer.importPaths({dataDir() + u"/articles/"_s + file}, o);
    REQUIRE(r.size() == 1);
    REQUIRE(r.first().status == FileResult::Status::Imported);
}

/// Event id each article reports, by file name (0 when none).
QHash<QString, qint64> reportedBy(Database &db)
{
    QHash<QString, qint64> out;
    Statement st(db, "SELECT a.source, r.event_id FROM event_reports r JOIN articles a ON a.id = r.article_id");
    while (st.step())
        out.insert(QFileInfo(st.text(0)).fileName(), st.int64(1));
    return out;
}

QString eventField(Database &db, qint64 id, const char *column)
{
    Statement st(db, (QByteArray("SELECT ") + column + " FROM events WHERE id = ?").constData());
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

} // namespace

TEST_CASE("one happening told by three outlets, one a republished wire copy", "[ingest][events][resolution]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"events.sqlite"_s));
    Importer importer(db);
    importOne(importer, u"event_berlin_wire_ap.txt"_s, QDate(2007, 11, 20), u"Associated Press"_s);
    importOne(importer, u"event_berlin_own_report.txt"_s, QDate(2007, 11, 20), u"Baltic Wire Service"_s);
    // Imported later, on its own: it must merge into the event that already exists.
    importOne(importer, u"event_berlin_republished.txt"_s, QDate(2007, 11, 21), u"Valley Courier"_s);

    const QHash<QString, qint64> reports = reportedBy(db);
    REQUIRE(reports.size() == 3);
    const qint64 ev = reports.value(u"event_berlin_wire_ap.txt"_s);
    REQUIRE(ev != 0);
    CHECK(reports.value(u"event_berlin_own_report.txt"_s) == ev);
    CHECK(reports.value(u"event_berlin_republished.txt"_s) == ev);
    CHECK(eventField(db, ev, "start") == u"2007-11-20"_s);
    const QString title = eventField(db, ev, "title");
    INFO(title.toStdString());
    CHECK(title.contains(u"Berlin"_s));
    CHECK_FALSE(title.contains(u"2007"_s));

    const library::EventCoverage coverage = library::eventCoverage(db).value(ev);
    CHECK(coverage.reportedBy.size() == 3);
    REQUIRE(coverage.sources.size() == 2);
    int republished = 0;
    for (const library::IndependentSource &s : coverage.sources)
        republished += int(s.articles.size()) - 1;
    CHECK(republished == 1);
}

TEST_CASE("a preview and the meeting it announces are two events", "[ingest][events][resolution]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"events.sqlite"_s));
    Importer importer(db);
    importOne(importer, u"event_warsaw_preview.txt"_s, QDate(2007, 11, 26), u"Courier"_s);
    importOne(importer, u"event_warsaw_meeting.txt"_s, QDate(2007, 11, 29), u"Gazette"_s);
    const QHash<QString, qint64> reports = reportedBy(db);
    const qint64 preview = reports.value(u"event_warsaw_preview.txt"_s);
    const qint64 meeting = reports.value(u"event_warsaw_meeting.txt"_s);
    REQUIRE(meeting != 0);
    CHECK(preview != meeting);
    CHECK(eventField(db, meeting, "start") == u"2007-11-29"_s);
    if (preview) {
        // What the preview reports is the announcement, dated no later than the preview.
        CHECK(eventField(db, preview, "kind") == u"announcement"_s);
        CHECK(eventField(db, preview, "start") <= u"2007-11-26"_s);
    }
}

TEST_CASE("two meetings in one city a week apart stay apart", "[ingest][events][resolution]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"events.sqlite"_s));
    Importer importer(db);
    importOne(importer, u"event_prague_first.txt"_s, QDate(2008, 1, 10), u"Courier"_s);
    importOne(importer, u"event_prague_second.txt"_s, QDate(2008, 1, 17), u"Gazette"_s);
    const QHash<QString, qint64> reports = reportedBy(db);
    const qint64 first = reports.value(u"event_prague_first.txt"_s);
    const qint64 second = reports.value(u"event_prague_second.txt"_s);
    REQUIRE(first != 0);
    REQUIRE(second != 0);
    CHECK(first != second);
    CHECK(eventField(db, first, "start") == u"2008-01-10"_s);
    CHECK(eventField(db, second, "start") == u"2008-01-17"_s);
}

TEST_CASE("a report datelined elsewhere joins the happening by day, kind and people", "[ingest][events][resolution]")
{
    // The reporter was in Paris; the meeting was in Berlin. Same day, same kind of happening,
    // the same two people: the same event, and a third independent source.
    QTemporaryDir dir;
    Database db(dir.filePath(u"events.sqlite"_s));
    Importer importer(db);
    importOne(importer, u"event_berlin_wire_ap.txt"_s, QDate(2007, 11, 20), u"Associated Press"_s);
    importOne(importer, u"event_berlin_from_paris.txt"_s, QDate(2007, 11, 20), u"Radio Courier"_s);
    const QHash<QString, qint64> reports = reportedBy(db);
    const qint64 ev = reports.value(u"event_berlin_wire_ap.txt"_s);
    REQUIRE(ev != 0);
    CHECK(reports.value(u"event_berlin_from_paris.txt"_s) == ev);
    CHECK(library::eventCoverage(db).value(ev).sources.size() == 2);
}

TEST_CASE("a quote recalling an earlier summit belongs to the talks where it was said", "[ingest][events][quotes]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"events.sqlite"_s));
    syncEventCatalog(db);
    Importer importer(db);
    importOne(importer, u"event_quote_recall.txt"_s, QDate(2008, 5, 16), u"Courier"_s);
    const qint64 reported = reportedBy(db).value(u"event_quote_recall.txt"_s);
    REQUIRE(reported != 0);
    Statement st(db, "SELECT q.event_id, q.text FROM quotes q WHERE q.fragment = 0");
    int quotes = 0;
    while (st.step()) {
        INFO(st.text(1).toStdString());
        CHECK(st.int64(0) == reported);
        ++quotes;
    }
    CHECK(quotes >= 1);
    // The summit is still mentioned by the article.
    Statement sochi(db, "SELECT COUNT(*) FROM event_links l JOIN events e ON e.id = l.event_id "
                        "WHERE e.slug = 'sochi-summit-2008'");
    REQUIRE(sochi.step());
    CHECK(sochi.int64(0) >= 1);
}

TEST_CASE("catalog sync drops catalog events the catalog no longer holds", "[ingest][events]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"events.sqlite"_s));
    db.exec("INSERT INTO events (slug, title, kind, start, end, origin) "
            "VALUES ('retired-event', 'Retired', 'summit', '2008-03-17', '2008-03-17', 'catalog')");
    db.exec("INSERT INTO events (slug, title, kind, start, end, origin) "
            "VALUES ('user-event', 'Mine', 'summit', '2008-03-17', '2008-03-17', 'user')");
    syncEventCatalog(db);
    CHECK(countRows(db, "SELECT COUNT(*) FROM events WHERE slug = 'retired-event'") == 0);
    CHECK(countRows(db, "SELECT COUNT(*) FROM events WHERE slug = 'user-event'") == 1);
    CHECK(countRows(db, "SELECT COUNT(*) FROM events WHERE slug = 'sochi-summit-2008'") == 1);
}

TEST_CASE("a happening the article dates only to a month keeps month precision", "[ingest][events][resolution]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"events.sqlite"_s));
    Importer importer(db);
    importOne(importer, u"event_month_talks.txt"_s, QDate(2008, 9, 26), u"Alpine Courier"_s);
    const QHash<QString, qint64> reports = reportedBy(db);
    REQUIRE(reports.size() == 1);
    const qint64 ev = reports.value(u"event_month_talks.txt"_s);
    CHECK(eventField(db, ev, "granularity") == u"month"_s);
    CHECK(eventField(db, ev, "start") == u"2008-09-01"_s);
    // Never past the day it was reported: the month is not over yet.
    CHECK(eventField(db, ev, "end") == u"2008-09-26"_s);
}

TEST_CASE("re-extracting the article that created a shared event keeps the event for the others",
          "[ingest][events][resolution]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"events.sqlite"_s));
    Importer importer(db);
    importOne(importer, u"event_berlin_wire_ap.txt"_s, QDate(2007, 11, 20), u"Associated Press"_s);
    importOne(importer, u"event_berlin_own_report.txt"_s, QDate(2007, 11, 20), u"Baltic Wire Service"_s);
    const QHash<QString, qint64> before = reportedBy(db);
    REQUIRE(before.size() == 2);
    const qint64 ev = before.value(u"event_berlin_wire_ap.txt"_s);
    REQUIRE(ev == before.value(u"event_berlin_own_report.txt"_s));
    qint64 creator = 0;
    {
        Statement st(db, "SELECT article_id FROM events WHERE id = ?");
        st.bind(1, ev);
        REQUIRE(st.step());
        creator = st.int64(0);
    }
    REQUIRE(creator != 0);
    // A metadata edit re-extracts the creator (here with nothing changed).
    reextractArticle(db, creator);
    const QHash<QString, qint64> after = reportedBy(db);
    CHECK(after.size() == 2);
    CHECK(after.value(u"event_berlin_wire_ap.txt"_s) == after.value(u"event_berlin_own_report.txt"_s));
    CHECK(after.value(u"event_berlin_own_report.txt"_s) == ev); // the other article's report survived
    CHECK(countRows(db, "SELECT COUNT(*) FROM events WHERE origin = 'extracted' AND article_id IS NULL") == 0);
}
