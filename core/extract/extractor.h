#pragma once

#include "extract/entities/entity_tagger.h"
#include "extract/events/event_linker.h"
#include "extract/knowledge.h"
#include "extract/quotes/quote_finder.h"
#include "model/extraction.h"

namespace summit {

/// Runs every extractor (dates, entities, quotes, events) over one article, with the rules and
/// knowledge it was given. Thread-safe: everything is built in the constructor and only read
/// afterwards, so one Extractor serves every worker thread.
class Extractor final
{
public:
    /// Builds the extractors over knowledge (Knowledge::bundled() for the bundled files). The
    /// Extractor keeps its own reference to every table it reads.
    explicit Extractor(Knowledge knowledge);
    Q_DISABLE_COPY_MOVE(Extractor)

    Extraction run(const ArticleText &article) const;

    /// Per-stage wall time in nanoseconds, accumulated when timing is enabled (benchmarks).
    struct StageTimes
    {
        qint64 dates = 0, entities = 0, quotes = 0, events = 0;
    };
    Extraction run(const ArticleText &article, StageTimes *times) const;

    const Knowledge &knowledge() const { return m_knowledge; }
    const EntityTagger &entities() const { return m_entities; }
    const QuoteFinder &quotes() const { return m_quotes; }
    const EventLinker &events() const { return m_events; }

private:
    const Knowledge m_knowledge;
    const EntityTagger m_entities;
    const QuoteFinder m_quotes;
    const EventLinker m_events;
};

} // namespace summit
