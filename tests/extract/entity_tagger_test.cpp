#include "event_fixture.h"
#include "bundled_extractor.h"

#include "extract/entities/knowledge_file.h"
#include "extract/entities/place_gazetteer.h"
#include "extract/entities/topic_gazetteer.h"

#include <catch2/catch.hpp>

using namespace summit;

namespace {

QVector<Mention> mentionsOf(const QVector<Mention> &all, const QString &kind)
{
    QVector<Mention> out;
    for (const Mention &m : all)
        if (m.kind == kind)
            out << m;
    return out;
}

QString keyAt(const QVector<Mention> &mentions, const ArticleText &a, const QString &text)
{
    const int at = int(a.text.indexOf(text));
    for (const Mention &m : mentions)
        if (m.span.start == at && m.text == text)
            return m.key;
    return {};
}

} // namespace

TEST_CASE("place gazetteer: one key per place, containment, dateline lookup", "[entities]")
{
    const PlaceGazetteer &places = *Knowledge::bundled().places;
    REQUIRE(places.find(QStringLiteral("sochi")));
    CHECK(places.find(QStringLiteral("sochi"))->hasCoordinates);
    CHECK(places.relation(QStringLiteral("japan"), QStringLiteral("toyako")) == PlaceRelation::Contains);
    CHECK(places.relation(QStringLiteral("hokkaido"), QStringLiteral("toyako")) == PlaceRelation::Contains);
    CHECK(places.relation(QStringLiteral("tokyo"), QStringLiteral("toyako")) == PlaceRelation::Unrelated);
    CHECK(places.relation(QStringLiteral("moscow"), QStringLiteral("russia")) == PlaceRelation::Inside);
    CHECK(places.relation(QStringLiteral("sochi"), QStringLiteral("sochi")) == PlaceRelation::Same);
    CHECK(places.lookupName(QStringLiteral("SOCHI, Russia (AP)")) == QLatin1String("sochi"));
    CHECK(places.lookupName(QStringLiteral("Kennebunkport (Maine)")) == QLatin1String("kennebunkport"));
    CHECK(places.lookupName(QStringLiteral("NOWHERE-ON-EARTH")).isEmpty());
}

TEST_CASE("gazetteer files are rejected when malformed", "[entities]")
{
    CHECK_THROWS_AS(parseKnowledgeJson("{\"places\": [", QStringLiteral("places.json")), std::runtime_error);
    const PlaceGazetteer tiny(parseKnowledgeJson(
        R"({"places":[{"key":"x","name":"X","kind":"city","aliases":["Xville"]},{"key":"x","aliases":["Dup"]}]})",
        QStringLiteral("test")));
    CHECK(tiny.places().size() == 1); // the repeated key is dropped, not merged
}

TEST_CASE("tagger: aliases and descriptors of one place share its key", "[entities]")
{
    const ArticleText a = test::literalArticle(
        QStringLiteral("The leaders met at Bocharov Ruchei. Sochi is on the coast. The black sea resort "
                       "was calm. Later they flew from the Bush family compound in Kennebunkport, Maine."),
        QDate(2008, 4, 6));
    const QVector<Mention> places = mentionsOf(test::bundledExtractor().entities().tag(a), QStringLiteral("place"));
    CHECK(keyAt(places, a, QStringLiteral("Bocharov Ruchei")) == QLatin1String("sochi"));
    CHECK(keyAt(places, a, QStringLiteral("Sochi")) == QLatin1String("sochi"));
    CHECK(keyAt(places, a, QStringLiteral("black sea resort")) == QLatin1String("sochi"));
    CHECK(keyAt(places, a, QStringLiteral("Bush family compound")) == QLatin1String("kennebunkport"));
    CHECK(keyAt(places, a, QStringLiteral("Kennebunkport")) == QLatin1String("kennebunkport"));
    CHECK(keyAt(places, a, QStringLiteral("Maine")) == QLatin1String("kennebunkport"));
    for (const Mention &m : places) {
        CHECK(a.slice(m.span) == m.text);
        CHECK(m.sentence == a.sentenceAt(m.span.start));
    }
}

TEST_CASE("tagger: topics, people and case rules", "[entities]")
{
    const ArticleText a = test::literalArticle(
        QStringLiteral("Talks start today. The Russian president discussed START and the missile shield with "
                       "Condoleezza Rice. Kosovo and the state of democracy in Russia came up, as did Iran."),
        QDate(2008, 3, 18));
    const QVector<Mention> all = test::bundledExtractor().entities().tag(a);
    const QVector<Mention> topics = mentionsOf(all, QStringLiteral("topic"));
    CHECK(keyAt(topics, a, QStringLiteral("START")) == QLatin1String("start-arms-control"));
    CHECK(keyAt(topics, a, QStringLiteral("start")).isEmpty());
    CHECK(keyAt(topics, a, QStringLiteral("missile shield")) == QLatin1String("missile-defense"));
    CHECK(keyAt(topics, a, QStringLiteral("Kosovo")) == QLatin1String("kosovo"));
    CHECK(keyAt(topics, a, QStringLiteral("state of democracy")) == QLatin1String("democracy-in-russia"));
    CHECK(keyAt(topics, a, QStringLiteral("Iran")) == QLatin1String("iran"));
    // "Iran" is both a topic and a place; kinds may overlap.
    CHECK(keyAt(mentionsOf(all, QStringLiteral("place")), a, QStringLiteral("Iran")) == QLatin1String("iran"));
    const QVector<Mention> people = mentionsOf(all, QStringLiteral("person"));
    CHECK(keyAt(people, a, QStringLiteral("Condoleezza Rice")) == QLatin1String("Condoleezza Rice"));
    bool putinByRole = false;
    for (const Mention &m : people)
        putinByRole = putinByRole || (m.key == QLatin1String("Vladimir Putin") && m.text.contains(QLatin1String("Russian president")));
    CHECK(putinByRole); // "the Russian president" on 2008-03-18 is Putin
}

TEST_CASE("seed mentions of Sochi share one key across outlets", "[entities][seeds]")
{
    QSet<QString> keys;
    QStringList texts;
    for (const QString &prefix : {QStringLiteral("001"), QStringLiteral("002")}) {
        const ArticleText a = test::seedArticle(prefix);
        REQUIRE_FALSE(a.text.isEmpty());
        for (const Mention &m : test::bundledExtractor().entities().tag(a)) {
            if (m.kind != QLatin1String("place"))
                continue;
            if (m.text.contains(QLatin1String("Bocharov")) || m.text.contains(QLatin1String("Black Sea"))
                || m.text == QLatin1String("Sochi")) {
                keys.insert(m.key);
                texts << m.text;
            }
        }
    }
    CHECK(texts.contains(QStringLiteral("Bocharov Ruchei")));
    CHECK(texts.contains(QStringLiteral("Sochi")));
    CHECK(std::any_of(texts.begin(), texts.end(), [](const QString &t) { return t.startsWith(QLatin1String("Black Sea resort")); }));
    CHECK(keys == QSet<QString>{QStringLiteral("sochi")});
}
