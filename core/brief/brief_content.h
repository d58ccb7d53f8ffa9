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
    /// Reliability: empty for an original report, else what it republishes ("copy of
    /// Reuters, 6 April 2008" or "Reuters wire copy run by Yahoo News").
    QString copyOf;
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
    QString role; ///< the speaker's office on the article's date ("White House Press Secretary")
    bool starred = false;   ///< quotes: the analyst starred it (BriefRequest::includeNotes)
    QString analystNote;    ///< quotes: the analyst's note on it, the analyst's words
};

/// A reporter's sentence (narration, not a quote) of an article.
inline Excerpt sentenceExcerpt(const QString &text, qint64 articleId)
{
    Excerpt e;
    e.text = text;
    e.articleId = articleId;
    return e;
}

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
    bool starred = false; ///< the analyst starred the event (BriefRequest::includeNotes)
    QString analystNote;  ///< the analyst's note on the event, the analyst's words

    /// Reported as news by at least one article: only these get a section and count as
    /// reported; an event merely mentioned (a plan, a look back) is listed, not narrated.
    bool isReported() const { return reportCount > 0; }
};

/// Each side's stated position on one topic.
struct TopicBrief
{
    QString key;
    QString label;
    /// The side's strongest quotation on the topic, else the reporter's clearest sentence
    /// stating its position; empty only when the scope holds neither.
    QVector<Excerpt> us;
    QVector<Excerpt> russia;
    int usQuotes = 0;        ///< every quotation in scope by the side on the topic
    int russiaQuotes = 0;
    int usStatements = 0;    ///< reporters' sentences stating the side's position on it
    int russiaStatements = 0;
};

/// A starred or noted item in scope, for the "Analyst's notes and starred items" section.
struct AnalystItem
{
    QString kind;  ///< "Event", "Quote" or "Article"
    QString about; ///< event title, quotation or article title
    qint64 articleId = 0; ///< quotes and articles: the article, cited like any other
    Excerpt quote;        ///< quotes: the quotation as the body prints it (verbatim, with its speaker)
    QDate date;    ///< event start or article date
    bool starred = false;
    QString note;  ///< the analyst's words; may be empty for a star alone
};

/// The figures the cover and the summary print, counted from what the briefing contains.
struct BriefFigures
{
    int events = 0;    ///< events in scope
    int reported = 0;  ///< of them, reported as news (the ones with a section)
    int articles = 0;  ///< articles cited
    int sources = 0;   ///< independent sources among them (copies and one wire count once)
    int copies = 0;    ///< cited articles that republish another
    int quotes = 0;    ///< distinct quotations printed
};

/// The briefing's content, gathered from the store before any layout happens.
struct BriefContent
{
    BriefRequest request;
    QString title;
    QString author;
    QString scope; ///< one line describing the request, for the cover and running header
    QDateTime generated;
    QDate informationAsOf; ///< publication date of the newest article the briefing draws on
    BriefFigures figures;  ///< counted from the content below, after selection
    QVector<EventBrief> events; ///< in date order
    QVector<TopicBrief> topics;
    QHash<qint64, SourceArticle> articles; ///< every article an excerpt may cite
    QVector<AnalystItem> analystItems; ///< in date order; empty when the request leaves notes out
};

} // namespace summit::brief
