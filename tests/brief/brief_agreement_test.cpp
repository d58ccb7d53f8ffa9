// The briefing agrees with itself: the summary with the body, the cover with the content, and
// no line printed on two pages. Read back from the PDF with poppler-utils.

#include "brief/brief_error.h"
#include "brief/brief_loader.h"
#include "brief/loader_steps.h"
#include "brief_test_support.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::test;

namespace {

QString pageText(const QString &path, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                          QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                          QString::number(page), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30'000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Both sides quoted on both topics, in articles reporting two events.
void fillBothSidesOnBothTopics(BriefFixture &f)
{
    const qint64 summit = f.addEvent(QStringLiteral("lakeside-2008"), QStringLiteral("Lakeside summit"), QDate(2008, 4, 5),
                                     QDate(2008, 4, 6), QStringLiteral("Lakeside"), {}, {QStringLiteral("missile-defense")});
    const qint64 talks = f.addEvent(QStringLiteral("riverside-2008"), QStringLiteral("Riverside talks"), QDate(2008, 3, 18),
                                    QDate(2008, 3, 18), QStringLiteral("Riverside"), {}, {QStringLiteral("nato-enlargement")});
    const qint64 a = f.addArticle(
        QStringLiteral("Harbor Wire"), QStringLiteral("Leaders meet at the lake"), QStringLiteral("https://example.org/a"),
        QDate(2008, 4, 6),
        QStringLiteral("LAKESIDE \u2014 The two presidents met at the lake on Sunday.\n\n"
                       "\u201cThe radar sites threaten nobody at all,\u201d Bush said about missile defense. "
                       "\u201cThe radar sites change the balance in Europe,\u201d Putin said about missile defense. "
                       "\u201cThe alliance is open to every democracy,\u201d Bush said of NATO. "
                       "\u201cThe bloc moving east is a direct threat,\u201d Putin said of NATO."));
    f.link(summit, a, QStringLiteral("The two presidents met"), 0.9);
    f.addQuote(a, QStringLiteral("The radar sites threaten nobody at all,"), QStringLiteral("George W. Bush"), summit);
    f.addQuote(a, QStringLiteral("The radar sites change the balance in Europe,"), QStringLiteral("Vladimir Putin"), summit);
    f.addQuote(a, QStringLiteral("The alliance is open to every democracy,"), QStringLiteral("George W. Bush"), summit);
    f.addQuote(a, QStringLiteral("The bloc moving east is a direct threat,"), QStringLiteral("Vladimir Putin"), summit);
    f.addMention(a, QStringLiteral("topic"), QStringLiteral("missile-defense"), QStringLiteral("threaten nobody at all,\u201d Bush said about missile defense"));
    f.addMention(a, QStringLiteral("topic"), QStringLiteral("missile-defense"), QStringLiteral("Putin said about missile defense"));
    f.addMention(a, QStringLiteral("topic"), QStringLiteral("nato-enlargement"), QStringLiteral("Bush said of NATO"));
    f.addMention(a, QStringLiteral("topic"), QStringLiteral("nato-enlargement"), QStringLiteral("Putin said of NATO"));
    const qint64 b = f.addArticle(QStringLiteral("Capital Press"), QStringLiteral("Talks by the river"),
                                  QStringLiteral("https://example.org/b"), QDate(2008, 3, 18),
                                  QStringLiteral("RIVERSIDE \u2014 Ministers held talks by the river on Tuesday."));
    f.link(talks, b, QStringLiteral("Ministers held talks"), 0.9);
}

} // namespace

TEST_CASE("the positions table agrees with the quotes the body prints", "[brief][agreement]")
{
    BriefFixture f;
    fillBothSidesOnBothTopics(f);
    // Reports: the fixture links articles; make them report their events as news.
    const brief::BriefContent content = brief::loadBriefContent(f.db(), {}, fixtureSides());
    REQUIRE(content.topics.size() == 2);
    for (const brief::TopicBrief &t : content.topics) {
        INFO(t.key.toStdString());
        CHECK(t.us.size() == 1);
        CHECK(t.russia.size() == 1);
        CHECK(t.usQuotes == 1);
        CHECK(t.russiaQuotes == 1);
    }
    const QString path = f.dir() + QStringLiteral("/agree.pdf");
    writeFixtureBriefing(f, {}, path);
    const QString text = flatten(PdfProbe(path).text);
    CHECK_FALSE(text.contains(QStringLiteral("No statement in the sources")));
    // Every quotation the body prints under an event is one the summary could cite.
    for (const brief::EventBrief &e : content.events)
        for (const brief::Excerpt &q : e.quotes)
            CHECK(text.contains(flatten(q.text)));
}

TEST_CASE("a side with no quotation on a topic reads No statement, and only then", "[brief][agreement]")
{
    BriefFixture f;
    f.fillSummits();
    const brief::BriefContent content = brief::loadBriefContent(f.db(), {}, fixtureSides());
    for (const brief::TopicBrief &t : content.topics) {
        INFO(t.key.toStdString());
        CHECK(t.us.isEmpty() == (t.usQuotes == 0 && t.usStatements == 0));
        CHECK(t.russia.isEmpty() == (t.russiaQuotes == 0 && t.russiaStatements == 0));
        // A quotation, when there is one, speaks before any reporter's sentence.
        if (t.usQuotes > 0)
            CHECK(t.us.front().kind == brief::Excerpt::Kind::Quote);
        if (t.russiaQuotes > 0)
            CHECK(t.russia.front().kind == brief::Excerpt::Kind::Quote);
    }
}

TEST_CASE("the cover's figures are the content's and the summary states the same", "[brief][agreement]")
{
    BriefFixture f;
    f.fillSummits();
    const brief::BriefContent content = brief::loadBriefContent(f.db(), {}, fixtureSides());
    const brief::BriefFigures &n = content.figures;
    CHECK(n.events == content.events.size());
    CHECK(n.reported == 3);  // the catalog-only G8 and NATO summits are not reported
    CHECK(n.articles == content.articles.size());
    QSet<QString> distinct; // a quotation in the summary and in its event's section counts once
    for (const brief::Excerpt &q : printedQuotes(content))
        distinct.insert(QString::number(q.articleId) + u':' + q.text);
    CHECK(n.quotes == distinct.size());
    const QString path = f.dir() + QStringLiteral("/cover.pdf");
    const int pages = writeFixtureBriefing(f, {}, path);
    REQUIRE(pages >= 2);
    const QString cover = flatten(pageText(path, 1));
    CHECK(cover.contains(QStringLiteral("%1 of %2").arg(n.reported).arg(n.events)));
    CHECK(cover.contains(QStringLiteral("Information as of 6 April 2008")));
    const QString summary = flatten(pageText(path, 2));
    const QString sentence = QStringLiteral("%1 events in scope, %2 reported as news.").arg(n.events).arg(n.reported);
    CHECK(cover.contains(sentence));
    CHECK(summary.contains(sentence));
    // Appendix entries equal the cited articles counted on the cover.
    CHECK(BriefText(PdfProbe(path).text).appendix.size() == n.articles);
}

TEST_CASE("no line is printed on two pages", "[brief][agreement]")
{
    BriefFixture f;
    f.fillSummits();
    const QString path = f.dir() + QStringLiteral("/pages.pdf");
    const int pages = writeFixtureBriefing(f, {}, path);
    REQUIRE(pages >= 3);
    for (int p = 2; p < pages; ++p) {
        QStringList foot = pageText(path, p).split(u'\n', Qt::SkipEmptyParts);
        QStringList head = pageText(path, p + 1).split(u'\n', Qt::SkipEmptyParts);
        // Drop the running header and footer (title, scope, page number).
        auto body = [](QStringList lines) {
            QStringList out;
            for (const QString &l : lines)
                if (!l.contains(QStringLiteral("Page ")) && !l.contains(QStringLiteral("Summitline briefing")))
                    out << l.simplified();
            return out;
        };
        foot = body(foot);
        head = body(head);
        REQUIRE(foot.size() >= 2);
        REQUIRE(head.size() >= 2);
        INFO("page " << p << ": " << foot.last().toStdString());
        CHECK(foot.last() != head.at(1));
        CHECK_FALSE(head.mid(0, 3).contains(foot.last()));
    }
}

TEST_CASE("an empty scope writes no file and says so", "[brief][agreement]")
{
    BriefFixture f;
    f.fillSummits();
    brief::BriefRequest none;
    none.from = QDate(1990, 1, 1);
    none.to = QDate(1990, 12, 31);
    const QString path = f.dir() + QStringLiteral("/none.pdf");
    try {
        writeFixtureBriefing(f, none, path);
        FAIL("expected BriefError");
    } catch (const brief::BriefError &e) {
        CHECK(e.kind() == brief::BriefError::Kind::EmptyScope);
        CHECK(e.message().contains(QStringLiteral("No event")));
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("an unknown event is a usage error", "[brief][agreement]")
{
    BriefFixture f;
    f.fillSummits();
    brief::BriefRequest request;
    request.eventSlugs = {QStringLiteral("no-such-event")};
    try {
        brief::loadBriefContent(f.db(), request, fixtureSides());
        FAIL("expected BriefError");
    } catch (const brief::BriefError &e) {
        CHECK(e.kind() == brief::BriefError::Kind::Usage);
    }
}

TEST_CASE("speakers carry the office they held on the article's date", "[brief]")
{
    const brief::SideDirectory &sides = brief::SideDirectory::bundled();
    CHECK(sides.roleOf(QStringLiteral("Dana Perino"), QDate(2008, 4, 6)) == QStringLiteral("White House Press Secretary"));
    CHECK(sides.roleOf(QStringLiteral("Vladimir Putin"), QDate(2008, 4, 6)) == QStringLiteral("President of Russia"));
    CHECK(sides.roleOf(QStringLiteral("Vladimir Putin"), QDate(2008, 6, 1)) == QStringLiteral("Prime Minister of Russia"));
    CHECK(sides.sideOf(QStringLiteral("Dana Perino")) == brief::SideDirectory::Side::Us);
    // Someone the gazetteer does not know is placed by the words that introduced them.
    CHECK(sides.sideOf(QStringLiteral("Ivan Q. Example"), QStringLiteral("Ivan Q. Example, a Kremlin aide"))
          == brief::SideDirectory::Side::Russia);
    CHECK(sides.roleOf(QStringLiteral("Ivan Q. Example"), QDate(2008, 4, 6), QStringLiteral("Ivan Q. Example, a Kremlin aide"))
          == QStringLiteral("Kremlin aide"));
    CHECK(sides.sideOf(QStringLiteral("Ivan Q. Example")) == brief::SideDirectory::Side::Unknown);
}

TEST_CASE("what happened prints narration, never a fragment of a quotation", "[brief]")
{
    CHECK(brief::isNarration(QStringLiteral("The two presidents met at the lake on Sunday.")));
    CHECK_FALSE(brief::isNarration(QStringLiteral("we will not accept it,\u201d he added.")));
    CHECK_FALSE(brief::isNarration(QStringLiteral("The bloc is a threat,\u201d Putin said.")));
    CHECK(brief::isNarration(QStringLiteral("\u201cIt is a threat,\u201d Putin said.")));
}
