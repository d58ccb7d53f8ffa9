#pragma once

// Records of the briefing's reads (Library, library_brief*.cpp): what a printed briefing needs
// beyond what the app's panels show, read in a few set-wise queries so a briefing over a
// thousand events stays fast.

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace summit::library {

/// A sentence linked to an event, with what the linker saw in it.
struct LinkedSentence
{
    qint64 eventId = 0;
    qint64 articleId = 0;
    qint64 sentenceId = 0;
    int start = 0; ///< UTF-16 offsets into the article's clean text
    int end = 0;
    int ord = 0;   ///< the sentence's place in its article
    double score = 0;
    QString text;
    QStringList evidence;        ///< the link's evidence ("place:sochi", "date:2008-04-06", ...)
    bool articleReports = false; ///< the article reports this event as news
    bool lede = false;           ///< the article's first body sentence
    bool inQuote = false;        ///< the sentence lies inside (or holds) a stored quotation
};

/// A sentence that names a topic, with the people it names: where a reporter states what a
/// side holds ("Russia remains opposed to the expansion of the alliance, which Bush champions").
struct TopicSentence
{
    qint64 articleId = 0;
    qint64 sentenceId = 0;
    int ord = 0;
    QString text;
    QStringList topics; ///< topic keys mentioned in it
    QStringList people; ///< canonical names of the people it names
    bool holdsQuote = false; ///< a stored quotation overlaps it (then the quotation speaks)
};

/// A note where an article disagrees with the record, with its event (0 when none).
struct EventNote
{
    qint64 eventId = 0;
    qint64 articleId = 0;
    QString excerpt; ///< the article's own words
    QString text;    ///< what the record says
};

/// What a bibliography entry needs of an article, without its text.
struct ArticleHead
{
    qint64 id = 0;
    QString source; ///< file name as imported
    QString outlet;
    QString republisher; ///< the site that ran an agency's copy, if any
    QString title;
    QString url;
    QDate published;
    QString wire;         ///< credited wire agency, if any
    QByteArray signature; ///< MinHash of the text (article_signatures)
};

} // namespace summit::library
