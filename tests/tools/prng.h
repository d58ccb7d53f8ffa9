#pragma once

#include <QtGlobal>

namespace summit::gen {

/// SplitMix64: tiny, fast and fully specified, so the same seed gives the same corpus on every
/// machine and standard library (std::uniform_*_distribution is implementation-defined).
class Prng final
{
public:
    explicit Prng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, n); the modulo bias is far below anything a corpus could show.
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    /// Uniform in [lo, hi], both ends included.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    /// True with probability num/den.
    bool chance(int num, int den) { return below(den) < num; }

    template <typename List>
    const auto &pick(const List &list)
    {
        return list.at(below(int(list.size())));
    }

    /// Index into weights, chosen in proportion to them.
    template <typename Weights>
    int weighted(const Weights &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

    /// An independent stream for item `index`, so article k does not depend on how many
    /// articles come before it (a run with N=10 is a prefix of a run with N=1000).
    static Prng forItem(quint64 seed, quint64 index)
    {
        Prng mixer(seed ^ (0xD1B54A32D192ED03ULL * (index + 1)));
        mixer.next();
        return Prng(mixer.next());
    }

private:
    quint64 m_state;
};

} // namespace summit::gen
