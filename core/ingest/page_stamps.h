#pragma once

#include "ingest/dateline_parser.h"
#include "ingest/prepared_article.h"
#include "ingest/source_block.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace summit {

// The metadata finder's publication-date choice (page_dates.cpp) and its helpers for numeric
// page stamps and headline kickers (page_stamps.cpp), split off to keep page_metadata.cpp small.

/// A page stamp before the story: its date and the block it is on.
struct PageStamp
{
    QDate date;
    int block = -1;
};

/// What the metadata finder gathered for the publication date.
struct DateEvidence
{
    QString metaPublished;        ///< the HTML publication-date metadata, as written
    QString metaPublishedTag;
    QDate ledBy;                  ///< a full date opening the lead
    QString lead;                 ///< the lead (with the next paragraph after a whole-line dateline)
    QVector<PageStamp> stamps;    ///< full-date stamps before the story
    QVector<int> numericStamps;   ///< blocks with numeric stamps, not yet read
    bool haveDateline = false;
    Dateline dateline;
};

/// Sets a.text.published and a.publishedSource from the evidence (page_dates.cpp), or leaves
/// them empty with a warning when the page's dates disagree.
void choosePublicationDate(PreparedArticle &a, const QVector<SourceBlock> &blocks, const DateEvidence &e);

/// The one weekday a text names (1 = Monday ... 7 = Sunday), or 0 when it names none or several.
int onlyWeekdayNamed(const QString &text);

/// "Rolling coverage on Tuesday, Aug. 12, 2008. All times Eastern.": a header sentence of at most
/// 20 words holding a full date whose weekday it names too. Before the story it is the page's
/// stamp, though it reads as prose.
bool isDatedHeaderSentence(const QString &text, int words);

/// Settles a numeric stamp ("05/09/2008" may be 5 September or 9 May; "15/05/2009" and
/// "2009/11/15" have one reading) from the page, since a site re-stamps pages years later: a
/// weekday on the stamp line picks among readings; then the dateline's day must fit (the stamp
/// that day or up to three days later), or else a "Month Day" named in the opening paragraphs
/// up to a week before or three days after. With neither, a single reading stands only if `yearNamedElsewhere`. Exactly
/// one reading must fit; otherwise an invalid date (a wrong date is worse than none).
QDate settleNumericStamp(const QVector<QDate> &readings, const QString &stampLine, int datelineMonth,
                         int datelineDay, const QString &opening, bool yearNamedElsewhere);

/// The headline without a kicker label ("COLUMN: ...", "Analysis: ...", "OPINION - ..."): a
/// prefix of one to three section words before a colon.
QString withoutKicker(const QString &headline);

} // namespace summit
