#pragma once

#include "extract/events/article_facts.h"
#include "extract/events/catalog_event.h"
#include "extract/events/lead_happening.h"
#include "extract/events/linking_rules.h"

#include <optional>

namespace summit {

class PlaceGazetteer;
class PeopleDirectory;

/// Picks the catalog event an article reports: its reference date (dateline date, else
/// publication date) must fall from daysBeforeStart before the event to daysAfterEnd after it,
/// and either the dateline place fits the event's place or a sentence names the event.
/// namedCount[e] is the number of sentences naming event e by alias or cue. Returns -1 if none.
/// The lead's happening vetoes an event of another kind (a call is not the election it
/// congratulates on; a plan is not the trip) unless the event's dates hold the reported date.
/// An event named only in the body (not in the lead, not twice) is background, not the news.
int findReportedEvent(const ArticleFacts &facts, const QVector<CatalogEvent> &events,
                      const QVector<int> &namedCount, const QVector<bool> &namedInLead,
                      const LinkingRules &rules,
                      const PlaceGazetteer &places, const LeadHappening &lead);

/// The date an article reports: the most frequent day-precise date of its sentences within
/// lookbackDays before the reference date (ties go to the latest), else the reference date.
QDate reportedDate(const ArticleFacts &facts, const LinkingRules &rules);

/// An event for an article whose report matches no catalog event, so that it still shows on
/// the timeline: place from the dateline (or the most-named place), date from reportedDate().
/// people may be null (then the actor lane is "multilateral").
std::optional<ExtractedEvent> extractEvent(const ArticleFacts &facts, const LinkingRules &rules,
                                           const PlaceGazetteer &places,
                                           const PeopleDirectory *people,
                                           const LeadHappening &lead);

/// The extracted event seen as a catalog event, so sentences can be scored against it; its
/// topics are every topic the article names.
CatalogEvent asCatalogEvent(const ExtractedEvent &event, const ArticleFacts &facts);

} // namespace summit
