#pragma once

#include "extract/people/people_directory.h"
#include "extract/quotes/quote_rules.h"
#include "model/text_span.h"

#include <QVector>

namespace summit {

/// One paragraph of a speaker's turn in a transcript ("PRESIDENT BUSH: ...").
struct TranscriptLine
{
    int paragraph = 0;
    TextSpan words;      ///< the spoken words (label excluded)
    TextSpan label;      ///< the label that opened the turn
    QString speaker;     ///< canonical name, the reporter speaker, or empty when unknown
    bool firstOfTurn = false;
};

/// Reads a transcript: when at least rules.transcriptMinLabels body paragraphs start with an
/// upper-case speaker label and a colon, every paragraph from the first label on belongs to the
/// turn of the last label. Returns nothing for ordinary articles.
QVector<TranscriptLine> readTranscript(const ArticleText &article, const QVector<TextSpan> &paragraphs,
                                       const PeopleDirectory &people, const QuoteRules &rules);

} // namespace summit
