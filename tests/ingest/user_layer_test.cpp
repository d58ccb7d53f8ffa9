// The user's own layer (schema v7) against the real import: stars, notes, tags, speaker
// corrections and user events survive closing the file, re-extraction and catalog sync.

#include "ingest/bundled_corpus.h"
#include "ingest/importer.h"
#include "ingest/reextract.h"
#include "ingest_fixture.h"
#include "library/library.h"
#include "library/user_edits.h"

#include <QTemporaryDir>

using namespace summit;
using namespace summit::library;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A library file with the catalog and one imported article that has a quote by Lavrov.
struct ImportedLibrary
{
    ImportedLibrary()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(u"user.sqlite"_s);
        Database db(path);
        syncEventCatalog(db);
        Importer importer(db);
        ImportOptions o;
        o.overrides.published = QDate(2008, 5, 16);
        o.overrides.outlet = u"Courier"_s;
        const QVector<FileResult> r = importer.importPaths({dataDir() + u"/articles/event_quote_recall.txt"_s}, o);
        REQUIRE(r.size() == 1);
        REQUIRE(r.first().status == FileResult::Status::Imported);
        articleId = r.first().articleId;
    }
    QTemporaryDir dir;
    QString path;
    qint64 articleId = 0;
};

QuoteRecord firstQuote(Library &lib)
{
    const QVector<QuoteRecord> quotes = lib.quotes({}, false);
    REQUIRE(!quotes.isEmpty());
    return quotes.first();
}

std::optional<EventRecord> eventBySlug(Library &lib, const QString &slug)
{
    for (const EventRecord &e : lib.events())
        if (e.slug == slug)
            return e;
    return std::nullopt;
}

const QString kSochi = u"sochi-summit-2008"_s;

} // namespace

TEST_CASE("stars, notes and tags survive reopening and re-extraction", "[ingest][user]")
{
    ImportedLibrary fixture;
    AnnotationTarget quoteTarget;
    {
        Database db(fixture.path);
        Library lib(db);
        const QuoteRecord q = firstQuote(lib);
        quoteTarget = q.target();
        UserEdits edits(db);
        edits.setAnnotation(quoteTarget, {true, u"Lavrov recalls Sochi promises"_s, {u"energy"_s, u" Energy "_s, u"security"_s}});
        edits.setAnnotation(AnnotationTarget::event(kSochi), {true, u"the last Bush–Putin summit"_s, {u"summits"_s}});
        edits.setAnnotation(AnnotationTarget::article(fixture.articleId), {false, u"read again"_s, {}});
    }
    Database db(fixture.path); // reopened: nothing lived only in memory
    Library lib(db);
    reextractArticle(db, fixture.articleId);

    const QuoteRecord q = firstQuote(lib);
    CHECK(q.target() == quoteTarget);
    CHECK(lib.quoteTarget(q.id) == quoteTarget);
    CHECK_FALSE(lib.quoteTarget(999999));
    CHECK(q.annotation.starred);
    CHECK(q.annotation.note == u"Lavrov recalls Sochi promises"_s);
    CHECK(q.annotation.tags == QStringList{u"energy"_s, u"security"_s}); // the repeat is dropped
    const std::optional<EventRecord> sochi = eventBySlug(lib, kSochi);
    REQUIRE(sochi);
    CHECK(sochi->annotation.starred);
    CHECK(lib.annotation(AnnotationTarget::article(fixture.articleId)).note == u"read again"_s);
    CHECK(lib.tags() == QStringList{u"energy"_s, u"security"_s, u"summits"_s});

    // The briefing's read: starred items, then items whose note matches.
    const QVector<AnnotatedItem> starred = lib.annotatedItems(true);
    REQUIRE(starred.size() == 2);
    CHECK(starred.at(0).target.kind == AnnotationTarget::Kind::Event); // 2008-05 event before the article date
    CHECK(starred.at(0).title == sochi->title);
    CHECK(starred.at(1).title == q.text);
    const QVector<AnnotatedItem> found = lib.annotatedItems(false, u"again"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().target == AnnotationTarget::article(fixture.articleId));
    CHECK(lib.annotatedItems(false, u"AGAIN read"_s).size() == 1); // every word, any order and case
    CHECK(lib.annotatedItems(false, u"again%"_s).isEmpty());

    // Filter rules: starred only, and a tag, for events and quotes alike.
    LibraryFilter f;
    f.starredOnly = true;
    CHECK(f.matchesEvent(*sochi));
    CHECK(f.matchesQuote(q));
    CHECK(lib.quotes(f, false).size() == 1);
    f.tag = u"ENERGY"_s;
    CHECK(f.matchesQuote(q));
    CHECK_FALSE(f.matchesEvent(*sochi));
    CHECK(lib.quotes(f, false).size() == 1);
    f.tag = u"nothing"_s;
    CHECK(lib.quotes(f, false).isEmpty());
    CHECK(f.describe().contains(u"starred"_s));
    CHECK(LibraryFilter::fromVariantMap(f.toVariantMap()) == f);

    // Search finds an event by the user's note.
    const SearchResult searched = lib.search(u"last summit"_s, {});
    CHECK(searched.eventIds.contains(sochi->id));
    REQUIRE(searched.noteHits.size() == 1);
    CHECK(searched.noteHits.first().target == AnnotationTarget::event(kSochi));

    // A star alone is stored (an empty note is not NULL); an empty annotation removes the row.
    UserEdits(db).setAnnotation(AnnotationTarget::article(fixture.articleId), {true, {}, {}});
    CHECK(lib.annotation(AnnotationTarget::article(fixture.articleId)).starred);
    UserEdits(db).setAnnotation(AnnotationTarget::article(fixture.articleId), {});
    CHECK(scalar(db, "SELECT COUNT(*) FROM annotations") == 2);
}

TEST_CASE("a speaker correction keeps its audit trail and survives re-extraction", "[ingest][user]")
{
    ImportedLibrary fixture;
    Database db(fixture.path);
    Library lib(db);
    const QuoteRecord before = firstQuote(lib);
    const QString found = before.speaker;
    REQUIRE(!found.isEmpty());
    UserEdits edits(db);
    const QDateTime when(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    const qint64 correction = edits.correctSpeaker(before.id, u"Frank-Walter Steinmeier"_s, u"analyst"_s, when);

    QuoteRecord q = firstQuote(lib);
    CHECK(q.speaker == u"Frank-Walter Steinmeier"_s);
    CHECK(q.speakerByUser);
    CHECK(q.foundSpeaker == found);
    CHECK(lib.speakers().contains(u"Frank-Walter Steinmeier"_s));

    reextractArticle(db, fixture.articleId); // extraction says Lavrov again; the user wins
    q = firstQuote(lib);
    CHECK(q.speaker == u"Frank-Walter Steinmeier"_s);
    CHECK(q.foundSpeaker == found);

    const QVector<SpeakerCorrection> trail = lib.speakerCorrections(q.target());
    REQUIRE(trail.size() == 1);
    CHECK(trail.first().id == correction);
    CHECK(trail.first().oldSpeaker == found);
    CHECK(trail.first().newSpeaker == u"Frank-Walter Steinmeier"_s);
    CHECK(trail.first().changedBy == u"analyst"_s);
    CHECK(trail.first().changedAt == when);
    CHECK(trail.first().quoteText == q.text);

    // A second correction to "unknown", then undo of it: the first one is back in force.
    const qint64 second = edits.correctSpeaker(q.id, QString(), u"analyst"_s, when.addSecs(60));
    CHECK(firstQuote(lib).speaker.isEmpty());
    edits.setCorrectionUndone(second, true);
    CHECK(firstQuote(lib).speaker == u"Frank-Walter Steinmeier"_s);
    edits.setCorrectionUndone(correction, true);
    q = firstQuote(lib);
    CHECK(q.speaker == found);
    CHECK_FALSE(q.speakerByUser);
    CHECK(lib.speakerCorrections(q.target()).size() == 2); // undone rows stay in the trail
    CHECK(lib.speakerCorrections(q.target()).last().undone);

    CHECK_THROWS_WITH(edits.correctSpeaker(999999, u"X"_s, u"analyst"_s, when), Catch::Contains("no quote 999999"));
}

TEST_CASE("user events and edits of catalog events survive catalog sync and reopening", "[ingest][user]")
{
    ImportedLibrary fixture;
    qint64 mine = 0;
    qint64 sochiId = 0;
    QString catalogTitle;
    {
        Database db(fixture.path);
        Library lib(db);
        UserEdits edits(db);
        EventFields fields{u"Phone call on missile defence"_s, u"announcement"_s, QDate(2008, 3, 28), {}, u"day"_s,
                           u"Washington"_s, {u"George W. Bush"_s, u"Vladimir Putin"_s}, u"A call."_s};
        mine = edits.createEvent(fields, QDateTime::currentDateTimeUtc());
        const std::optional<EventRecord> sochi = eventBySlug(lib, kSochi);
        REQUIRE(sochi);
        sochiId = sochi->id;
        catalogTitle = sochi->title;
        EventFields edited{u"Sochi summit (my title)"_s, sochi->kind, sochi->start, sochi->end, u"day"_s, sochi->place,
                           sochi->participants, sochi->summary};
        edits.writeEvent(sochiId, edited, u"2026-03-01T09:30:00.000Z"_s);
    }
    Database db(fixture.path);
    syncEventCatalog(db); // as at every start: must not undo the user's edit
    reextractArticle(db, fixture.articleId);
    Library lib(db);
    const std::optional<EventRecord> own = lib.event(mine);
    REQUIRE(own);
    CHECK(own->title == u"Phone call on missile defence"_s);
    CHECK(own->end == QDate(2008, 3, 28));
    CHECK(own->participants.size() == 2);
    CHECK(own->isUserMade());
    CHECK(own->isEditedByUser());
    std::optional<EventRecord> sochi = lib.event(sochiId);
    REQUIRE(sochi);
    CHECK(sochi->title == u"Sochi summit (my title)"_s);
    CHECK(sochi->isEditedByUser());

    // Deleting hides the event everywhere Library answers; sync does not bring it back.
    UserEdits edits(db);
    const int before = lib.counts().events;
    edits.setEventDeleted(sochiId, true);
    syncEventCatalog(db);
    CHECK_FALSE(lib.event(sochiId));
    CHECK_FALSE(eventBySlug(lib, kSochi));
    CHECK(lib.counts().events == before - 1);
    edits.setEventDeleted(sochiId, false);
    CHECK(lib.event(sochiId));

    // Handing the event back to the catalog (undo of the first edit): the next sync restores it.
    EventFields f{sochi->title, sochi->kind, sochi->start, sochi->end, u"day"_s, sochi->place, sochi->participants, sochi->summary};
    edits.writeEvent(sochiId, f, QString());
    syncEventCatalog(db);
    sochi = lib.event(sochiId);
    REQUIRE(sochi);
    CHECK(sochi->title == catalogTitle);
    CHECK_FALSE(sochi->isEditedByUser());
}

TEST_CASE("user edits refuse bad input with a reason", "[ingest][user]")
{
    CHECK(eventFieldsProblem({}).contains(u"title"_s));
    CHECK(eventFieldsProblem({u"T"_s, u"summit"_s, QDate(2008, 4, 6), QDate(2008, 4, 1), u"day"_s, {}, {}, {}})
              .contains(u"before the start"_s));
    CHECK(eventFieldsProblem({u"T"_s, u"summit"_s, QDate(2008, 4, 6), {}, u"fortnight"_s, {}, {}, {}}).contains(u"fortnight"_s));
    CHECK(eventFieldsProblem({u"T"_s, u"summit"_s, QDate(2008, 4, 6), {}, u"month"_s, {}, {}, {}}).isEmpty());
    CHECK(eventFieldsProblem({u"T"_s, u"summit"_s, QDate(2008, 4, 6), {}, u"range"_s, {}, {}, {}}).isEmpty());
    QTemporaryDir dir;
    Database db(dir.filePath(u"bad.sqlite"_s));
    UserEdits edits(db);
    CHECK_THROWS_WITH(edits.setAnnotation(AnnotationTarget::quote(1, 5, 5), {true, {}, {}}), Catch::Contains("quote:1:5:5"));
    CHECK_THROWS_WITH(edits.createEvent({}, QDateTime::currentDateTimeUtc()), Catch::Contains("title"));
    CHECK_THROWS_WITH(edits.setEventDeleted(42, true), Catch::Contains("no event 42"));
    CHECK(scalar(db, "SELECT COUNT(*) FROM events") == 0);
}

TEST_CASE("quotes and articles linked to a user event stay linked after re-extraction", "[ingest][user]")
{
    ImportedLibrary fixture;
    Database db(fixture.path);
    Library lib(db);
    UserEdits edits(db);
    const qint64 mine = edits.createEvent({u"Berlin talks (my record)"_s, u"ministerial talks"_s, QDate(2008, 5, 16), {},
                                           u"day"_s, u"Berlin"_s, {}, {}},
                                          QDateTime::currentDateTimeUtc());
    const QuoteRecord q = firstQuote(lib);
    const qint64 extractedEvent = q.eventId;
    REQUIRE_NOTHROW(edits.link(mine, q.articleId, q.start, q.end));
    REQUIRE_NOTHROW(edits.link(mine, fixture.articleId, -1, -1));
    REQUIRE_NOTHROW(reextractArticle(db, fixture.articleId));

    CHECK(firstQuote(lib).eventId == mine);
    std::optional<EventRecord> own = lib.event(mine);
    REQUIRE(own);
    CHECK(own->reportCount == 1);
    CHECK(own->quoteCount == 1);
    REQUIRE(lib.eventDetail(mine));
    CHECK(lib.eventDetail(mine)->quotes.size() == 1);

    // Unlinked after re-extraction: the quote goes back to extraction's event (a new row now).
    edits.unlink(mine, q.articleId, q.start, q.end);
    edits.unlink(mine, fixture.articleId, -1, -1);
    const qint64 extractedAgain = firstQuote(lib).eventId;
    CHECK(extractedAgain != mine);
    CHECK((extractedAgain == 0) == (extractedEvent == 0));
    CHECK(lib.event(mine)->reportCount == 0);
    reextractArticle(db, fixture.articleId); // no link left to re-apply
    CHECK(firstQuote(lib).eventId == extractedAgain);
    CHECK_THROWS_WITH(edits.link(mine, fixture.articleId, 1, 2), Catch::Contains("no quote at 1–2"));
}
