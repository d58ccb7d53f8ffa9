#pragma once

// Steps of loadBriefContent, split by what they read. Internal to core/brief.

#include "brief/article_cache.h"
#include "brief/brief_knowledge.h"

namespace summit::brief {

/// How much each section shows: enough to brief, short enough to read.
struct SelectionLimits
{
    int sentencesPerEvent = 4;
    int sentencesPerArticle = 2; ///< so one long article does not crowd out the others
    int quotesPerEvent = 5;
    int statementsPerSide = 1; ///< the summary must fit on one page
    int mainTopics = 4;
};

/// Events overlapping the request's dates and matching its slugs/topics, in date order.
QVector<EventBrief> scopedEvents(Database &db, const BriefRequest &request);

/// Fills sentences, quotes, outlets and framings of each event from its links.
/// Returns, per article, the in-scope event it is most strongly linked to.
QHash<qint64, qint64> fillEventSources(Database &db, ArticleCache &cache, QVector<EventBrief> &events,
                                       const SelectionLimits &limits);

/// Attaches notes to events: a note's own event if in scope, else the article's main event.
void fillDiscrepancies(Database &db, ArticleCache &cache, QVector<EventBrief> &events,
                       const QHash<qint64, qint64> &mainEventOfArticle);

/// Each side's statements on the main topics of the articles in scope.
QVector<TopicBrief> topicPositions(Database &db, ArticleCache &cache, const BriefRequest &request,
                                   const QHash<qint64, qint64> &mainEventOfArticle,
                                   const SideDirectory &sides, const SelectionLimits &limits);

} // namespace summit::brief
