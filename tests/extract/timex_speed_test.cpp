// Prints how long the tagger takes on a ~5 KB article; it does not assert on time (machines
// differ), only that the work was real.

#include "timex_fixture.h"
#include "test_paths.h"

#include "ingest/prepared_article.h"

#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

TEST_CASE("timex: speed on a 5 KB article", "[.bench][timex][speed]")
{
    // Two seeds glued together give a realistic mix of prose and expressions.
    const QStringList seeds = summit::test::seedFiles();
    REQUIRE(seeds.size() >= 5);
    summit::ImportOverrides o;
    o.published = QDate(2008, 3, 26);
    QString text = summit::readArticleFile(seeds[0], o).text.text + QStringLiteral("\n\n")
                   + summit::readArticleFile(seeds[4], o).text.text;
    while (text.size() < 5000)
        text += QStringLiteral("\n\n") + summit::readArticleFile(seeds[2], o).text.text;
    text.truncate(5120);
    const summit::ArticleText article = summit::test::articleOf(text, o.published);
    const summit::TimexTagger &tagger = summit::test::bundledTagger();

    int found = 0;
    for (int i = 0; i < 20; ++i) // warm up
        found = int(tagger.tag(article).size());
    const int runs = 2000;
    // CPU time of this thread as well as wall time: on a loaded build machine the wall clock
    // mostly measures waiting for a core.
    auto cpuNow = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuNow();
    qsizetype total = 0;
    for (int i = 0; i < runs; ++i)
        total += tagger.tag(article).size();
    const double cpuMs = (cpuNow() - cpuStart) / runs;
    const double wallMs = double(timer.nsecsElapsed()) / 1e6 / runs;
    std::printf("timex speed: %.4f ms CPU (%.4f ms wall) per %lld-char article (%d expressions), "
                "%.0f articles/s per core\n",
                cpuMs, wallMs, static_cast<long long>(text.size()), found, 1000.0 / cpuMs);
    std::fflush(stdout);
    CHECK(found >= 10);
    CHECK(total == qsizetype(found) * runs);
}
