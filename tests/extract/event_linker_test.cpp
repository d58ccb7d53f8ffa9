#include "event_fixture.h"
#include "bundled_extractor.h"

#include <catch2/catch.hpp>

using namespace summit;

namespace {

struct Linked
{
    ArticleText article;
    EventLinking linking;

    const EventLink *link(int sentence, const QString &slug) const
    {
        for (const EventLink &l : linking.links)
            if (l.sentence == sentence && l.eventSlug == slug)
                return &l;
        return nullptr;
    }
    QVector<Note> notes(const QString &rule) const
    {
        QVector<Note> out;
        for (const Note &n : linking.notes)
            if (n.rule == rule)
                out << n;
        return out;
    }
};

Linked linkWith(const ArticleText &a, const QVector<Timex> &timexes)
{
    return {a, test::bundledExtractor().events().link(a, timexes, test::bundledExtractor().entities().tag(a))};
}

const QString kSochi = QStringLiteral("sochi-summit-2008");

} // namespace

TEST_CASE("a resolved Sunday in a Sochi-dateline article links to the Sochi summit", "[events][linker]")
{
    const ArticleText a = test::literalArticle(
        QStringLiteral("SOCHI, Russia (AP) - The two presidents spoke on Sunday about missile defense. "
                       "Weather was mild."),
        QDate(2008, 4, 6), QStringLiteral("SOCHI, Russia (AP)"), QStringLiteral("Sochi"));
    const Linked r = linkWith(a, {test::handTimex(a, QStringLiteral("Sunday"), QDate(2008, 4, 6),
                                                  QDate(2008, 4, 6), QStringLiteral("2008-04-06"))});
    CHECK(r.linking.reportedSlug == kSochi);
    const EventLink *l = r.link(0, kSochi);
    REQUIRE(l);
    CHECK(l->evidence.contains(QStringLiteral("date:2008-04-06")));
    CHECK(l->evidence.contains(QStringLiteral("context:reported")));
    CHECK_FALSE(r.link(1, kSochi)); // no cue of the event in "Weather was mild."
    CHECK(r.linking.notes.isEmpty());
}

TEST_CASE("linking thresholds: alias strong, date with people medium, place alone weak", "[events][linker]")
{
    const ArticleText a = test::literalArticle(
        QStringLiteral("Analysts looked back at the lobster summit. "
                       "Bush and Putin met on April 6 to talk. "
                       "Sochi has palm trees. "
                       "Bush and Putin talked."),
        QDate(2008, 9, 1));
    const Linked r = linkWith(a, {test::handTimex(a, QStringLiteral("April 6"), QDate(2008, 4, 6),
                                                  QDate(2008, 4, 6), QStringLiteral("2008-04-06"))});
    const EventLink *alias = r.link(0, QStringLiteral("kennebunkport-summit-2007"));
    REQUIRE(alias);
    CHECK(alias->evidence.contains(QStringLiteral("alias:lobster summit")));
    CHECK(alias->score == Approx(1.0));
    const EventLink *dated = r.link(1, kSochi);
    REQUIRE(dated);
    CHECK(dated->evidence.contains(QStringLiteral("participant:Vladimir Putin")));
    CHECK(dated->score < 1.0);
    CHECK_FALSE(r.link(2, kSochi)); // a place alone is weak
    CHECK_FALSE(r.link(3, kSochi)); // people alone do not link
    CHECK(r.linking.newEvent.has_value()); // nothing in the catalog fits 2008-09-01
}

TEST_CASE("a shared alias goes to the event its date fits", "[events][linker]")
{
    const ArticleText a = test::literalArticle(
        QStringLiteral("Putin will attend the G8 summit in July. Putin attended the G8 summit in June."),
        QDate(2008, 4, 10));
    const Linked r = linkWith(a, {test::handTimex(a, QStringLiteral("July"), QDate(2008, 7, 1), QDate(2008, 7, 31), QStringLiteral("2008-07")),
                                  test::handTimex(a, QStringLiteral("June"), QDate(2007, 6, 1), QDate(2007, 6, 30), QStringLiteral("2007-06"))});
    CHECK(r.link(0, QStringLiteral("toyako-g8-2008")));
    CHECK_FALSE(r.link(0, QStringLiteral("heiligendamm-g8-2007")));
    CHECK(r.link(1, QStringLiteral("heiligendamm-g8-2007")));
    CHECK_FALSE(r.link(1, QStringLiteral("toyako-g8-2008")));
}

TEST_CASE("record check: place attached to a named event differs", "[events][notes]")
{
    const ArticleText a = test::literalArticle(
        QStringLiteral("Medvedev flew to the Hokkaido summit in Osaka. "
                       "Leaders gathered for the G8 summit in Hokkaido. "
                       "Putin spoke at the Bucharest summit, then flew to Sochi."),
        QDate(2008, 7, 10));
    const ArticleText b = test::literalArticle(
        QStringLiteral("Medvedev flew to the Hokkaido summit in Tokyo. "
                       "Leaders gathered for the G8 summit in Hokkaido. "
                       "Putin spoke at the Bucharest summit, then flew to Sochi."),
        QDate(2008, 7, 10));
    // Osaka is not in the gazetteer: an unknown place is not evidence of a disagreement.
    CHECK(linkWith(a, {}).notes(QStringLiteral("place-differs")).isEmpty());
    const Linked r = linkWith(b, {});
    const QVector<Note> notes = r.notes(QStringLiteral("place-differs"));
    REQUIRE(notes.size() == 1);
    CHECK(b.slice(notes.first().span) == QLatin1String("Tokyo"));
    CHECK(notes.first().eventSlug == QLatin1String("toyako-g8-2008"));
    CHECK(notes.first().text.contains(QLatin1String("Toyako")));
}

TEST_CASE("record check: a date attached to a named event differs", "[events][notes]")
{
    const ArticleText a = test::literalArticle(
        QStringLiteral("The lobster summit in August was friendly. The lobster summit in July was friendly."),
        QDate(2007, 9, 1));
    const Linked r = linkWith(a, {test::handTimex(a, QStringLiteral("August"), QDate(2007, 8, 1), QDate(2007, 8, 31), QStringLiteral("2007-08")),
                                  test::handTimex(a, QStringLiteral("July"), QDate(2007, 7, 1), QDate(2007, 7, 31), QStringLiteral("2007-07"))});
    const QVector<Note> notes = r.notes(QStringLiteral("date-differs"));
    REQUIRE(notes.size() == 1);
    CHECK(a.slice(notes.first().span) == QLatin1String("August"));
    CHECK(notes.first().eventSlug == QLatin1String("kennebunkport-summit-2007"));
    CHECK(notes.first().text.contains(QLatin1String("1 to 2 July 2007")));
    CHECK_FALSE(notes.first().text.contains(QLatin1String("2007-0"))); // dates in words
}

TEST_CASE("record check: a claim tied to another event's place", "[events][notes]")
{
    const ArticleText wrong = test::literalArticle(
        QStringLiteral("Putin offered Gabala as a base during the talks in Sochi."), QDate(2008, 4, 7));
    const ArticleText right = test::literalArticle(
        QStringLiteral("Putin offered Gabala as a base during the talks in Heiligendamm."), QDate(2008, 4, 7));
    const ArticleText vague = test::literalArticle(
        QStringLiteral("Putin once offered Gabala in Azerbaijan as a base."), QDate(2008, 4, 7));
    const QVector<Note> notes = linkWith(wrong, {}).notes(QStringLiteral("claim-elsewhere"));
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().eventSlug == QLatin1String("heiligendamm-g8-2007"));
    CHECK(notes.first().text.contains(QLatin1String("Sochi summit")));
    CHECK(linkWith(right, {}).notes(QStringLiteral("claim-elsewhere")).isEmpty());
    CHECK(linkWith(vague, {}).notes(QStringLiteral("claim-elsewhere")).isEmpty());
}

TEST_CASE("record check: dateline date outside the reported event", "[events][notes]")
{
    const QString text = QStringLiteral("MOSCOW, March 20 (Interfax) - Lavrov and Rice said the talks were useful.");
    const ArticleText late = test::literalArticle(text, QDate(2008, 3, 20), QStringLiteral("MOSCOW, March 20 (Interfax)"), QStringLiteral("Moscow"));
    const Linked r = linkWith(late, {});
    CHECK(r.linking.reportedSlug == QLatin1String("moscow-2plus2-2008-03"));
    const QVector<Note> notes = r.notes(QStringLiteral("dateline-outside-event"));
    REQUIRE(notes.size() == 1);
    CHECK(late.slice(notes.first().span) == QLatin1String("March 20"));
    CHECK(notes.first().text.contains(QLatin1String("17 to 18 March 2008")));
    CHECK_FALSE(notes.first().text.contains(QLatin1String("2008-03")));

    QString onTime = text;
    onTime.replace(QLatin1String("March 20"), QLatin1String("March 18"));
    const ArticleText ok = test::literalArticle(onTime, QDate(2008, 3, 18), QStringLiteral("MOSCOW, March 18 (Interfax)"), QStringLiteral("Moscow"));
    CHECK(linkWith(ok, {}).notes(QStringLiteral("dateline-outside-event")).isEmpty());
}
