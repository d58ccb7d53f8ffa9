// The dates a text's titled mentions of known people allow (extract/people/office_span.h), and
// the undated page whose year they settle (ingest/date_clue.h). Made-up people and texts.
#include "extract/people/office_span.h"
#include "extract/people/people_directory.h"
#include "ingest/date_clue.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace summit;

namespace {

QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

/// Two made-up people of a made-up country, with dated offices.
const PeopleDirectory &testPeople()
{
    static const PeopleDirectory dir(QJsonDocument::fromJson(R"({"people": [
        {"name": "Ana Kovac", "gender": "female", "actor": "freedonia",
         "aliases": ["Ana Kovac", "Minister Kovac", "Kovac"],
         "roles": [
           {"title": "Foreign Minister of Freedonia", "from": "2003-03-01", "to": "2006-06-30",
            "contextDescriptors": ["foreign minister", "minister"], "descriptors": ["Freedonian foreign minister"]},
           {"title": "Prime Minister of Freedonia", "from": "2006-07-01", "to": null,
            "contextDescriptors": ["prime minister"], "descriptors": ["Freedonian prime minister"]}]},
        {"name": "Ivo Brandt", "gender": "male", "actor": "freedonia",
         "aliases": ["Ivo Brandt", "Brandt"],
         "roles": [
           {"title": "President of Freedonia", "from": "2004-01-10", "to": "2009-01-09",
            "contextDescriptors": ["president"], "descriptors": ["Freedonian president"]}]}
    ]})"));
    return dir;
}

const QDate kToday(2026, 1, 1);

} // namespace

TEST_CASE("a title before a name bounds the date by the office", "[people][dates]")
{
    const auto span = officeSpan(testPeople(), u"Talks began. Foreign Minister Ana Kovac arrived late.", kToday);
    REQUIRE(span.has_value());
    CHECK(span->from == d("2003-03-01"));
    CHECK(span->to == d("2006-06-30"));
    REQUIRE(span->evidence.size() == 1);
    CHECK(span->evidence.first().contains(QLatin1String("Foreign Minister Ana Kovac")));
}

TEST_CASE("a title inside an alias counts, and titled mentions intersect", "[people][dates]")
{
    // "Minister Kovac" is an alias that carries its title; "Freedonian President Ivo Brandt" a
    // descriptor before the name. Kovac was foreign minister 2003-2006, Brandt president 2004-2009.
    const auto span = officeSpan(testPeople(), u"Minister Kovac met Freedonian President Ivo Brandt on Monday.", kToday);
    REQUIRE(span.has_value());
    CHECK(span->from == d("2004-01-10"));
    CHECK(span->to == d("2006-06-30"));
    CHECK(span->evidence.size() == 2);
}

TEST_CASE("an office still held ends today", "[people][dates]")
{
    const auto span = officeSpan(testPeople(), u"Prime Minister Ana Kovac spoke.", kToday);
    REQUIRE(span.has_value());
    CHECK(span->from == d("2006-07-01"));
    CHECK(span->to == kToday);
}

TEST_CASE("past titles, other offices and bare names say nothing of the date", "[people][dates]")
{
    const PeopleDirectory &people = testPeople();
    CHECK_FALSE(officeSpan(people, u"Former Foreign Minister Ana Kovac spoke.", kToday));
    CHECK_FALSE(officeSpan(people, u"The then-President Ivo Brandt spoke.", kToday));
    CHECK_FALSE(officeSpan(people, u"Deputy Foreign Minister Ana Kovac spoke.", kToday)); // another office
    CHECK_FALSE(officeSpan(people, u"Vice President Ivo Brandt spoke.", kToday));
    CHECK_FALSE(officeSpan(people, u"Ana Kovac and Ivo Brandt spoke.", kToday));
    CHECK_FALSE(officeSpan(people, u"President Jan Nobody spoke.", kToday)); // unknown to the directory
}

TEST_CASE("offices that cannot all be true at once give no span", "[people][dates]")
{
    // Kovac was prime minister only from July 2006; the foreign minister's term ended before.
    CHECK_FALSE(officeSpan(testPeople(), u"Foreign Minister Ana Kovac and later Prime Minister Ana Kovac.", kToday));
}

namespace {

PreparedArticle undatedPage(const QString &text, int month, int day, int weekday)
{
    PreparedArticle a;
    a.source = QStringLiteral("page.txt");
    a.text.text = text;
    a.dateClue = DateClue{month, day, weekday, QStringLiteral("CAPITAL, day")};
    a.warnings << needsDateWarning(QStringLiteral("/some/where/page.txt"));
    return a;
}

} // namespace

TEST_CASE("the one year the dateline's day fell on the lead's weekday in office dates the page", "[ingest][dates]")
{
    // 3 March was a Friday in 2006 only, within Kovac's term as foreign minister (2003-2006).
    PreparedArticle a = undatedPage(QStringLiteral("Foreign Minister Ana Kovac said on Friday that talks would resume."),
                                    3, 3, 5);
    REQUIRE(settleDateClue(a, testPeople(), kToday));
    CHECK(a.text.published == d("2006-03-03"));
    CHECK(a.publishedSource == QLatin1String("inferred"));
    REQUIRE(a.sources.size() == 1);
    CHECK(a.sources.first().field == QLatin1String("published"));
    CHECK(a.sources.first().source.contains(QLatin1String("Foreign Minister Ana Kovac")));
    CHECK(a.sources.first().rule.contains(QLatin1String("inferred")));
    CHECK(a.warnings.isEmpty()); // no longer needs a date
}

TEST_CASE("two fitting years or none leave the page undated", "[ingest][dates]")
{
    // Within Brandt's term (2004-2009) 3 March never fell on a Sunday.
    PreparedArticle none = undatedPage(QStringLiteral("President Ivo Brandt spoke on Sunday."), 3, 3, 7);
    CHECK_FALSE(settleDateClue(none, testPeople(), kToday)); // 3 March was no Sunday in 2004-2008
    CHECK_FALSE(none.text.published.isValid());
    CHECK(none.warnings.size() == 1);

    // An open office ending today spans many years: 1 January was a Monday in 2007, 2018, 2024.
    PreparedArticle many = undatedPage(QStringLiteral("Prime Minister Ana Kovac spoke on Monday."), 1, 1, 1);
    CHECK_FALSE(settleDateClue(many, testPeople(), kToday));
    CHECK_FALSE(many.text.published.isValid());

    // Nobody titled: nothing to settle the year with.
    PreparedArticle untitled = undatedPage(QStringLiteral("Ana Kovac spoke on Friday."), 3, 3, 5);
    CHECK_FALSE(settleDateClue(untitled, testPeople(), kToday));
}

TEST_CASE("a stated date is never replaced", "[ingest][dates]")
{
    PreparedArticle a = undatedPage(QStringLiteral("Foreign Minister Ana Kovac said on Friday."), 3, 3, 5);
    a.text.published = d("2005-05-05");
    CHECK_FALSE(settleDateClue(a, testPeople(), kToday));
    CHECK(a.text.published == d("2005-05-05"));
}

TEST_CASE("a date inferred from a named year is taken back when the offices rule the year out", "[ingest][dates]")
{
    // The text names a founding year, 2001, in which 3 March fell on a Saturday; but Kovac was
    // foreign minister only from 2003, so the page's own inference is wrong.
    PreparedArticle a = undatedPage(QStringLiteral("Foreign Minister Ana Kovac said on Saturday that the council "
                                                   "founded in 2001 would meet."),
                                    3, 3, 6);
    a.warnings.clear();
    a.text.published = d("2001-03-03");
    a.publishedSource = QStringLiteral("inferred");
    a.sources.append({QStringLiteral("published"), QStringLiteral("2001-03-03"), QStringLiteral("dateline"),
                      QStringLiteral("inferred: a year the text names")});
    // 3 March fell on a Saturday in 2001 and 2007, neither in 2003-2006: no date at all.
    CHECK_FALSE(settleDateClue(a, testPeople(), kToday));
    CHECK_FALSE(a.text.published.isValid());
    CHECK(a.publishedSource.isEmpty());
    CHECK(a.sources.isEmpty());
    REQUIRE(a.warnings.size() == 2);
    CHECK(a.warnings.first().contains(QLatin1String("rule it out")));
    CHECK(a.warnings.last().contains(QLatin1String("needs a date")));

    // The same inference inside the offices' span stands.
    PreparedArticle fits = undatedPage(QStringLiteral("Foreign Minister Ana Kovac said on Friday."), 3, 3, 5);
    fits.text.published = d("2006-03-03");
    fits.publishedSource = QStringLiteral("inferred");
    CHECK_FALSE(settleDateClue(fits, testPeople(), kToday));
    CHECK(fits.text.published == d("2006-03-03"));
}
