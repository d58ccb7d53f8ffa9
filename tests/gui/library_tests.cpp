// core/library: filter rules, queries, search and corroboration, without any widget.
#include "fixture.h"

#include "library/fts_query.h"
#include "library/library.h"

#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::library;

TEST_CASE("LibraryFilter matches events by date overlap, topic, speaker and outlet", "[library]")
{
    EventRecord e;
    e.start = QDate(2008, 4, 5);
    e.end = QDate(2008, 4, 6);
    e.topics = {QStringLiteral("nato")};
    e.participants = {QStringLiteral("Bush")};
    e.speakers = {QStringLiteral("Putin")};
    e.outlets = {QStringLiteral("CNN")};

    LibraryFilter f;
    CHECK(f.isEmpty());
    CHECK(f.matchesEvent(e));
    f.from = QDate(2008, 4, 6);
    CHECK(f.matchesEvent(e)); // overlaps on its last day
    f.from = QDate(2008, 4, 7);
    CHECK_FALSE(f.matchesEvent(e));
    f = {};
    f.to = QDate(2008, 4, 4);
    CHECK_FALSE(f.matchesEvent(e));
    f = {};
    f.topic = QStringLiteral("iran");
    CHECK_FALSE(f.matchesEvent(e));
    f.topic = QStringLiteral("nato");
    CHECK(f.matchesEvent(e));
    f.speaker = QStringLiteral("Putin"); // quoted on it
    CHECK(f.matchesEvent(e));
    f.speaker = QStringLiteral("Bush"); // took part
    CHECK(f.matchesEvent(e));
    f.speaker = QStringLiteral("Rice");
    CHECK_FALSE(f.matchesEvent(e));
    f.speaker.clear();
    f.outlet = QStringLiteral("RIA Novosti");
    CHECK_FALSE(f.matchesEvent(e));
}

TEST_CASE("LibraryFilter matches quotes and round-trips through settings", "[library]")
{
    QuoteRecord q;
    q.speaker = QStringLiteral("Putin");
    q.outlet = QStringLiteral("CNN");
    q.published = QDate(2008, 4, 6);
    q.topics = {QStringLiteral("missile_defense")};
    LibraryFilter f;
    f.speaker = QStringLiteral("Putin");
    f.topic = QStringLiteral("missile_defense");
    f.from = QDate(2008, 4, 1);
    CHECK(f.matchesQuote(q));
    f.outlet = QStringLiteral("AP");
    CHECK_FALSE(f.matchesQuote(q));
    CHECK(f.describe() == QStringLiteral("speaker Putin · topic missile_defense · outlet AP · from 1 Apr 2008"));
    CHECK(LibraryFilter::fromVariantMap(f.toVariantMap()) == f);

    const SqlWhere w = quoteWhere(f, false);
    CHECK(w.sql.startsWith(" WHERE q.fragment = 0"));
    CHECK(w.values.size() == 5); // speaker, outlet, from, topic twice
    CHECK_FALSE(w.sql.contains("Putin")); // values are bound, never spliced
}

TEST_CASE("FTS queries are built from words only", "[library]")
{
    CHECK(ftsPrefixQuery(QStringLiteral("missile defen")) == QStringLiteral("\"missile\" \"defen\"*"));
    CHECK(ftsPrefixQuery(QStringLiteral("missile ")) == QStringLiteral("\"missile\""));
    CHECK(ftsPrefixQuery(QStringLiteral("\" OR NEAR(")) == QStringLiteral("\"OR\" \"NEAR\"*"));
    CHECK(ftsPrefixQuery(QStringLiteral("  ")).isEmpty());
    CHECK(ftsPhraseQuery(QStringLiteral("Certain progress is obvious. And more.")) ==
          QStringLiteral("\"Certain progress is obvious\""));
}

TEST_CASE("Library reads events with counts, details and corroboration", "[library]")
{
    test::SampleLibrary sample;
    Database db(sample.path);
    Library lib(db);
    const auto events = lib.events();
    REQUIRE(events.size() == 4);
    CHECK(events.first().id == sample.kennebunkport); // ordered by start
    const auto sochi = lib.event(sample.sochi);
    REQUIRE(sochi);
    CHECK(sochi->articleCount == 2);
    CHECK(sochi->quoteCount == 2); // the fragment does not count
    CHECK(sochi->outlets == QStringList{QStringLiteral("Associated Press"), QStringLiteral("RIA Novosti")});
    CHECK(sochi->speakers.contains(QStringLiteral("Putin")));

    const auto detail = lib.eventDetail(sample.sochi);
    REQUIRE(detail);
    CHECK(detail->quotes.size() == 3);
    CHECK(detail->excerpts.size() == 2);
    CHECK(detail->excerpts.first().text == QStringLiteral("Bush and Putin met at Sochi on Sunday."));
    REQUIRE(detail->notes.size() == 1);
    CHECK(detail->notes.first().excerpt == QStringLiteral("The G8 meets in Tokyo in July."));

    // Both outlets carry Putin's words: corroborated by two.
    CHECK(lib.quoteCorroboration(QStringLiteral("certain progress is obvious")) == 2);
    CHECK(lib.quoteCorroboration(QStringLiteral("we have got a lot of work to do")) == 1);
}

TEST_CASE("Library filters quotes in SQL like the in-memory rule", "[library]")
{
    test::SampleLibrary sample;
    Database db(sample.path);
    Library lib(db);
    CHECK(lib.quotes({}, true).size() == 4);
    CHECK(lib.quotes({}, false).size() == 3);
    LibraryFilter f;
    f.speaker = QStringLiteral("Lavrov");
    const auto lavrov = lib.quotes(f, false);
    REQUIRE(lavrov.size() == 1);
    CHECK(lavrov.first().outlet == QStringLiteral("Deseret News"));
    f = {};
    f.topic = QStringLiteral("nato");
    const auto nato = lib.quotes(f, false);
    CHECK(nato.size() == 2); // both Sochi quotes, through the event's topics
    for (const auto &q : lib.quotes({}, false))
        CHECK(f.matchesQuote(q) == (q.eventId == sample.sochi));
    CHECK(lib.speakers() == QStringList{QStringLiteral("Bush"), QStringLiteral("Lavrov"), QStringLiteral("Putin")});
    CHECK(lib.topics().contains(QStringLiteral("radar")));
}

TEST_CASE("Library search finds sentences and the events they touch", "[library]")
{
    test::SampleLibrary sample;
    Database db(sample.path);
    Library lib(db);
    const auto r = lib.search(QStringLiteral("progress obv"), {});
    REQUIRE(r.hits.size() == 2);
    CHECK(r.hits.first().snippet.contains(kMatchOpen));
    CHECK(r.eventIds.contains(sample.sochi));
    CHECK_FALSE(r.eventIds.contains(sample.moscow));
    LibraryFilter f;
    f.outlet = QStringLiteral("RIA Novosti");
    CHECK(lib.search(QStringLiteral("progress"), f).hits.size() == 1);
    CHECK(lib.search(QStringLiteral("Sochi summit"), {}).eventIds.contains(sample.sochi));
    CHECK(lib.search(QStringLiteral("zzzz"), {}).hits.isEmpty());
}

TEST_CASE("Library maps spans to the raw text and edits metadata", "[library]")
{
    test::SampleLibrary sample;
    Database db(sample.path);
    Library lib(db);
    const auto a = lib.article(sample.apArticle);
    REQUIRE(a);
    const int start = int(a->cleanText.indexOf(QStringLiteral("certain progress")));
    const RawSpan raw = toRawSpan(*a, start, start + 16);
    CHECK(decodeRaw(a->raw, a->encoding).mid(raw.start, raw.end - raw.start) == QStringLiteral("certain progress"));
    CHECK(raw.start == start + test::FixtureBuilder::rawHeader().size());
    CHECK(citation(*a, QStringLiteral("certain progress")) ==
          QStringLiteral("Associated Press, “Bush, Putin remain divided on missile defense”, 6 April 2008, "
                         "http://example.org/ap-sochi: “certain progress”"));

    lib.setMetadata(sample.apArticle, {QStringLiteral("New"), QStringLiteral("AP"), QDate(2008, 4, 7)});
    const auto m = lib.metadata(sample.apArticle);
    REQUIRE(m);
    CHECK(m->title == QStringLiteral("New"));
    CHECK(m->published == QDate(2008, 4, 7));
    CHECK(lib.outlets().contains(QStringLiteral("AP")));
}

TEST_CASE("Library counts articles and quotes per week", "[library]")
{
    test::SampleLibrary sample;
    Database db(sample.path);
    Library lib(db);
    const auto weeks = lib.weeklyCounts();
    REQUIRE(weeks.size() == 3);
    CHECK(weeks.last().weekStart == QDate(2008, 3, 31)); // Monday of the Sochi week
    CHECK(weeks.last().articles == 2);
    CHECK(weeks.last().quotes == 3);
    const auto c = lib.counts();
    CHECK(c.articles == 4);
    CHECK(c.quotes == 3);
    CHECK(c.events == 4);
}
