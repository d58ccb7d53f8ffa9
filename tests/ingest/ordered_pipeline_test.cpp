// The importer's work queue: results come back in index order whatever order the workers finish
// in, no more than the window is prepared ahead, and stopping early neither hangs nor leaks.

#include "ingest/ordered_pipeline.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <atomic>
#include <chrono>
#include <thread>

using namespace summit;

TEST_CASE("Results come back in index order from several workers", "[ingest][pipeline]")
{
    const int count = 300;
    std::atomic_int produced = 0;
    OrderedPipeline<int> pipeline(count, 3, 16, [&](int i) {
        // Uneven work, so later indexes often finish before earlier ones.
        std::this_thread::sleep_for(std::chrono::microseconds(QRandomGenerator::global()->bounded(300)));
        ++produced;
        return i * 7;
    });
    for (int i = 0; i < count; ++i)
        REQUIRE(pipeline.take() == i * 7);
    CHECK(produced == count);
}

TEST_CASE("Workers never run further ahead than the window", "[ingest][pipeline]")
{
    const int window = 5;
    std::atomic_int started = 0;
    std::atomic_int taken = 0;
    std::atomic_int worstLead = 0;
    OrderedPipeline<int> pipeline(100, 4, window, [&](int i) {
        const int lead = ++started - taken;
        int seen = worstLead;
        while (lead > seen && !worstLead.compare_exchange_weak(seen, lead)) {
        }
        return i;
    });
    for (int i = 0; i < 100; ++i) {
        std::this_thread::sleep_for(std::chrono::microseconds(200)); // a slow writer
        REQUIRE(pipeline.take() == i);
        ++taken;
    }
    // started counts the item in hand too, hence window + 1 at most.
    CHECK(worstLead <= window + 1);
    CHECK(worstLead >= 2); // the workers did run ahead: this is a pipeline, not a loop
}

TEST_CASE("Stopping early ends the workers without producing everything", "[ingest][pipeline]")
{
    std::atomic_int produced = 0;
    {
        OrderedPipeline<int> pipeline(10000, 2, 8, [&](int i) {
            ++produced;
            return i;
        });
        CHECK(pipeline.take() == 0);
        CHECK(pipeline.take() == 1);
        pipeline.stop();
    } // the destructor joins the workers
    CHECK(produced < 100);
}

TEST_CASE("An empty pipeline starts no work", "[ingest][pipeline]")
{
    std::atomic_int produced = 0;
    OrderedPipeline<int> pipeline(0, 2, 8, [&](int i) {
        ++produced;
        return i;
    });
    CHECK(produced == 0);
}
