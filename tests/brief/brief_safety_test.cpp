// Article text is data, never markup; a failed write leaves nothing behind.

#include "brief/brief_error.h"
#include "brief_test_support.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::test;

namespace {

const QString kMarkup = QStringLiteral("Officials said <b>bold</b> words and <img src=\"file:///etc/hosts\"> and "
                                       "<a href=\"https://evil.example/\">click here</a> in the statement.");

// One event reported by one article whose title, outlet, URL, sentences and quote carry markup.
void fillMarkup(BriefFixture &f, const QString &markup)
{
    const qint64 e = f.addEvent(QStringLiteral("markup-event"), QStringLiteral("Talks"), QDate(2008, 1, 1),
                                QDate(2008, 1, 1));
    const qint64 a = f.addArticle(QStringLiteral("<i>Outlet</i>"), QStringLiteral("Title <u>with</u> tags"),
                                  QStringLiteral("javascript:alert(1)"), QDate(2008, 1, 2),
                                  QStringLiteral("Lede sentence here. ") + markup + QStringLiteral("\n\nHe said \u201c")
                                      + markup + QStringLiteral("\u201d to reporters."));
    f.link(e, a, QStringLiteral("Lede sentence"), 0.9);
    f.link(e, a, markup.left(20), 0.8);
    f.addQuote(a, markup, QStringLiteral("Official"), e);
}

} // namespace

TEST_CASE("markup in article text prints literally and changes nothing", "[brief]")
{
    BriefFixture f;
    fillMarkup(f, kMarkup);
    const QString path = f.dir() + QStringLiteral("/markup.pdf");
    const int pages = writeFixtureBriefing(f, {}, path);
    const PdfProbe pdf(path);
    const QString text = pdf.flatText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("<b>bold</b>")));
    CHECK(text.contains(QStringLiteral("<img src=\"file:///etc/hosts\">")));
    // A line may break after the "//" of the address (a break opportunity like any other), and
    // pdftotext reads that break as a space: compare without spaces.
    CHECK(QString(text).remove(u' ').contains(QStringLiteral("<ahref=\"https://evil.example/\">clickhere</a>")));
    CHECK(text.contains(QStringLiteral("Title <u>with</u> tags")));
    CHECK(text.contains(QStringLiteral("<i>Outlet</i>")));
    CHECK(pdf.imageCount == 0);

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(!bytes.contains("evil.example/)"));
    CHECK(!bytes.contains("/URI (javascript"));
    CHECK(!bytes.contains("/URI"));

    // The same text with the angle brackets swapped out lays out on as many pages.
    BriefFixture plain;
    QString harmless = kMarkup;
    harmless.replace(u'<', u'[').replace(u'>', u']');
    fillMarkup(plain, harmless);
    CHECK(writeFixtureBriefing(plain, {}, plain.dir() + QStringLiteral("/plain.pdf")) == pages);
}

TEST_CASE("an unwritable path gives an error naming it and leaves no file", "[brief]")
{
    BriefFixture f;
    f.fillSummits();

    // A directory that does not exist.
    const QString missing = f.dir() + QStringLiteral("/no/such/dir/brief.pdf");
    try {
        writeFixtureBriefing(f, {}, missing);
        FAIL("expected BriefError");
    } catch (const brief::BriefError &e) {
        CHECK(e.message().contains(missing));
    }
    CHECK(!QFile::exists(missing));

    // A "directory" that is a regular file (unwritable even for root).
    const QString blocker = f.dir() + QStringLiteral("/blocker");
    {
        QFile b(blocker);
        REQUIRE(b.open(QIODevice::WriteOnly));
        b.write("x");
    }
    const QString underFile = blocker + QStringLiteral("/brief.pdf");
    CHECK_THROWS_AS(writeFixtureBriefing(f, {}, underFile), brief::BriefError);
    CHECK(!QFile::exists(underFile));

    // Nothing half-written anywhere in the scratch directory: only the database files and the blocker.
    const QStringList left = QDir(f.dir()).entryList(QDir::Files);
    for (const QString &name : left)
        CHECK((name.startsWith(QStringLiteral("brief.db")) || name == u"blocker"));
}

TEST_CASE("rewriting an existing briefing replaces it whole", "[brief]")
{
    BriefFixture f;
    f.fillSummits();
    const QString path = f.dir() + QStringLiteral("/again.pdf");
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    writeFixtureBriefing(f, {}, path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
}

TEST_CASE("requests naming unknown events or with reversed dates are refused", "[brief]")
{
    BriefFixture f;
    f.fillSummits();
    brief::BriefRequest unknown;
    unknown.eventSlugs = {QStringLiteral("no-such-event")};
    CHECK_THROWS_WITH(writeFixtureBriefing(f, unknown, f.dir() + QStringLiteral("/x.pdf")),
                      Catch::Contains("no-such-event"));
    brief::BriefRequest reversed;
    reversed.from = QDate(2008, 5, 1);
    reversed.to = QDate(2008, 1, 1);
    CHECK_THROWS_AS(writeFixtureBriefing(f, reversed, f.dir() + QStringLiteral("/x.pdf")), brief::BriefError);
    CHECK(!QFile::exists(f.dir() + QStringLiteral("/x.pdf")));
}
