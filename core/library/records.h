#pragma once

#include "library/annotations.h"
#include "model/extraction.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace summit::library {

/// One event of the catalog (or extracted from an article), with counts computed at query time.
struct EventRecord
{
    qint64 id = 0;
    QString slug;
    QString title;
    QString kind;        ///< summit | ministerial | announcement | milestone | ...
    QDate start;
    QDate end;           ///< inclusive
    QString granularity; ///< day | month | season | year | range
    QString place;
    QStringList participants;
    QString actor; ///< us | russia | joint | multilateral (may be empty)
    QStringList topics;
    QString summary;
    QString origin;
    int articleCount = 0;   ///< distinct articles linked through event_links (reports and mentions)
    QVector<qint64> articleIds; ///< those articles, and the reporting ones: a cluster counts their union
    int reportCount = 0;    ///< articles that report the event as news
    int mentionCount = 0;   ///< articles that only mention it
    int sourceCount = 0;    ///< independent sources among the reports (copies and one wire count once)
    QStringList sources;    ///< their names
    bool singleSource() const { return sourceCount == 1; }
    int quoteCount = 0;     ///< non-fragment quotes attributed to the event
    QStringList outlets;    ///< distinct outlets over event_links: the corroboration
    QStringList speakers;   ///< distinct speakers of the event's quotes
    QStringList quoteOutlets; ///< outlets of the event's quotes (for the outlet filter)
    std::optional<double> lat; ///< where it happened, when known
    std::optional<double> lon;
    int excerptCount = 0; ///< sentences linked to the event (event_links rows)
    // The user's own layer (schema v7).
    Annotation annotation;
    QString editedAt; ///< UTC ISO time of the user's last edit; empty = as catalog or extraction made it
    bool isUserMade() const { return origin == QLatin1String("user"); }
    bool isEditedByUser() const { return !editedAt.isEmpty() || isUserMade(); }
    AnnotationTarget target() const { return AnnotationTarget::event(slug); }

    /// True when the date is known only to a month, season or year: draw it as a fuzzy extent.
    bool isFuzzy() const;
    bool isRange() const { return end > start; }
};

/// A quotation with the article it comes from.
struct QuoteRecord
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 eventId = 0; ///< 0 when not attributed to an event
    QString eventTitle;
    int start = 0; ///< UTF-16 offsets into the article's clean text
    int end = 0;
    QString text;
    QString speaker; ///< canonical name, empty when unknown
    QString speakerText;
    bool fragment = false;
    double confidence = 0;
    QVector<SpeakerAlternative> alternatives; ///< other speakers the finder weighed, best first
    QString outlet;
    QString articleTitle;
    QDate published;
    QStringList topics; ///< the event's topics plus topic mentions in the article
    QString source;    ///< the article's file name
    QString eventSlug; ///< empty when not attributed to an event
    QString rule;      ///< the quote rule that found it
    // The user's own layer (schema v7).
    Annotation annotation;
    bool speakerByUser = false; ///< speaker set in speaker review
    QString foundSpeaker;       ///< what extraction said, when speakerByUser
    AnnotationTarget target() const { return AnnotationTarget::quote(articleId, start, end); }
};

/// An article as the reader shows it.
struct ArticleRecord
{
    qint64 id = 0;
    QString source;
    QString title;
    QString outlet;
    QString byline;
    QString dateline;
    QDate published;
    QString url;
    QString cleanText;
    QByteArray raw;
    QString encoding;
    QByteArray offsetMap;
};

/// The editable metadata of an article.
struct ArticleMetadata
{
    QString title;
    QString outlet;
    QDate published;
    friend bool operator==(const ArticleMetadata &, const ArticleMetadata &) = default;
};

/// A sentence that mentions an event.
struct ExcerptRecord
{
    qint64 articleId = 0;
    qint64 sentenceId = 0;
    int start = 0;
    int end = 0;
    QString text;
    double score = 0;
    QString outlet;
    QString articleTitle;
    QDate published;
    QStringList evidence;       ///< why the sentence was linked to the event ("place:sochi", ...)
    bool articleReports = false; ///< the article reports the event as news (else it mentions it)
    QStringList reportEvidence; ///< why the article was taken to report it ("lead:summit", ...)
};

/// Where an article disagrees with the record.
struct NoteRecord
{
    qint64 id = 0;
    qint64 articleId = 0;
    int start = 0;
    int end = 0;
    QString text;    ///< the explanation
    QString excerpt; ///< the article's own words at [start, end)
    QString rule;
    QString outlet;
    QString articleTitle;
};

/// Everything the event panel shows about one event.
struct EventDetail
{
    EventRecord event;
    QVector<QuoteRecord> quotes; ///< fragments included; the panel hides them on request
    QVector<ExcerptRecord> excerpts;
    QVector<NoteRecord> notes;
};

/// One full-text match: a sentence and the article it is in.
struct SearchHit
{
    qint64 sentenceId = 0;
    qint64 articleId = 0;
    int start = 0;
    int end = 0;
    QString snippet; ///< sentence text with matches wrapped in kMatchOpen / kMatchClose
    QString outlet;
    QString articleTitle;
    QDate published;
    QString source; ///< the article's file name
    double rank = 0; ///< bm25: lower is a better match; hits come best first
};

inline constexpr QChar kMatchOpen = QChar(0x2063);  // invisible separator: never in news text
inline constexpr QChar kMatchClose = QChar(0x2064); // invisible plus

struct SearchResult
{
    QVector<SearchHit> hits;
    QVector<qint64> eventIds; ///< events linked to a hit, quoted in one, or whose title matches
    bool incomplete = false;  ///< the search ran out of time (kSearchBudgetMs); hits are partial
    QVector<AnnotatedItem> noteHits; ///< the user's notes and tags holding every typed word
};

/// Articles and quotes in the week starting weekStart (a Monday).
struct WeekCount
{
    QDate weekStart;
    int articles = 0;
    int quotes = 0;
};

struct LibraryCounts
{
    int articles = 0;
    int quotes = 0;
    int events = 0;
};

/// An outlet and the address of one of its articles (the About box lists them).
/// An article whose publication date is unknown: it is off the timeline until the user gives
/// one (nothing found on the page, or found sources disagreed).
struct UndatedArticle
{
    qint64 id = 0;
    QString title;  ///< the found title, or the file name when the page showed none
    QString source; ///< file name as imported
    QString outlet;
};

/// An article's metadata for a citation or a data export (no text).
struct CitedArticle
{
    qint64 id = 0;
    QString source; ///< file name as imported
    QString title;  ///< empty when only the file name was found
    QString outlet;
    QString byline;
    QString dateline;
    QDate published; ///< invalid when unknown
    QString url;
    QString sha256;     ///< of the stored bytes: the same article in any library
    int quoteCount = 0; ///< non-fragment quotes
};

struct SourceRecord
{
    QString outlet;
    QString title;
    QString url;
};

/// A temporal expression as extraction stored it (`summitline-cli timexes`).
struct TimexRecord
{
    qint64 articleId = 0;
    QString source; ///< the article's file name
    QString text;
    QString value; ///< TIMEX3-style value
    QString granularity;
    int start = 0;
    int end = 0;
    QString rule;
    QString begin;  ///< YYYY-MM-DD or null
    QString endDate; ///< YYYY-MM-DD or null
    QString anchor; ///< what a relative date was resolved against, or null
    double confidence = 0;
};

} // namespace summit::library
