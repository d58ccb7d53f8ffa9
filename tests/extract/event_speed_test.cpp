#include "event_fixture.h"
#include "bundled_extractor.h"

#include <ctime>
#include <catch2/catch.hpp>
#include <iostream>

using namespace summit;

// A benchmark, not a timed test (timings are noisy on shared machines): hidden from the
// default run, it prints CPU time per 5 KB against the 0.3 ms budget. Run it with
// `test_extract "[.bench]"`. Timexes are computed once outside the loop (they belong to the
// timex tagger's own budget).
TEST_CASE("tagging and linking speed", "[events][.bench]")
{
    QVector<test::Analysis> seeds;
    qint64 chars = 0;
    for (const QString &path : test::seedFiles()) {
        const QString name = path.section(QLatin1Char('/'), -1);
        seeds.append(test::analyze(test::seedArticle(name.left(3))));
        chars += seeds.last().article.text.size();
    }
    REQUIRE(chars > 0);
    const EntityTagger &tagger = test::bundledExtractor().entities();
    const EventLinker &linker = test::bundledExtractor().events();
    const int rounds = 200;
    qsizetype sink = 0;
    // Thread CPU time: the build machine is shared, and wall time would measure the others.
    timespec begin{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &begin);
    for (int r = 0; r < rounds; ++r)
        for (const test::Analysis &a : std::as_const(seeds)) {
            const QVector<Mention> mentions = tagger.tag(a.article);
            sink += linker.link(a.article, a.timexes, mentions).links.size() + mentions.size();
        }
    timespec finish{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &finish);
    const double ms = double(finish.tv_sec - begin.tv_sec) * 1e3 + double(finish.tv_nsec - begin.tv_nsec) / 1e6;
    const double perFiveKb = ms / (double(chars) * rounds / 5120.0);
    // Where the time goes, for the report: tagging alone, then linking alone.
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &begin);
    for (int r = 0; r < rounds; ++r)
        for (const test::Analysis &a : std::as_const(seeds))
            sink += tagger.tag(a.article).size();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &finish);
    const double tagMs = double(finish.tv_sec - begin.tv_sec) * 1e3 + double(finish.tv_nsec - begin.tv_nsec) / 1e6;
    std::cout << "  of which tagging: " << tagMs / (double(chars) * rounds / 5120.0) << " ms per 5 KB\n";
    std::cout << "entity+event speed: " << perFiveKb << " ms CPU per 5 KB (" << chars
              << " chars in " << seeds.size() << " seeds, " << sink << " items)\n";
    std::cout << "budget 0.3 ms: " << (perFiveKb < 0.3 ? "within" : "over") << "\n";
    CHECK(sink > 0);
}
