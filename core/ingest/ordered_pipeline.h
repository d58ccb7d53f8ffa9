#pragma once

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace summit {

/// Computes produce(0) .. produce(count - 1) on worker threads and hands the results to one
/// consumer strictly in index order, with at most `window` results prepared ahead of it.
///
/// Why not chunks: preparing a chunk of files, then writing it while the next chunk is prepared,
/// leaves both cores idle at every chunk boundary (the last file of a chunk holds up the rest,
/// and the writer waits for a whole chunk). Here every worker takes the next index as soon as it
/// is free, so the workers stay busy while the writer drains results in order, and the window
/// bounds memory however large the folder is.
///
/// produce must not throw (the importer turns failures into results). Destroying the pipeline,
/// or calling stop(), makes the workers finish the item they hold and exit; no result is lost
/// that take() has returned.
template <typename Result>
class OrderedPipeline final
{
public:
    using Produce = std::function<Result(int index)>;

    OrderedPipeline(int count, int workers, int window, Produce produce)
        : m_count(count), m_window(std::max(1, window)), m_slots(size_t(m_window)), m_produce(std::move(produce))
    {
        const int threads = std::max(1, std::min(workers, count));
        for (int t = 0; t < threads && count > 0; ++t)
            m_threads.emplace_back([this] { work(); });
    }

    ~OrderedPipeline()
    {
        stop();
        for (std::thread &t : m_threads)
            t.join();
    }

    OrderedPipeline(const OrderedPipeline &) = delete;
    OrderedPipeline &operator=(const OrderedPipeline &) = delete;

    /// The result for the next index, waiting until a worker has produced it. Call it at most
    /// `count` times.
    Result take()
    {
        std::unique_lock lock(m_mutex);
        std::optional<Result> &slot = m_slots[size_t(m_taken % m_window)];
        m_ready.wait(lock, [&] { return slot.has_value(); });
        Result r = std::move(*slot);
        slot.reset();
        ++m_taken;
        lock.unlock();
        m_free.notify_all();
        return r;
    }

    /// Workers take no new index after this.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_free.notify_all();
    }

private:
    void work()
    {
        for (;;) {
            int index = 0;
            {
                std::unique_lock lock(m_mutex);
                m_free.wait(lock, [&] { return m_stopped || m_next >= m_count || m_next < m_taken + m_window; });
                if (m_stopped || m_next >= m_count)
                    return;
                index = m_next++;
            }
            Result r = m_produce(index);
            {
                std::lock_guard lock(m_mutex);
                m_slots[size_t(index % m_window)] = std::move(r);
            }
            m_ready.notify_one();
        }
    }

    const int m_count;
    const int m_window;
    std::vector<std::optional<Result>> m_slots; ///< index % window; guarded by m_mutex
    Produce m_produce;
    std::mutex m_mutex;
    std::condition_variable m_ready; ///< a slot was filled
    std::condition_variable m_free;  ///< a slot was emptied, or stop()
    int m_next = 0;                  ///< next index to hand to a worker
    int m_taken = 0;                 ///< results handed to the consumer
    bool m_stopped = false;
    std::vector<std::thread> m_threads; ///< last member: started after the state above exists
};

} // namespace summit
