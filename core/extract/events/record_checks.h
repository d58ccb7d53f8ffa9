#pragma once

#include "extract/events/article_facts.h"
#include "extract/events/event_evidence.h"

namespace summit {

class PlaceGazetteer;

/// Finds where an article disagrees with the catalog. The article's words are never changed:
/// each disagreement becomes a Note naming the rule and the record's value. Four rules, all
/// driven by catalog data, none by article text:
///  - "place-differs": an event named in a sentence is placed ("in Tokyo") somewhere that is
///    neither its place nor a container of it;
///  - "date-differs": a date attached to a named event misses the event's dates;
///  - "claim-elsewhere": a sentence ties a claim the catalog records at event F to the place or
///    date of another event, with nothing pointing at F;
///  - "dateline-outside-event": the dateline's date lies outside the event the article reports.
class RecordChecks final
{
public:
    RecordChecks(const LinkingRules &rules, const PlaceGazetteer &places,
                 const QVector<CatalogEvent> &events);

    /// aliases[s] are the resolved alias hits of sentence s; reported is the catalog index of
    /// the event the article reports, or -1.
    QVector<Note> check(const ArticleFacts &facts, const QVector<QVector<ResolvedAlias>> &aliases,
                        int reported) const;

private:
    void placeDiffers(const ArticleFacts &facts, const SentenceFacts &sentence,
                      const QVector<ResolvedAlias> &aliases, QVector<Note> &out) const;
    void dateDiffers(const ArticleFacts &facts, const SentenceFacts &sentence,
                     const QVector<ResolvedAlias> &aliases, QVector<Note> &out) const;
    void claimElsewhere(const ArticleFacts &facts, const SentenceFacts &sentence,
                        const QVector<ResolvedAlias> &aliases, QVector<Note> &out) const;
    void datelineOutside(const ArticleFacts &facts, int reported, QVector<Note> &out) const;

    /// True when tokens [from, to) are few enough and hold no clause break (nor, when
    /// stopAtEventNouns, another event noun), so a place or date there belongs to the words
    /// before it. Claims keep going past event nouns: "offered X during the talks in Y".
    bool attached(const ArticleFacts &facts, int from, int to, bool stopAtEventNouns = true) const;
    QString placeName(const QString &key) const;
    static QString dates(const CatalogEvent &event);

    const LinkingRules &m_rules;
    const PlaceGazetteer &m_places;
    const QVector<CatalogEvent> &m_events;
};

} // namespace summit
