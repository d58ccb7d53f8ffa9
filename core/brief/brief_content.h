#pragma once

#include "brief/brief_request.h"

#include <QDateTime>
#include <QHash>
#include <QVector>

namespace summit::brief {

/// An article the briefing may cite. Only cited ones reach the sources appendix.
struct SourceArticle
{
    qint64 id = 0;
    QString outlet;
    QString title;
    QString url;
    QDate published;
};

/// Words taken from one article: a sentence, or a quotation with its speaker. The text is
/// exactly what the store holds (clean_text slice or quotes.text), never rewritten.
struct Excerpt
{
    enum class Kind { Sentence, Quote };
    Kind kind = Kind::Sentence;
    QString text;
    QString speaker; ///< canonical name or the words that named the speaker; quotes only
    qint64 articleId = 0;
};

/// How one outlet frames an event: its headline and its framing sentence (the lede when it is
/// about the event, else the article's best-linked sentence).
struct Framing
{
    QString outlet;
    qint64 articleId = 0;
    QString headline;
    QString sentence;
};

/// Where an article disagrees with the record.
struct Discrepancy
{
    qint64 articleId = 0;
    QString excerpt; ///< the article's own words
    QString note;    ///< what the record says
};

/// Everything one event section shows.
struct EventBrief
{
    qint64 id = 0;
    QString slug;
    QString title;
    QString kind;
    QDate start;
    QDate end;
    QString place;
    QStringList participants;
    QStringList topics;
    QString summary;            ///< catalog summary; may be empty
    QStringList outlets;        ///< distinct outlets of the articles linked to it
    QStringList sources;        ///< independent sources that report it as news (copies count once)
    int reportCount = 0;        ///< articles that report it as news
    int mentionCount = 0;       ///< articles that only mention it
    QVector<Excerpt> sentences; ///< what happened, best-linked first
    QVector<Excerpt> quotes;    ///< key quotes
    QVector<Framing> framings;  ///< one per outlet, when two or more outlets reported it
    QVector<Discrepancy> discrepancies;

    /// Linked to at least one article (which sections the briefing writes). The Coverage line
    /// tells reports from mentions.
    bool isReported() const { return !outlets.isEmpty(); }
};

/// Each side's stated position on one topic.
struct TopicBrief
{
    QString key;
    QString label;
    QVector<Excerpt> us;
    QVector<Excerpt> russia;
};

struct CorpusFigures
{
    int articles = 0;
    int outlets = 0;
    int quotes = 0;
};

/// The briefing's content, gathered from the store before any layout happens.
struct BriefContent
{
    BriefRequest request;
    QString title;
    QString author;
    QString scope; ///< one line describing the request, for the cover and running header
    QDateTime generated;
    CorpusFigures corpus;  ///< the whole database
    CorpusFigures inScope; ///< articles reporting events in scope
    QVector<EventBrief> events; ///< in date order
    QVector<TopicBrief> topics;
    QHash<qint64, SourceArticle> articles; ///< every article an excerpt may cite
};

} // namespace summit::brief
