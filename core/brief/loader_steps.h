#pragma once

// Steps of loadBriefContent, split by what they select. Internal to core/brief. Every step
// reads through library::Library, the API the app reads through, so the briefing prints what
// the app shows.

#include "brief/brief_content.h"
#include "brief/brief_knowledge.h"
#include "library/library.h"

#include <QSet>

namespace summit::brief {

/// How much each section shows: enough to brief, short enough to read.
struct SelectionLimits
{
    int sentencesPerEvent = 3;
    int sentencesPerArticle = 2; ///< so one long article does not crowd out the others
    int quotesPerEvent = 3;
    int mainTopics = 4;
    int summaryQuoteChars = 220; ///< a summary cell prefers a quotation no longer than this
};

/// The quotations a briefing may print, with what the selection needs to know of each.
struct ScopedQuote
{
    library::QuoteRecord record;
    QStringList topics; ///< topics the quotation speaks to (Library::quoteTopics)
    SideDirectory::Side side = SideDirectory::Side::Unknown;
    QString role;
};

/// A reporter's sentence stating what a side holds on a topic: it names the topic and one of
/// the side's people, and holds no quotation (a quotation speaks for itself).
struct ScopedStatement
{
    library::TopicSentence sentence;
    QVector<SideDirectory::Side> sides; ///< the sides of the people it names
};

/// Events overlapping the request's dates (LibraryFilter's rule) and matching its slugs or
/// topics, in date order, with reports, mentions and sources as Library counts them.
QVector<EventBrief> scopedEvents(const library::Library &library, const BriefRequest &request);

/// Articles that report an event in scope as news.
QSet<qint64> reportingArticles(const library::Library &library, const QVector<EventBrief> &events);

/// Quotations of the scope: attributed to an event in scope, or in an article reporting one.
QVector<ScopedQuote> scopedQuotes(const library::Library &library, const QVector<EventBrief> &events,
                                  const QSet<qint64> &articles, const SideDirectory &sides);

/// Statements of the scope: sentences of the reporting articles naming a topic and a side.
QVector<ScopedStatement> scopedStatements(const library::Library &library, const QSet<qint64> &articles,
                                          const SideDirectory &sides);

/// Fills what happened, key quotes, outlets and framings of each event.
void fillEventSources(const library::Library &library, QVector<EventBrief> &events,
                      const QVector<ScopedQuote> &quotes, const SelectionLimits &limits);

/// Attaches notes to the events in scope they are about.
void fillDiscrepancies(const library::Library &library, QVector<EventBrief> &events);

/// Each side's strongest quotation on the main topics of the scope.
QVector<TopicBrief> topicPositions(const BriefRequest &request, const QVector<ScopedQuote> &quotes,
                                   const QVector<ScopedStatement> &statements, const SelectionLimits &limits);

/// The starred and noted items in scope (events in scope, quotations of the scope, articles
/// reporting an event in scope), oldest first, as Library::annotatedItems lists them.
QVector<AnalystItem> analystItems(const library::Library &library, const QVector<EventBrief> &events,
                                  const QVector<ScopedQuote> &quotes, const QSet<qint64> &reporting);

/// True when the words read as a sentence of narration: they open with a capital or a digit,
/// and their quotation marks pair up (no fragment cut from inside a quotation).
bool isNarration(const QString &sentence);

} // namespace summit::brief
