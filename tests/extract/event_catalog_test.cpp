#include "extract/entities/knowledge_file.h"
#include "extract/knowledge.h"
#include "extract/entities/place_gazetteer.h"
#include "extract/entities/topic_gazetteer.h"
#include "extract/events/event_catalog.h"
#include "extract/people/people_directory.h"

#include "test_paths.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace summit;

TEST_CASE("bundled catalog holds the reference events with their fields", "[events][catalog]")
{
    const EventCatalog &catalog = *Knowledge::bundled().catalog;
    // facts.md's 17 events; the Kremlin greeting of 17 March 2008 and the 2+2 session of the
    // 18th are one visit, so one event.
    CHECK(catalog.events().size() >= 16);

    const CatalogEvent *k = catalog.find(QStringLiteral("kennebunkport-summit-2007"));
    REQUIRE(k);
    CHECK(k->start == QDate(2007, 7, 1));
    CHECK(k->end == QDate(2007, 7, 2));
    CHECK(k->kind == QLatin1String("summit"));
    CHECK(k->place == QLatin1String("kennebunkport"));
    CHECK(k->aliases.contains(QStringLiteral("lobster summit")));

    const CatalogEvent *m = catalog.find(QStringLiteral("moscow-2plus2-2008-03"));
    REQUIRE(m);
    CHECK(m->start == QDate(2008, 3, 17));
    CHECK(m->end == QDate(2008, 3, 18));
    CHECK(m->kind == QLatin1String("ministerial talks"));
    CHECK(m->happening == QLatin1String("talks"));
    CHECK(m->series.contains(QStringLiteral("2+2")));

    const CatalogEvent *s = catalog.find(QStringLiteral("sochi-summit-2008"));
    REQUIRE(s);
    CHECK(s->start == QDate(2008, 4, 5));
    CHECK(s->end == QDate(2008, 4, 6));
    CHECK(s->actor == QLatin1String("joint"));
    CHECK(s->happening == QLatin1String("summit"));
    CHECK(s->hasCoordinates);
    CHECK(s->lat == Approx(43.6167));

    const CatalogEvent *h = catalog.find(QStringLiteral("heiligendamm-g8-2007"));
    REQUIRE(h);
    REQUIRE(h->claims.size() == 1);
    CHECK_FALSE(h->claims.first().cues.isEmpty());

    // Sorted by start, so the timeline can read it in order.
    for (int i = 1; i < catalog.events().size(); ++i)
        CHECK(catalog.events().at(i - 1).start <= catalog.events().at(i).start);
}

TEST_CASE("catalog references resolve in the gazetteers", "[events][catalog]")
{
    const PlaceGazetteer &places = *Knowledge::bundled().places;
    const TopicGazetteer &topics = *Knowledge::bundled().topics;
    const PeopleDirectory &people = *Knowledge::bundled().people;
    const QStringList kinds{QStringLiteral("summit"), QStringLiteral("ministerial talks"),
                            QStringLiteral("announcement"), QStringLiteral("milestone")};
    for (const CatalogEvent &e : Knowledge::bundled().catalog->events()) {
        INFO(e.slug.toStdString());
        CHECK(kinds.contains(e.kind));
        CHECK(e.start <= e.end);
        CHECK_FALSE(e.summary.isEmpty());
        if (!e.place.isEmpty())
            CHECK(places.find(e.place));
        for (const QString &t : e.topics)
            CHECK(topics.find(t));
        for (const QString &p : e.participants)
            CHECK(people.person(p));
    }
}

TEST_CASE("catalog rejects malformed events", "[events][catalog]")
{
    const auto load = [](const char *json) {
        return EventCatalog(parseKnowledgeJson(json, QStringLiteral("test")));
    };
    CHECK_THROWS_WITH(load(R"({"events":[{"slug":"a","kind":"summit","actor":"joint","start":"2008-4-5","end":"2008-04-06"}]})"),
                      Catch::Contains("not YYYY-MM-DD"));
    CHECK_THROWS_WITH(load(R"({"events":[{"slug":"a","kind":"party","actor":"joint","start":"2008-04-05","end":"2008-04-06"}]})"),
                      Catch::Contains("kind"));
    CHECK_THROWS_WITH(load(R"({"events":[{"slug":"a","kind":"summit","actor":"joint","start":"2008-04-07","end":"2008-04-06"}]})"),
                      Catch::Contains("end precedes start"));
    CHECK_THROWS_WITH(load(R"({"events":[{"slug":"a","kind":"summit","actor":"joint","start":"2008-04-05","end":"2008-04-06"},
                                          {"slug":"a","kind":"summit","actor":"joint","start":"2008-04-05","end":"2008-04-06"}]})"),
                      Catch::Contains("repeated"));
    const EventCatalog ok = load(R"({"events":[{"slug":"b","kind":"milestone","actor":"us","start":"2009-01-20","end":"2009-01-20",
        "cues":[[["START"],["expire*"]]],"claims":[{"key":"k","text":"t","cues":[[["x"]]]}]}]})");
    REQUIRE(ok.events().size() == 1);
    CHECK(ok.events().first().cues.first().groups.size() == 2);
    CHECK(ok.events().first().claims.size() == 1);
}

TEST_CASE("no alias, cue or claim of the catalog is a phrase of a bundled article", "[events][catalog]")
{
    // The catalog recognises events by what they are (happening, place, people, dates,
    // series), never by an article's wording: nothing it matches on may come from the seeds.
    QString seeds;
    for (const QString &path : test::seedFiles()) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        seeds += QString::fromUtf8(f.readAll()).toCaseFolded() + QLatin1Char('\n');
    }
    seeds.replace(QChar(0x2019), QLatin1Char('\''));
    seeds = seeds.simplified();
    for (const CatalogEvent &e : Knowledge::bundled().catalog->events()) {
        INFO(e.slug.toStdString());
        for (const QString &alias : e.aliases) {
            INFO(alias.toStdString());
            CHECK_FALSE(seeds.contains(alias.toCaseFolded()));
        }
        CHECK(e.cues.isEmpty()); // word cues come from the happening and the series
        for (const EventClaim &c : e.claims) {
            INFO(c.key.toStdString());
            CHECK_FALSE(seeds.contains(c.text.toCaseFolded()));
            for (const CueSet &set : c.cues)
                for (const QStringList &group : set.groups)
                    for (const QString &term : group)
                        CHECK(term.count(QLatin1Char(' ')) <= 1); // words, not sentences
        }
        CHECK_FALSE(e.happening.isEmpty());
    }
}
