#pragma once

#include "model/extraction.h"

namespace summit {

/// Runs every extractor (dates, entities, quotes, events) over one article. Thread-safe: the
/// rule and gazetteer files are loaded once and only read afterwards.
class Extractor final
{
public:
    static const Extractor &bundled();
    Extraction run(const ArticleText &article) const;

    /// Per-stage wall time in nanoseconds, accumulated when timing is enabled (benchmarks).
    struct StageTimes
    {
        qint64 dates = 0, entities = 0, quotes = 0, events = 0;
    };
    Extraction run(const ArticleText &article, StageTimes *times) const;

private:
    Extractor();
};

} // namespace summit
