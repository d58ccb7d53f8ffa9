#pragma once

#include "model/text_span.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace summit {

/// A temporal expression normalised to a TIMEX3-style value.
/// value examples: 2008-04-05, 2008-04, 2008-SP, 2008, 2008-03-17TNI, 2008-07-07/2008-07-09.
struct Timex
{
    TextSpan span;
    int sentence = -1;
    QString text;
    QString value;
    QString granularity; ///< "day", "month", "season", "year", "range" or "time"
    QDate begin;         ///< first day covered (for fuzzy extents on the timeline)
    QDate end;           ///< last day covered, inclusive
    QString rule;        ///< the rule that fired, e.g. "weekday-past"
    QString anchor;      ///< what a relative value was anchored on ("published", "narrative", ...)
    double confidence = 0;
};

/// A quotation with its (possibly unknown) speaker.
/// A speaker the quote finder considered besides (or instead of) the one it chose.
struct SpeakerAlternative
{
    QString speaker;
    double confidence = 0;
};

struct Quote
{
    TextSpan span;        ///< the quoted words without quote marks; may span paragraphs
    QString text;         ///< the quoted words as stored (for multi-paragraph quotes: joined by "\n")
    int sentence = -1;    ///< sentence containing span.start
    int paragraph = -1;   ///< paragraph containing span.start
    QString speaker;      ///< canonical name, or empty when unknown (never guessed)
    QString speakerText;  ///< the words that named the speaker ("he", "a Kremlin source", ...)
    TextSpan speakerSpan; ///< where speakerText is; empty span when none
    QString rule;         ///< attribution rule that fired
    double confidence = 0;
    bool fragment = false; ///< one to three words
    QVector<SpeakerAlternative> alternatives; ///< other candidates, best first; never the speaker
};

/// A mention of a gazetteer entry (person, place or topic).
struct Mention
{
    TextSpan span;
    int sentence = -1;
    QString kind; ///< "person", "place", "topic"
    QString key;  ///< canonical key of the entry
    QString text;
};

/// Link between a sentence and a catalog (or extracted) event, with its evidence.
struct EventLink
{
    QString eventSlug;
    int sentence = -1;
    double score = 0;
    QStringList evidence; ///< e.g. "alias:farewell summit", "place:sochi", "date:2008-04-06"
};

/// An event created from an article that reports something not in the catalog.
struct ExtractedEvent
{
    QString slug;
    QString title;
    QString kind;
    QDate start;
    QDate end;
    QString granularity;
    QString place;
    double lat = 0;
    double lon = 0;
    bool hasCoordinates = false;
    QStringList participants;
    QString actor; ///< "us", "russia", "joint", "multilateral"
};

/// Where an article disagrees with the record: the article's words stay, the note explains.
struct Note
{
    TextSpan span;
    QString eventSlug;
    QString text;
    QString rule;
};

struct Extraction
{
    QVector<Timex> timexes;
    QVector<Quote> quotes;
    QVector<Mention> mentions;
    QVector<EventLink> links;
    std::optional<ExtractedEvent> newEvent;
    QVector<Note> notes;
    QString reportedEventSlug; ///< the event the article as a whole reports, or empty
    QStringList reportEvidence; ///< why the article reports it ("dateline:moscow", "kind:talks")
    QByteArray signature;       ///< MinHash of the text (TextSignature), for republished copies
    QString wire;               ///< wire agency credited by the article, if any
};

} // namespace summit
