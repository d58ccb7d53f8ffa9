// Timex rules for the shapes real news text takes: weekdays and months placed by the tense of
// their own clause, words in quotes anchored on the day they were said, page stamps with clock
// times, numeric dates, modified years and bare years. Sentences are our own.

#include "timex_fixture.h"

using summit::test::tagText;
using summit::test::timexFor;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

const QDate kMon(2008, 3, 3);  // Monday
const QDate kWed(2008, 12, 31); // Wednesday, last day of the year
const QDate kFri(2009, 7, 3);  // Friday

} // namespace

TEST_CASE("timex real: a weekday follows the verb of its own clause", "[timex][real]")
{
    // Past verb in the weekday's clause, a future one in the next clause.
    CHECK(timexFor(s("The mayor won 61% of the vote on Sunday, and will be sworn in next month."), kMon, s("Sunday"))
              .value
          == s("2008-03-02"));
    // Future verb before the weekday; a past verb after a subordinator belongs to another clause.
    CHECK(timexFor(s("The utility said it would halt deliveries early Thursday after the talks failed."), kWed,
                   s("early Thursday"))
              .value
          == s("2009-01-01"));
    CHECK(timexFor(s("The cutoff was announced late Wednesday by the utility."), kWed, s("late Wednesday")).value
          == s("2008-12-31"));
    // A Friday preview of Monday talks.
    CHECK(timexFor(s("The envoys are due to sit down in Vienna on Monday for two days of talks."), kFri, s("Monday"))
              .value
          == s("2009-07-06"));
    CHECK(timexFor(s("The talks take place Tuesday in Geneva."), kMon, s("Tuesday")).value == s("2008-03-04"));
    // A reporting verb that governs the clause decides, even a few words away.
    CHECK(timexFor(s("GENEVA, Feb. 7 -- The minister told a packed conference hall here Saturday that he wants to talk."),
                   QDate(2009, 2, 8), s("Saturday"))
              .value
          == s("2009-02-07"));
    CHECK(timexFor(s("GENEVA, Feb. 7 -- The minister told a packed conference hall here Saturday that he wants to talk."),
                   QDate(2009, 2, 8), s("Feb. 7"))
              .value
          == s("2009-02-07"));
    CHECK(timexFor(s("The strike at midnight Wednesday was called off."), kWed, s("midnight Wednesday")).value
          == s("2008-12-31"));
}

TEST_CASE("timex real: words in quotes count from the day they were said", "[timex][real]")
{
    // The quote's own attribution gives the day.
    const QString own = s("\"We will sign the text today,\" the envoy said Tuesday.");
    CHECK(timexFor(own, QDate(2008, 3, 6), s("today")).value == s("2008-03-04"));
    CHECK(timexFor(own, QDate(2008, 3, 6), s("today")).anchor == s("speech"));
    // An earlier dated attribution carries over to a later quote with an undated one.
    const QString carried = s("A senior commander said Monday that flights would go on. "
                              "\"We keep watching them, even today,\" he added.");
    CHECK(timexFor(carried, QDate(2008, 3, 7), s("today")).value == s("2008-03-03"));
    // Said on the publication day: nothing changes.
    CHECK(timexFor(s("\"We met yesterday,\" she said Friday."), kFri, s("yesterday")).value == s("2009-07-02"));
    // The reporter's past "said" does not make a date in the speaker's words past.
    CHECK(timexFor(s("\"They are keen to talk in Vienna on October 19th,\" she said."), QDate(2009, 10, 13),
                   s("October 19th"))
              .value
          == s("2009-10-19"));
    // With no dated attribution at all, the publication date stands.
    CHECK(timexFor(s("\"What he did today was call,\" she said."), kMon, s("today")).value == s("2008-03-03"));
    // Curly quotes and doubled single quotes are quotes too.
    CHECK(timexFor(s("\u201cThe deal is done today,\u201d the aide said Sunday."), kMon, s("today")).value
          == s("2008-03-02"));
    CHECK(timexFor(s("''The deal is done today,'' the aide said Sunday."), kMon, s("today")).value == s("2008-03-02"));
}

TEST_CASE("timex real: bare months across a year boundary", "[timex][real]")
{
    CHECK(timexFor(s("Negotiators will return to the table in January."), QDate(2009, 12, 23), s("January")).value
          == s("2010-01"));
    CHECK(timexFor(s("The two sides clashed over prices in December."), QDate(2009, 4, 2), s("December")).value
          == s("2008-12"));
    CHECK(timexFor(s("Prices will be reviewed in December."), QDate(2009, 4, 2), s("December")).value == s("2009-12"));
}

TEST_CASE("timex real: years, modified and bare", "[timex][real]")
{
    const QDate d(2009, 12, 23);
    CHECK(timexFor(s("They hope for a deal in early 2010."), d, s("early 2010")).value == s("2010"));
    CHECK(timexFor(s("Arms talks drag into 2010"), d, s("2010")).value == s("2010"));
    CHECK(timexFor(s("It was good news, this choice for 2007."), d, s("2007")).value == s("2007"));
    CHECK(timexFor(s("He backed the senator's 2004 bid for office."), d, s("2004")).value == s("2004"));
    CHECK(timexFor(s("Ukraine signed no contract for 2009 deliveries."), d, s("2009")).value == s("2009"));
    // Numbers that are not years.
    CHECK(tagText(s("Some 2000 protesters marched."), d).isEmpty());
    CHECK(tagText(s("The council passed Resolution 1929 unanimously."), d).isEmpty());
    CHECK(tagText(s("The flight left at 1930 GMT with 2010 passengers."), d).size() <= 1);
    CHECK(tagText(s("Tickets cost $2000 each."), d).isEmpty());
}

TEST_CASE("timex real: relative years and ends of periods", "[timex][real]")
{
    const QDate d(2009, 7, 3);
    CHECK(timexFor(s("A deal is possible by year-end."), d, s("year-end")).value == s("2009"));
    CHECK(timexFor(s("A deal is possible by the year's end."), d, s("year's end")).value == s("2009"));
    CHECK(timexFor(s("It should be ratified at the beginning of next year."), d, s("the beginning of next year")).value
          == s("2010"));
    CHECK(timexFor(s("It should be ratified early next year."), d, s("early next year")).value == s("2010"));
    CHECK(timexFor(s("A draft is due by the end of this year."), d, s("the end of this year")).value == s("2009"));
    CHECK(timexFor(s("A crisis broke out 45 years ago."), QDate(2007, 10, 27), s("45 years ago")).value == s("1962"));
    CHECK(timexFor(s("Officials confirmed the call earlier in the day."), kMon, s("earlier in the day")).value
          == s("2008-03-03"));
}

TEST_CASE("timex real: page stamps and numeric dates", "[timex][real]")
{
    const QDate d(2008, 7, 7);
    const summit::Timex full = timexFor(s("Monday, July 7, 2008 15:19"), d, s("Monday, July 7, 2008 15:19"));
    CHECK(full.value == s("2008-07-07T15:19"));
    CHECK(full.begin == QDate(2008, 7, 7));
    CHECK(full.end == QDate(2008, 7, 7));
    CHECK(timexFor(s("Updated: 2008-07-07 15:19"), d, s("2008-07-07 15:19")).value == s("2008-07-07T15:19"));
    CHECK(timexFor(s("Updated: 2008-07-07"), d, s("2008-07-07")).value == s("2008-07-07"));
    CHECK(timexFor(s("7 Jul, 2008 11:12"), d, s("7 Jul, 2008 11:12")).value == s("2008-07-07T11:12"));
    CHECK(timexFor(s("Posted February 6, 2009, 8:35 PM"), d, s("February 6, 2009, 8:35 PM")).value
          == s("2009-02-06T20:35"));
    CHECK(timexFor(s("Saturday, 10 February 2007"), d, s("Saturday, 10 February 2007")).value == s("2007-02-10"));
    CHECK(timexFor(s("Last Updated: 07/27/2016"), d, s("07/27/2016")).value == s("2016-07-27"));
    CHECK(timexFor(s("Printed 27/07/2016"), d, s("27/07/2016")).value == s("2016-07-27"));
    CHECK(timexFor(s("Posted on August 28th, 2008 at 10:43 am"), d, s("August 28th, 2008 at 10:43 am")).value
          == s("2008-08-28T10:43"));
    CHECK(timexFor(s("They meet again on October 19th."), QDate(2009, 10, 13), s("October 19th")).value
          == s("2009-10-19"));
}

TEST_CASE("timex real: durations and event-relative offsets are not dates", "[timex][real]")
{
    const QDate d(2008, 9, 18);
    CHECK(tagText(s("Ties have worsened over the past two years."), d).isEmpty());
    CHECK(tagText(s("Relations were tense for the past month."), d).isEmpty());
    CHECK(tagText(s("Both sides must cut warheads within seven years."), d).isEmpty());
    CHECK(tagText(s("The envoys talked for three days."), d).isEmpty());
    CHECK(tagText(s("I traveled to Tbilisi just a month before the conflict."), d).isEmpty());
    // A narrative offset that ends its clause still counts from the last date given.
    CHECK(timexFor(s("They met on June 2. A week before, the ministers had spoken."), d, s("A week before")).value
          == s("2008-W22"));
    // "the next day" stays a narrative date, not a duration.
    CHECK(timexFor(s("They met on June 2. The next day, they signed."), d, s("The next day")).value == s("2008-06-03"));
}

TEST_CASE("timex real: page stamp shapes", "[timex][real]")
{
    const QDate d(2007, 6, 7);
    CHECK(timexFor(s("DW staff (win)June 7, 2007"), d, s("June 7, 2007")).value == s("2007-06-07"));
    CHECK(timexFor(s("Friday, April 4, 2008; 3:19 PM"), d, s("Friday, April 4, 2008; 3:19 PM")).value
          == s("2008-04-04T15:19"));
    // A number after a date that is not a clock time stays out of it.
    CHECK(timexFor(s("On July 7, 2008 15 people were hurt."), d, s("July 7, 2008")).value == s("2008-07-07"));
}

TEST_CASE("timex real: a page's own age is no date", "[timex][real]")
{
    const QDate d(2008, 6, 12);
    const QVector<summit::Timex> all = tagText(s("June 12, 2008 / 6:45 PM / 9 years ago"), d);
    REQUIRE(all.size() == 1);
    CHECK(all[0].value == s("2008-06-12T18:45"));
    CHECK(timexFor(s("The crisis began more than 15 years ago."), QDate(2007, 9, 14), s("more than 15 years ago")).value
          == s("1992"));
}

TEST_CASE("timex real: scheduled events in the present tense lie ahead", "[timex][real]")
{
    // A Monday story: the ministers meet tomorrow.
    CHECK(timexFor(s("Rice meets Lavrov in Moscow on Tuesday."), kMon, s("Tuesday")).value == s("2008-03-04"));
    CHECK(timexFor(s("The conference convenes Thursday in Brussels."), kMon, s("Thursday")).value == s("2008-03-06"));
    CHECK(timexFor(s("The vote is due on Sunday."), kMon, s("Sunday")).value == s("2008-03-09"));
}

TEST_CASE("timex real: the document's own year leaves the tense to decide", "[timex][real]")
{
    const QDate d(2009, 12, 23);
    CHECK(timexFor(s("The treaty runs out at the end of 2009, and talks will resume in January."), d, s("January")).value
          == s("2010-01"));
    CHECK(timexFor(s("In 2010, the talks will resume in March."), d, s("March")).value == s("2010-03"));
}

TEST_CASE("timex real: the order of a numeric date comes from the page", "[timex][real]")
{
    const QDate d(2008, 4, 7);
    // American default.
    CHECK(timexFor(s("Posted 07/04/2009"), d, s("07/04/2009")).value == s("2009-07-04"));
    // The page writes day first elsewhere.
    CHECK(timexFor(s("Posted 07/04/2009. Archived 25/12/2009."), d, s("07/04/2009")).value == s("2009-04-07"));
    // The reading that is the publication date wins when the page shows no order.
    CHECK(timexFor(s("17:50 | 07/ 04/ 2008"), d, s("07/ 04/ 2008")).value == s("2008-04-07"));
    CHECK(timexFor(s("Posted 2008/04/07"), d, s("2008/04/07")).value == s("2008-04-07"));
    // Abbreviated weekdays only inside a full date.
    CHECK(timexFor(s("Mon, 7 Apr 2008 10:15"), d, s("Mon, 7 Apr 2008 10:15")).value == s("2008-04-07T10:15"));
    CHECK(timexFor(s("Last updated: Monday, 7 April 2008, 15:19 GMT"), d, s("Monday, 7 April 2008, 15:19")).value
          == s("2008-04-07T15:19"));
    CHECK(tagText(s("The Sun reported it."), d).isEmpty());
}

TEST_CASE("timex real: a year after a possessive is a year", "[timex][real]")
{
    const QDate d(2008, 4, 7);
    CHECK(timexFor(s("He recalled his 2005 visit to Bratislava."), d, s("2005")).value == s("2005"));
    CHECK(timexFor(s("Their 2007 talks failed."), d, s("2007")).value == s("2007"));
    CHECK(tagText(s("He won exactly 2008 votes."), d).isEmpty());
}

TEST_CASE("timex real: parts of a narrative day", "[timex][real]")
{
    const QString text = s("The leaders met on June 2. That evening they dined at the dacha. They had spoken the night before.");
    CHECK(timexFor(text, QDate(2008, 6, 5), s("That evening")).value == s("2008-06-02TEV"));
    CHECK(timexFor(text, QDate(2008, 6, 5), s("the night before")).value == s("2008-06-01TNI"));
    CHECK(tagText(s("They walked in the morning air."), QDate(2008, 6, 5)).isEmpty());
}

TEST_CASE("timex real: a year in a subordinate clause sets no scene for the next sentence", "[timex][real]")
{
    const QString text = s("The treaty, which was signed in 1991, expires on Dec. 5. Talks began in April.");
    CHECK(timexFor(text, QDate(2009, 6, 5), s("Dec. 5")).value == s("2009-12-05"));
    CHECK(timexFor(text, QDate(2009, 6, 5), s("April")).value == s("2009-04"));
    CHECK(timexFor(s("Then, in 2001, everything changed. In June, Bush met Putin."), QDate(2008, 6, 5), s("June")).value
          == s("2001-06"));
    // In a quote, "open" on its own looks ahead.
    CHECK(timexFor(s("\"The talks open on Monday,\" Bush said Thursday."), QDate(2008, 6, 6), s("Monday")).value
          == s("2008-06-09"));
}

TEST_CASE("timex real: a speech dated a few words after its verb", "[timex][real]")
{
    const QString text = s("Lavrov told a news conference in Moscow on Monday that nothing had changed. "
                           "\"Today we have the same position,\" he said.");
    CHECK(timexFor(text, QDate(2008, 3, 5), s("Today")).value == s("2008-03-03"));
    // Not across a clause: the Monday here is not when he spoke.
    const QString other = s("Lavrov said the talks, which ended on Monday, went well. \"Today we rest,\" he added.");
    CHECK(timexFor(other, QDate(2008, 3, 5), s("Today")).value == s("2008-03-05"));
}

TEST_CASE("timex real: a page stamp paragraph anchors no narrative", "[timex][real]")
{
    summit::ArticleText a;
    a.text = s("Last Updated: 07/27/2016\n\nThe ministers met on Tuesday. The day before, aides had argued.");
    a.published = QDate(2007, 4, 26); // a Thursday
    const int body = int(a.text.indexOf(u"The ministers"));
    a.paragraphs.append({summit::TextSpan{0, body - 2}, summit::ParagraphKind::Heading});
    a.paragraphs.append({summit::TextSpan{body, int(a.text.size())}, summit::ParagraphKind::Body});
    const int second = int(a.text.indexOf(u"The day"));
    a.sentences.append({summit::TextSpan{0, body - 2}, 0});
    a.sentences.append({summit::TextSpan{body, second - 1}, 1});
    a.sentences.append({summit::TextSpan{second, int(a.text.size())}, 1});
    QString stamp, before;
    for (const summit::Timex &t : summit::test::bundledTagger().tag(a)) {
        if (t.text == s("07/27/2016"))
            stamp = t.value;
        if (t.text == s("The day before"))
            before = t.value;
    }
    CHECK(stamp == s("2016-07-27"));
    CHECK(before == s("2007-04-23"));
}

TEST_CASE("timex real: a date between a future phrase and a later participle", "[timex][real]")
{
    const QDate d(2008, 6, 9); // Monday
    CHECK(timexFor(s("A meeting set to take place Friday was postponed."), d, s("Friday")).value == s("2008-06-13"));
    CHECK(timexFor(s("The treaty will not be signed on Friday."), d, s("Friday")).value == s("2008-06-13"));
}

TEST_CASE("timex real: with no tense cue a date is the one nearest the publication date", "[timex][real]")
{
    CHECK(timexFor(s("MOSCOW, Dec. 31 (Wire) -- Gas talks: no deal."), QDate(2009, 1, 1), s("Dec. 31")).value
          == s("2008-12-31"));
    CHECK(timexFor(s("Agenda: talks in Geneva on Jan. 2."), QDate(2008, 12, 30), s("Jan. 2")).value == s("2009-01-02"));
    CHECK(timexFor(s("Agenda: talks in Geneva on June 2."), QDate(2008, 3, 30), s("June 2")).value == s("2008-06-02"));
}

TEST_CASE("timex real: a weekday beside a day fixes the year", "[timex][real]")
{
    // Said on 2008-12-30 with a past verb, "Jan. 1" alone would be January 2008.
    CHECK(timexFor(s("The cutoff came on Thursday, Jan. 1, officials said."), QDate(2008, 12, 30),
                   s("Thursday, Jan. 1"))
              .value
          == s("2009-01-01"));
}

TEST_CASE("timex real: quotes with mixed or foreign marks", "[timex][real]")
{
    // Opened curly, closed straight; then a reporter's sentence outside any quote.
    const QString mixed = s("\u201cWe meet today,\" the aide said Sunday. Officials met today in Moscow.");
    const QVector<summit::Timex> all = tagText(mixed, QDate(2008, 3, 3));
    REQUIRE(all.size() == 3);
    CHECK(all[0].value == s("2008-03-02")); // the aide's today
    CHECK(all[2].value == s("2008-03-03")); // the reporter's today
    CHECK(timexFor(s("\u00abWe meet today,\u00bb the aide said Sunday."), QDate(2008, 3, 3), s("today")).value
          == s("2008-03-02"));
}

TEST_CASE("timex real: the following year counts from the year of the scene", "[timex][real]")
{
    const QDate d(2008, 5, 2);
    CHECK(timexFor(s("In 2001, Bush met Putin in Slovenia. The following year, they signed a treaty in Moscow."), d,
                   s("The following year"))
              .value
          == s("2002"));
    CHECK(timexFor(s("The ministers met on March 16. The following month, talks stalled."), d, s("The following month"))
              .value
          == s("2008-04"));
    CHECK(timexFor(s("They met on March 3. The day after, they parted."), d, s("The day after")).value
          == s("2008-03-04"));
    CHECK(tagText(s("They parted the day after the summit."), d).isEmpty());
}

TEST_CASE("timex real: in a quote an -ed word is no past tense", "[timex][real]")
{
    CHECK(timexFor(s("\"We want this settled before the election on March 2,\" an aide said."), QDate(2008, 1, 3),
                   s("March 2"))
              .value
          == s("2008-03-02"));
    // A listed past verb in the quote still counts.
    CHECK(timexFor(s("\"We met on March 2,\" an aide said."), QDate(2008, 1, 3), s("March 2")).value == s("2007-03-02"));
}

TEST_CASE("timex real: a day of speech carries a few paragraphs, not the whole story", "[timex][real]")
{
    summit::ArticleText a;
    const QStringList paras = {s("The envoy said on Monday that talks would go on."), s("One."), s("Two."), s("Three."),
                               s("Four."), s("\"We sign today,\" the minister said.")};
    for (const QString &p : paras) {
        if (!a.text.isEmpty())
            a.text += s("\n\n");
        const int start = int(a.text.size());
        a.text += p;
        a.paragraphs.append({summit::TextSpan{start, int(a.text.size())}, summit::ParagraphKind::Body});
        a.sentences.append({summit::TextSpan{start, int(a.text.size())}, int(a.paragraphs.size()) - 1});
    }
    a.published = QDate(2008, 3, 5);
    QString today;
    for (const summit::Timex &t : summit::test::bundledTagger().tag(a))
        if (t.text == s("today"))
            today = t.value;
    CHECK(today == s("2008-03-05"));
}

TEST_CASE("timex real: a month name before a surname is a first name", "[timex][real]")
{
    const QDate d(2008, 6, 5);
    CHECK(tagText(s("April Ryan asked the first question."), d).isEmpty());
    CHECK(tagText(s("The spy chief, August Hanning, declined to comment."), d).isEmpty());
    CHECK(timexFor(s("In June Putin flew to Berlin."), d, s("June")).value == s("2008-06"));
    CHECK(timexFor(s("Talks resumed in April, officials said."), d, s("April")).value == s("2008-04"));
}
