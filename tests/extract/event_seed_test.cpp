#include "event_fixture.h"

#include <catch2/catch.hpp>

using namespace summit;

// The five seeds run through the real chain (import preparation, timex tagger, entity tagger,
// linker). Nothing in the code knows these files; these checks pin what the general rules
// make of them.

namespace {

const test::Analysis &seed(const QString &prefix)
{
    static QHash<QString, test::Analysis> cache;
    if (!cache.contains(prefix))
        cache.insert(prefix, test::analyze(test::seedArticle(prefix)));
    return cache[prefix];
}

bool hasEvidence(const QVector<EventLink> &links, const QString &evidence)
{
    return std::any_of(links.begin(), links.end(),
                       [&](const EventLink &l) { return l.evidence.contains(evidence); });
}

} // namespace

TEST_CASE("every seed links to at least one catalog event and reports one", "[events][seeds]")
{
    const QStringList expected{QStringLiteral("sochi-trip-announced-2008-03-26"), QStringLiteral("sochi-summit-2008"),
                               QStringLiteral("sochi-summit-2008"), QStringLiteral("kennebunkport-summit-2007"),
                               QStringLiteral("moscow-2plus2-2008-03")};
    const QStringList prefixes{QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
                               QStringLiteral("003"), QStringLiteral("004")};
    for (int i = 0; i < prefixes.size(); ++i) {
        const test::Analysis &a = seed(prefixes.at(i));
        INFO(prefixes.at(i).toStdString());
        REQUIRE_FALSE(a.article.sentences.isEmpty());
        CHECK(a.linking.reportedSlug == expected.at(i));
        CHECK_FALSE(a.linking.newEvent.has_value());
        CHECK(a.linksTo(expected.at(i)).size() >= 3);
        for (const EventLink &l : a.linking.links) {
            CHECK(l.score >= 0.5);
            CHECK(l.score <= 1.0);
            CHECK_FALSE(l.evidence.isEmpty());
        }
    }
}

TEST_CASE("seed 002: the Sochi meeting and the March '2+2' meeting", "[events][seeds]")
{
    const test::Analysis &a = seed(QStringLiteral("002"));
    const QVector<EventLink> sochi = a.linksTo(QStringLiteral("sochi-summit-2008"));
    // Named by what it is: a meeting word with its place, not by the article's phrase.
    CHECK(hasEvidence(sochi, QStringLiteral("place:sochi")));
    const QVector<EventLink> twoPlusTwo = a.linksTo(QStringLiteral("moscow-2plus2-2008-03"));
    REQUIRE(twoPlusTwo.size() == 1);
    CHECK(twoPlusTwo.first().evidence.contains(QStringLiteral("cue:2+2+meeting")));
    CHECK(a.sentenceText(twoPlusTwo.first().sentence).contains(QLatin1String("'2+2'")));
    // The earlier 2+2 is not what "first at the March '2+2' meeting" means.
    CHECK(a.linksTo(QStringLiteral("moscow-2plus2-2007-10")).isEmpty());
    // "straightforward fellow" sentence links to Sochi, as in seed 001: corroboration can count it.
    bool fellow = false;
    for (const EventLink &l : sochi)
        fellow = fellow || a.sentenceText(l.sentence).contains(QLatin1String("straightforward fellow"));
    CHECK(fellow);
    const test::Analysis &b = seed(QStringLiteral("001"));
    bool fellow001 = false;
    for (const EventLink &l : b.linksTo(QStringLiteral("sochi-summit-2008")))
        fellow001 = fellow001 || b.sentenceText(l.sentence).contains(QLatin1String("straightforward fellow"));
    CHECK(fellow001);
}

TEST_CASE("seeds mention other catalog events through aliases, dates and places", "[events][seeds]")
{
    CHECK_FALSE(seed(QStringLiteral("001")).linksTo(QStringLiteral("toyako-g8-2008")).isEmpty());
    CHECK_FALSE(seed(QStringLiteral("001")).linksTo(QStringLiteral("bucharest-nato-summit-2008")).isEmpty());
    CHECK_FALSE(seed(QStringLiteral("001")).linksTo(QStringLiteral("brdo-meeting-2001")).isEmpty());
    CHECK_FALSE(seed(QStringLiteral("000")).linksTo(QStringLiteral("sochi-summit-2008")).isEmpty());
    CHECK_FALSE(seed(QStringLiteral("000")).linksTo(QStringLiteral("kennebunkport-summit-2007")).isEmpty());
    CHECK_FALSE(seed(QStringLiteral("004")).linksTo(QStringLiteral("moscow-2plus2-2008-03")).isEmpty());
    CHECK_FALSE(seed(QStringLiteral("003")).linksTo(QStringLiteral("heiligendamm-g8-2007")).isEmpty());
    // Metonymy: "Washington and Moscow can continue to work" is not a place of any event.
    const test::Analysis &d = seed(QStringLiteral("004"));
    for (const EventLink &l : d.linksTo(QStringLiteral("moscow-2plus2-2007-10")))
        CHECK(d.sentenceText(l.sentence).contains(QLatin1String("October")));
}

TEST_CASE("the four record disagreements are noted, and only they", "[events][seeds][notes]")
{
    const test::Analysis &cnn = seed(QStringLiteral("000"));
    const QVector<Note> claim = cnn.notesBy(QStringLiteral("claim-elsewhere"));
    REQUIRE(claim.size() == 1);
    CHECK(claim.first().eventSlug == QLatin1String("heiligendamm-g8-2007"));
    CHECK(cnn.article.slice(claim.first().span).contains(QLatin1String("Azerbaijan")));
    CHECK(claim.first().text.contains(QLatin1String("6 to 8 June 2007")));
    CHECK_FALSE(claim.first().text.contains(QLatin1String("2007-06")));

    const test::Analysis &ap = seed(QStringLiteral("001"));
    const QVector<Note> place = ap.notesBy(QStringLiteral("place-differs"));
    REQUIRE(place.size() == 1);
    CHECK(ap.article.slice(place.first().span) == QLatin1String("Tokyo"));
    CHECK(place.first().eventSlug == QLatin1String("toyako-g8-2008"));

    // "START-1, which will expire in December": the year of that December is the tool's
    // guess, and the December a year later is the record's, so no note fires on it.
    const test::Analysis &ria = seed(QStringLiteral("002"));
    CHECK(ria.notesBy(QStringLiteral("date-differs")).isEmpty());
    // "the G8 summit in Japan on July 7-9" agrees with the record: no note there.
    CHECK(ria.notesBy(QStringLiteral("place-differs")).isEmpty());

    const test::Analysis &oneindia = seed(QStringLiteral("003"));
    const QVector<Note> dateline = oneindia.notesBy(QStringLiteral("dateline-outside-event"));
    REQUIRE(dateline.size() == 1);
    CHECK(oneindia.article.slice(dateline.first().span) == QLatin1String("July 3"));
    CHECK(dateline.first().eventSlug == QLatin1String("kennebunkport-summit-2007"));
    // "his offer last month ... in Azerbaijan" agrees with the record (June 2007): no note.
    CHECK(oneindia.notesBy(QStringLiteral("claim-elsewhere")).isEmpty());

    int total = 0;
    for (const QString &p : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
                             QStringLiteral("003"), QStringLiteral("004")})
        total += int(seed(p).linking.notes.size());
    CHECK(total == 3);
}
