// Hidden benchmark: `test_brief "[.bench]"`. Prints figures for docs/PERFORMANCE.md.

#include "brief/brief_loader.h"
#include "brief/briefing.h"
#include "brief_test_support.h"
#include "ingest/bundled_corpus.h"
#include "store/statement.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <iostream>

using namespace summit;
using namespace summit::test;

namespace {

struct Timing
{
    qint64 loadMs = 0;
    qint64 totalMs = 0;
    int pages = 0;
    qint64 bytes = 0;
};

Timing timeBriefing(Database &db, const brief::BriefRequest &request, const QString &path)
{
    Timing t;
    QElapsedTimer timer;
    timer.start();
    const brief::Briefing briefing(brief::loadBriefContent(db, request));
    t.loadMs = timer.elapsed();
    t.pages = brief::writeBriefing(briefing, path);
    t.totalMs = timer.elapsed();
    t.bytes = QFileInfo(path).size();
    return t;
}

void print(const char *what, const Timing &t)
{
    std::cout << what << ": load " << t.loadMs << " ms, load+layout+paint+write " << t.totalMs << " ms, " << t.pages
              << " pages, " << t.bytes / 1024 << " KiB" << std::endl;
}

// n events over 2001-2009, each reported by two outlets with three linked sentences, two quotes
// and topic and person mentions per article.
void fillSynthetic(BriefFixture &f, int n)
{
    Transaction tx(f.db());
    const QStringList topics = {QStringLiteral("missile-defense"), QStringLiteral("nato-enlargement"),
                                QStringLiteral("start-arms-control"), QStringLiteral("iran")};
    for (int i = 0; i < n; ++i) {
        const QDate start = QDate(2001, 1, 1).addDays(i * 3);
        const QString topic = topics[i % topics.size()];
        const qint64 e = f.addEvent(QStringLiteral("event-%1").arg(i), QStringLiteral("Meeting number %1 on %2").arg(i).arg(topic),
                                    start, start.addDays(i % 3), QStringLiteral("Capital %1").arg(i % 17),
                                    {QStringLiteral("George W. Bush"), QStringLiteral("Vladimir Putin")}, {topic},
                                    QStringLiteral("Officials met for round %1 of talks.").arg(i));
        for (int side = 0; side < 2; ++side) {
            const QString speaker = side == 0 ? QStringLiteral("George W. Bush") : QStringLiteral("Vladimir Putin");
            const QString text = QStringLiteral(
                "Leaders met on day %1 to discuss missile defense and other issues. The talks lasted four hours. "
                "Officials described the mood as businesslike.\n\n\u201cWe made progress on item %1 today,\u201d "
                "%2 said. \u201cThere is still a lot of work on missile defense,\u201d he added. Aides said "
                "another round would follow.")
                                     .arg(i)
                                     .arg(speaker);
            const qint64 a = f.addArticle(side == 0 ? QStringLiteral("Wire %1").arg(i % 7) : QStringLiteral("Agency %1").arg(i % 5),
                                          QStringLiteral("Report %1-%2").arg(i).arg(side),
                                          QStringLiteral("https://example.org/%1/%2").arg(i).arg(side), start.addDays(1), text);
            f.link(e, a, QStringLiteral("Leaders met on day"), 0.9);
            f.link(e, a, QStringLiteral("The talks lasted"), 0.7);
            f.link(e, a, QStringLiteral("Officials described"), 0.5);
            f.addQuote(a, QStringLiteral("We made progress on item %1 today,").arg(i), speaker, e);
            f.addQuote(a, QStringLiteral("There is still a lot of work on missile defense,"), speaker, e, 0.8);
            f.addMention(a, QStringLiteral("topic"), topic, QStringLiteral("missile defense and other"));
            f.addMention(a, QStringLiteral("topic"), topic, QStringLiteral("work on missile defense"));
        }
    }
    tx.commit();
}

} // namespace

TEST_CASE("briefing speed: bundled corpus and 1,000 events", "[.bench]")
{
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("corpus.db")));
        initialiseDatabase(db);
        brief::BriefRequest all;
        timeBriefing(db, all, dir.filePath(QStringLiteral("warm.pdf"))); // fonts, resources
        const Timing t = timeBriefing(db, all, dir.filePath(QStringLiteral("corpus.pdf")));
        print("bundled corpus, all events", t);
        std::cout << "  target <= 0.5 s: " << (t.totalMs <= 500 ? "met" : "missed") << std::endl;
        CHECK(t.pages <= 8);
    }
    {
        BriefFixture f;
        QElapsedTimer fill;
        fill.start();
        fillSynthetic(f, 1000);
        std::cout << "synthetic database: 1000 events, 2000 articles, 4000 quotes (filled in " << fill.elapsed()
                  << " ms)" << std::endl;
        const Timing t = timeBriefing(f.db(), {}, f.dir() + QStringLiteral("/thousand.pdf"));
        print("1,000 events", t);
        std::cout << "  target <= 5 s: " << (t.totalMs <= 5000 ? "met" : "missed") << std::endl;
        const PdfProbe pdf(f.dir() + QStringLiteral("/thousand.pdf"));
        CHECK(pdf.pages() == t.pages);
        checkCitationsMatchAppendix(BriefText(pdf.text));
    }
}
