#pragma once

#include "extract/text/phrase_matcher.h"
#include "extract/events/catalog_event.h"

namespace summit {

/// An event alias found in a sentence. Several events may share it ("G8 summit"); the linker
/// picks among them with the sentence's dates and places.
struct AliasHit
{
    QVector<int> events; ///< indexes into the catalog
    QString alias;       ///< the catalog's spelling
    int firstToken = 0;
    int endToken = 0;
};

/// A cue set (of an event, or of one of its claims) satisfied by a sentence.
struct CueHit
{
    int event = -1;
    int claim = -1;      ///< index into the event's claims, -1 for the event's own cues
    QString label;       ///< matched words joined by '+', as written: "START-1+expire"
    int firstToken = 0;  ///< first matched term
    int endToken = 0;    ///< one past the last matched term
    QVector<QPair<int, int>> terms; ///< token ranges of the matched terms
};

struct SentenceHits
{
    QVector<AliasHit> aliases;
    QVector<CueHit> cues;   ///< event cue sets, and series names next to a happening word
    QVector<CueHit> kinds;  ///< a word of the event's happening (summit, talks, inaugurated)
    QVector<CueHit> claims; ///< claim cue sets
};

/// Aliases and cue terms of every catalog event compiled into two tries, so one walk over a
/// sentence finds them all.
class EventCueIndex final
{
public:
    /// happeningWords: the linking rules' words of each happening kind. Each event gets a cue
    /// set of its happening's words (reported in SentenceHits::kinds) and, when it belongs
    /// to a series, one of a series name plus a happening word (reported as a cue).
    EventCueIndex(const QVector<CatalogEvent> &events,
                  const QHash<QString, QStringList> &happeningWords = {});

    SentenceHits scan(const QString &text, const QVector<WordToken> &tokens, int first,
                      int end) const;

private:
    struct AliasEntry
    {
        int event;
        QString alias;
    };
    struct CompiledSet
    {
        int event;
        int claim;
        QVector<QVector<int>> groups; ///< term ids
    };

    int termId(const QString &term);
    static constexpr int kKindSet = -2; ///< CompiledSet::claim of a happening-word set
    void compile(const CueSet &set, int event, int claim);

    PhraseMatcher m_aliases; ///< payload: index into m_aliasEntries
    QVector<AliasEntry> m_aliasEntries;
    PhraseMatcher m_terms; ///< payload: term id
    QHash<QString, int> m_termIds;
    QVector<CompiledSet> m_sets;
};

} // namespace summit
