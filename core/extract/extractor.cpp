#include "extract/extractor.h"

#include "extract/sources/text_signature.h"
#include "extract/timex/timex_tagger.h"

#include <QElapsedTimer>

namespace summit {

namespace {

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

Extractor::Extractor(Knowledge knowledge)
    : m_knowledge(std::move(knowledge)),
      m_entities(*m_knowledge.places, *m_knowledge.topics, m_knowledge.people.get()),
      m_quotes(*m_knowledge.people, *m_knowledge.quoteRules, *m_knowledge.places),
      m_events(*m_knowledge.catalog, *m_knowledge.places, *m_knowledge.linkingRules, m_knowledge.people.get())
{
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
        x.timexes = m_knowledge.dates->tag(article);
    }
    {
        StageClock clock(times ? &times->entities : nullptr);
        x.mentions = m_entities.tag(article);
    }
    {
        StageClock clock(times ? &times->quotes : nullptr);
        x.quotes = m_quotes.find(article);
    }
    {
        StageClock clock(times ? &times->events : nullptr);
        EventLinking linking = m_events.link(article, x.timexes, x.mentions);
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
