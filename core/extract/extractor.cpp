#include "extract/extractor.h"

#include "extract/entities/entity_tagger.h"
#include "extract/events/event_linker.h"
#include "extract/quotes/quote_finder.h"
#include "extract/sources/text_signature.h"
#include "extract/timex/timex_tagger.h"

#include <QElapsedTimer>

namespace summit {

namespace {
// Loaded on first use; each is immutable afterwards, so worker threads share them.
const TimexTagger &timexTagger()
{
    static const TimexTagger tagger = TimexTagger::fromResource();
    return tagger;
}

class StageClock
{
public:
    explicit StageClock(qint64 *sink) : m_sink(sink)
    {
        if (m_sink)
            m_timer.start();
    }
    ~StageClock()
    {
        if (m_sink)
            *m_sink += m_timer.nsecsElapsed();
    }

private:
    qint64 *m_sink;
    QElapsedTimer m_timer;
};
} // namespace

Extractor::Extractor()
{
    // Load every rule file now, on the constructing thread, so errors surface at start-up.
    timexTagger();
    EntityTagger::bundled();
    QuoteFinder::bundled();
    EventLinker::bundled();
}

const Extractor &Extractor::bundled()
{
    static const Extractor instance;
    return instance;
}

Extraction Extractor::run(const ArticleText &article) const
{
    return run(article, nullptr);
}

Extraction Extractor::run(const ArticleText &article, StageTimes *times) const
{
    Extraction x;
    {
        StageClock clock(times ? &times->dates : nullptr);
        x.timexes = timexTagger().tag(article);
    }
    {
        StageClock clock(times ? &times->entities : nullptr);
        x.mentions = EntityTagger::bundled().tag(article);
    }
    {
        StageClock clock(times ? &times->quotes : nullptr);
        x.quotes = QuoteFinder::bundled().find(article);
    }
    {
        StageClock clock(times ? &times->events : nullptr);
        EventLinking linking = EventLinker::bundled().link(article, x.timexes, x.mentions);
        x.links = std::move(linking.links);
        x.newEvent = std::move(linking.newEvent);
        x.notes = std::move(linking.notes);
        x.reportedEventSlug = linking.reportedSlug;
        x.reportEvidence = std::move(linking.reportEvidence);
        x.signature = std::move(linking.signature);
        x.wire = wireCredit(article.dateline, article.text);
    }
    return x;
}

} // namespace summit
