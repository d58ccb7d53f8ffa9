#include "timex_fixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using summit::test::tagText;
using summit::test::timexFor;
using summit::test::valueOf;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

const QDate kMar18(2008, 3, 18);  // a Tuesday
const QDate kMar26(2008, 3, 26);  // a Wednesday
const QDate kApr6(2008, 4, 6);    // a Sunday

} // namespace

TEST_CASE("timex: absolute dates", "[timex]")
{
    CHECK(valueOf(s("Bush will stop in Croatia on April 5, Hadley said."), kMar26, s("April 5")) == s("2008-04-05"));
    CHECK(valueOf(s("Global Research, April 06, 2008"), kApr6, s("April 06, 2008")) == s("2008-04-06"));
    CHECK(valueOf(s("RIA Novosti 6 April 2008"), kApr6, s("6 April 2008")) == s("2008-04-06"));
    CHECK(valueOf(s("The talks were held on the 2nd of July, 2007."), kApr6, s("the 2nd of July, 2007")) == s("2007-07-02"));
    CHECK(valueOf(s("The file is dated 2008-04-06."), QDate(), s("2008-04-06")) == s("2008-04-06"));
    CHECK(valueOf(s("Putin steps down after May 7, when Medvedev takes over."), kApr6, s("May 7")) == s("2008-05-07"));
    CHECK(valueOf(s("It happened on Sunday, April 6, 2008, in Sochi."), QDate(), s("Sunday, April 6, 2008")) == s("2008-04-06"));
    CHECK(valueOf(s("Talks began Jan. 15 in Geneva."), kMar18, s("Jan. 15")) == s("2008-01-15"));
}

TEST_CASE("timex: ranges", "[timex]")
{
    const summit::Timex t = timexFor(s("Their next meeting is likely to be at the G8 summit in Japan on July 7-9, Bush said."),
                                     kApr6, s("July 7-9"));
    CHECK(t.value == s("2008-07-07/2008-07-09"));
    CHECK(t.granularity == s("range"));
    CHECK(t.begin == QDate(2008, 7, 7));
    CHECK(t.end == QDate(2008, 7, 9));
    CHECK(valueOf(s("The summit ran from June 6 to 8, 2007."), kApr6, s("June 6 to 8, 2007")) == s("2007-06-06/2007-06-08"));
    CHECK(valueOf(s("The NATO summit will be held 2-4 April in Bucharest."), kMar18, s("2-4 April")) == s("2008-04-02/2008-04-04"));
    CHECK(valueOf(s("They met March 31-April 2, officials said."), kApr6, s("March 31-April 2")) == s("2008-03-31/2008-04-02"));
}

TEST_CASE("timex: months and years", "[timex]")
{
    const summit::Timex y = timexFor(s("President Bush with Putin in Australia in 2007."), kMar26, s("2007"));
    CHECK(y.value == s("2007"));
    CHECK(y.granularity == s("year"));
    CHECK(y.begin == QDate(2007, 1, 1));
    CHECK(y.end == QDate(2007, 12, 31));
    CHECK(y.anchor == s("absolute"));
    CHECK(valueOf(s("The summit was held in July 2007 in Maine."), kApr6, s("July 2007")) == s("2007-07"));
    CHECK(valueOf(s("Medvedev would represent Russia at the meeting in July in Tokyo."), kApr6, s("July")) == s("2008-07"));
    CHECK(valueOf(s("START-1, which will expire in December, must be replaced."), kApr6, s("December")) == s("2008-12"));
    CHECK(valueOf(s("Our concerns were heard at the March meeting."), kApr6, s("March")) == s("2008-03"));
    CHECK(valueOf(s("The plan was announced in mid-April 2008."), kApr6, s("mid-April 2008")) == s("2008-04"));
}

TEST_CASE("timex: seasons", "[timex]")
{
    const summit::Timex sp = timexFor(s("Putin, who becomes prime minister this spring, proposed a plan."), kMar26, s("this spring"));
    CHECK(sp.value == s("2008-SP"));
    CHECK(sp.granularity == s("season"));
    CHECK(sp.begin == QDate(2008, 3, 1));
    CHECK(sp.end == QDate(2008, 5, 31));
    CHECK(valueOf(s("The talks collapsed last summer."), kMar26, s("last summer")) == s("2007-SU"));
    CHECK(valueOf(s("A deal is expected in the fall of 2008."), kMar26, s("the fall of 2008")) == s("2008-FA"));
    CHECK(valueOf(s("He will decide next winter."), kMar26, s("next winter")) == s("2008-WI"));
    const summit::Timex wi = timexFor(s("He will decide next winter."), kMar26, s("next winter"));
    CHECK(wi.end == QDate(2009, 2, 28));
    CHECK(valueOf(s("The radar will be built in the summer."), kMar26, s("the summer")) == s("2008-SU"));
}

TEST_CASE("timex: relative to the publication date", "[timex]")
{
    CHECK(valueOf(s("Bush plans to visit Sochi next month, Hadley told reporters Wednesday."), kMar26, s("next month")) == s("2008-04"));
    CHECK(valueOf(s("Bush plans to visit Sochi next month, Hadley told reporters Wednesday."), kMar26, s("Wednesday")) == s("2008-03-26"));
    CHECK(valueOf(s("Rice and Gates went to Moscow earlier this month to meet with Putin."), kMar26, s("earlier this month")) == s("2008-03"));
    CHECK(valueOf(s("He expanded on his offer last month for joint use of the radar."), QDate(2007, 7, 3), s("last month")) == s("2007-06"));
    CHECK(valueOf(s("Putin recalled that they had held talks last October."), kMar18, s("last October")) == s("2007-10"));
    CHECK(valueOf(s("He saw no breakthrough before Bush leaves office next January."), kApr6, s("next January")) == s("2009-01"));
    CHECK(valueOf(s("Medvedev, who will assume office in one month, met Bush."), kApr6, s("in one month")) == s("2008-05"));
    CHECK(valueOf(s("The treaty was signed two years ago."), kApr6, s("two years ago")) == s("2006"));
    CHECK(valueOf(s("The vote is due next year."), kApr6, s("next year")) == s("2009"));
    CHECK(valueOf(s("There was a lot done during the day today."), kMar18, s("today")) == s("2008-03-18"));
    CHECK(valueOf(s("Talks resume tomorrow."), kMar18, s("tomorrow")) == s("2008-03-19"));
    const summit::Timex w = timexFor(s("Talks resume next week."), kMar18, s("next week"));
    CHECK(w.value == s("2008-W13"));
    CHECK(w.begin == QDate(2008, 3, 24));
    CHECK(w.end == QDate(2008, 3, 30));
    const summit::Timex we = timexFor(s("The leaders meet in Sochi this weekend, the White House said Tuesday."),
                                      QDate(2008, 4, 1), s("this weekend"));
    CHECK(we.value == s("2008-W14-WE"));
    CHECK(we.begin == QDate(2008, 4, 5));
    CHECK(we.end == QDate(2008, 4, 6));
}

TEST_CASE("timex: parts of days", "[timex]")
{
    const summit::Timex night = timexFor(s("President Putin took extensive notes last night and there was a lot done."), kMar18, s("last night"));
    CHECK(night.value == s("2008-03-17TNI"));
    CHECK(night.granularity == s("time"));
    CHECK(night.begin == QDate(2008, 3, 17));
    CHECK(valueOf(s("The Russians will not see this until this evening."), kMar18, s("this evening")) == s("2008-03-18TEV"));
    CHECK(valueOf(s("They met Monday night in the Kremlin."), kMar18, s("Monday night")) == s("2008-03-17TNI"));
    CHECK(valueOf(s("The ministers spoke yesterday morning."), kMar18, s("yesterday morning")) == s("2008-03-17TMO"));
}

TEST_CASE("timex: weekdays follow the tense", "[timex]")
{
    // Published on a Tuesday.
    CHECK(valueOf(s("Lavrov said Tuesday that Russia still disagrees."), kMar18, s("Tuesday")) == s("2008-03-18"));
    CHECK(valueOf(s("The United States presented a document on Monday."), kMar18, s("Monday")) == s("2008-03-17"));
    CHECK(valueOf(s("The delegation met Putin on Friday."), kMar18, s("Friday")) == s("2008-03-14"));
    CHECK(valueOf(s("The delegation will meet Putin on Friday."), kMar18, s("Friday")) == s("2008-03-21"));
    CHECK(valueOf(s("Gates is expected to fly home Thursday."), kMar18, s("Thursday")) == s("2008-03-20"));
    // A reporting verb right beside the weekday decides over a future verb farther away.
    CHECK(valueOf(s("Hadley said Wednesday that Bush will visit Sochi."), kMar26, s("Wednesday")) == s("2008-03-26"));
    CHECK(valueOf(s("The key outcome of Sunday's farewell summit was the willingness to compromise."), kApr6, s("Sunday")) == s("2008-04-06"));
    CHECK(valueOf(s("They met last Monday."), kMar18, s("last Monday")) == s("2008-03-17"));
    CHECK(valueOf(s("They meet next Monday."), kMar18, s("next Monday")) == s("2008-03-24"));
}

TEST_CASE("timex: month direction follows the tense", "[timex]")
{
    CHECK(valueOf(s("Putin proposed during a July visit with Bush in Maine that the system be moved."), kMar26, s("July")) == s("2007-07"));
    CHECK(valueOf(s("Bush will travel to Japan in July."), kMar26, s("July")) == s("2008-07"));
    CHECK(valueOf(s("The treaty expires in February, officials will say."), QDate(2008, 11, 2), s("February")) == s("2009-02"));
    CHECK(valueOf(s("The ministers met in February."), QDate(2008, 11, 2), s("February")) == s("2008-02"));
    CHECK(valueOf(s("Officials said the talks held on November 28 failed."), QDate(2008, 11, 2), s("November 28")) == s("2007-11-28"));
    CHECK(valueOf(s("Bush will visit Moscow on January 12."), QDate(2008, 11, 2), s("January 12")) == s("2009-01-12"));
}

TEST_CASE("timex: narrative anchoring", "[timex]")
{
    const QString text = s("On June 6, 2007, Putin offered the Gabala radar. The next day he suggested Iraq. "
                           "Two days later the summit ended. The leaders met again a week later.");
    const QVector<summit::Timex> all = tagText(text, QDate(2009, 3, 1));
    REQUIRE(all.size() == 4);
    CHECK(all[0].value == s("2007-06-06"));
    CHECK(all[0].anchor == s("absolute"));
    CHECK(all[1].text == s("The next day"));
    CHECK(all[1].value == s("2007-06-07"));
    CHECK(all[1].anchor == s("narrative"));
    CHECK(all[2].text == s("Two days later"));
    CHECK(all[2].value == s("2007-06-09"));
    CHECK(all[3].text == s("a week later"));
    CHECK(all[3].value == s("2007-W24"));
}

TEST_CASE("timex: false positives are rejected", "[timex]")
{
    CHECK(tagText(s("Bush may visit Moscow, and protesters march on the embassy."), kMar18).isEmpty());
    CHECK(tagText(s("May I ask a question? March on, the crowd shouted."), kMar18).isEmpty());
    CHECK(tagText(s("Theresa May spoke to reporters."), kMar18).isEmpty());
    CHECK(tagText(s("The first 2+2 talks brought 1,000 troops and 2000 soldiers."), kMar18).isEmpty());
    CHECK(tagText(s("It was their 28th and final meeting as heads of state."), kMar18).isEmpty());
    CHECK(tagText(s("The radar covers 3,500 km and costs $2008 million; 1500 people came."), kMar18).isEmpty());
    CHECK(tagText(s("A seven-year relationship ended in the Sunday Times report of the G8."), kMar18).isEmpty());
    CHECK(tagText(s("The missile system would spring into action; prices fall."), kMar18).isEmpty());
}

TEST_CASE("timex: spans, sentences and extents", "[timex]")
{
    const QString text = s("Talks ended. Bush will visit Sochi on April 5, Hadley said.");
    const QVector<summit::Timex> all = tagText(text, kMar26);
    REQUIRE(all.size() == 1);
    CHECK(all[0].span.start == int(text.indexOf(s("April 5"))));
    CHECK(all[0].span.length() == 7);
    CHECK(all[0].sentence == 1);
    CHECK(all[0].rule == s("month-day"));
    CHECK(all[0].anchor == s("published"));
    CHECK(all[0].confidence > 0.5);
    CHECK(all[0].begin == QDate(2008, 4, 5));
    CHECK(all[0].end == QDate(2008, 4, 5));
    const summit::Timex m = timexFor(s("Rice arrived next month."), kMar26, s("next month"));
    CHECK(m.begin == QDate(2008, 4, 1));
    CHECK(m.end == QDate(2008, 4, 30));
}

TEST_CASE("timex: without a document date only explicit years survive", "[timex]")
{
    const QVector<summit::Timex> all = tagText(s("In July 2007 they met. It rained. On Monday and on April 5, talks went on last night."), QDate());
    REQUIRE(all.size() == 1);
    CHECK(all[0].value == s("2007-07"));
}

TEST_CASE("timex: an explicit year places the dates that follow it in the passage", "[timex]")
{
    // Even without a document date: the year is in the text.
    const QString text = s("In 2001, the two leaders met in June and again on Nov. 13.");
    CHECK(timexFor(text, QDate(), s("June")).value == s("2001-06"));
    CHECK(timexFor(text, QDate(), s("Nov. 13")).value == s("2001-11-13"));
    CHECK(timexFor(text, QDate(), s("Nov. 13")).anchor == s("narrative"));
    // A year that only names a thing ("the 1991 treaty") sets no scene, and a look ahead from a
    // past year keeps the document's own year.
    CHECK(timexFor(s("The 1991 treaty expired on Dec. 5."), QDate(2009, 12, 23), s("Dec. 5")).value == s("2009-12-05"));
    CHECK(timexFor(s("Signed in 1991, the treaty expires on Dec. 5."), QDate(2009, 11, 2), s("Dec. 5")).value
          == s("2009-12-05"));
    // The scene lasts into the next sentence of the paragraph, not beyond.
    CHECK(timexFor(s("Bush first met Putin in June 2001. They met again in November."), QDate(2008, 4, 1), s("November"))
              .value
          == s("2001-11"));
}

TEST_CASE("timex: a broken rule file is refused", "[timex]")
{
    QJsonObject bad;
    bad.insert(QStringLiteral("rules"), QJsonArray());
    CHECK_THROWS_AS(summit::TimexTagger(bad), std::invalid_argument);
}

TEST_CASE("a month of last or next year is in that year", "[timex]")
{
    const QDate pub(2009, 5, 6);
    const QString text = QStringLiteral("The sides signed a deal in February last year, another in April of last "
                                        "year, and plan a third in June of next year.");
    QString found;
    for (const summit::Timex &t : tagText(text, pub))
        found += t.text + QStringLiteral(" = ") + t.value + QStringLiteral(" (") + t.rule + QStringLiteral("); ");
    INFO(found.toStdString());
    CHECK(valueOf(text, pub, QStringLiteral("February last year")) == QLatin1String("2008-02"));
    CHECK(valueOf(text, pub, QStringLiteral("April of last year")) == QLatin1String("2008-04"));
    CHECK(valueOf(text, pub, QStringLiteral("June of next year")) == QLatin1String("2010-06"));
}
