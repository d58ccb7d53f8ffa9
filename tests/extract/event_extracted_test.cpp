#include "event_fixture.h"

#include <catch2/catch.hpp>

using namespace summit;

// Test articles of our own (tests/data/articles/event_*.txt) about events the catalog lacks,
// read through the real import preparation and timex tagger.

TEST_CASE("a 2005 Bratislava report creates an extracted event at the dateline place", "[events][extracted]")
{
    const test::Analysis a = test::analyze(test::testArticle(QStringLiteral("event_bratislava_2005.txt"), QDate(2005, 2, 24)));
    REQUIRE(a.linking.newEvent.has_value());
    const ExtractedEvent &e = *a.linking.newEvent;
    CHECK(e.slug.startsWith(QLatin1String("bratislava-")));
    CHECK(e.slug.endsWith(QLatin1String("-2005-02-24")));
    CHECK(e.start == QDate(2005, 2, 24));
    CHECK(e.end == e.start);
    CHECK_FALSE(e.kind.isEmpty());
    CHECK(e.place == QLatin1String("bratislava"));
    CHECK(e.hasCoordinates);
    CHECK(e.lat == Approx(48.1486));
    // A title told from what happened, never the headline, a date or the file.
    INFO(e.title.toStdString());
    CHECK(e.title.contains(QLatin1String("Bratislava")));
    CHECK_FALSE(e.title.contains(QLatin1String("2005")));
    CHECK(e.participants.contains(QStringLiteral("George W. Bush")));
    CHECK(e.participants.contains(QStringLiteral("Vladimir Putin")));
    CHECK(e.actor == QLatin1String("joint"));
    CHECK(a.linking.reportedSlug == e.slug);
    CHECK(a.linksTo(e.slug).size() >= 3);
    // Their first meeting (2001) is mentioned, not reported.
    CHECK_FALSE(a.linksTo(QStringLiteral("brdo-meeting-2001")).isEmpty());
    CHECK(a.linking.notes.isEmpty());
}

TEST_CASE("Bratislava's aliases in a new style share one key", "[events][extracted][entities]")
{
    const test::Analysis a = test::analyze(test::testArticle(QStringLiteral("event_bratislava_2005.txt"), QDate(2005, 2, 24)));
    QStringList texts;
    for (const Mention &m : a.mentions)
        if (m.kind == QLatin1String("place") && m.key == QLatin1String("bratislava"))
            texts << m.text;
    CHECK(texts.contains(QStringLiteral("Slovak capital")));
    CHECK(texts.contains(QStringLiteral("Bratislava Castle")));
    CHECK(texts.contains(QStringLiteral("BRATISLAVA"))); // the shouting dateline
}

TEST_CASE("a report from a place the gazetteer lacks still reaches the timeline", "[events][extracted]")
{
    // Published Friday 2001-11-16; the visit it reports ended on Thursday.
    const test::Analysis a = test::analyze(test::testArticle(QStringLiteral("event_crawford_2001.txt"), QDate(2001, 11, 16)));
    REQUIRE(a.linking.newEvent.has_value());
    const ExtractedEvent &e = *a.linking.newEvent;
    CHECK(e.start == QDate(2001, 11, 15));
    CHECK(e.place == QLatin1String("crawford"));
    CHECK(e.slug.startsWith(QLatin1String("crawford-")));
    CHECK(e.slug.endsWith(QLatin1String("-2001-11-15")));
    CHECK_FALSE(e.hasCoordinates);
    INFO(e.title.toStdString());
    CHECK(e.title.contains(QLatin1String("Crawford")));
    CHECK(e.actor == QLatin1String("joint"));
    CHECK_FALSE(a.linksTo(e.slug).isEmpty());
}

TEST_CASE("a Sochi report in other words links to the catalog's Sochi summit", "[events][entities]")
{
    const test::Analysis a = test::analyze(test::testArticle(QStringLiteral("event_sochi_retreat_2008.txt"), QDate(2008, 4, 6)));
    CHECK_FALSE(a.linking.newEvent.has_value());
    CHECK(a.linking.reportedSlug == QLatin1String("sochi-summit-2008"));
    QSet<QString> keys;
    for (const Mention &m : a.mentions)
        if (m.kind == QLatin1String("place")
            && (m.text.contains(QLatin1String("Bocharov")) || m.text.contains(QLatin1String("Black Sea"))))
            keys.insert(m.key);
    CHECK(keys == QSet<QString>{QStringLiteral("sochi")});
    CHECK(a.linksTo(QStringLiteral("sochi-summit-2008")).size() >= 3);
    CHECK(a.linking.notes.isEmpty()); // "April 6" is inside the summit
}

TEST_CASE("a summit recalled in the body of a later story is mentioned, not reported", "[events][extracted]")
{
    // Published two days after the Sochi summit, about a Senate hearing in Washington; the
    // summit comes up in the fourth sentence only.
    const test::Analysis a = test::analyze(test::testArticle(QStringLiteral("event_after_sochi_hearing.txt"), QDate(2008, 4, 8)));
    CHECK(a.linking.reportedSlug != QLatin1String("sochi-summit-2008"));
    CHECK_FALSE(a.linksTo(QStringLiteral("sochi-summit-2008")).isEmpty()); // still a mention
    REQUIRE(a.linking.newEvent.has_value());
    CHECK(a.linking.newEvent->start == QDate(2008, 4, 8));
    CHECK(a.linking.newEvent->title.contains(QLatin1String("Rice")));
}
