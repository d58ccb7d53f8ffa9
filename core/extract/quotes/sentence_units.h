#pragma once

#include "extract/quotes/quote_marks.h"
#include "model/text_span.h"

#include <QVector>

namespace summit {

/// A sentence as the attribution rules see it: quoted words are opaque, so a sentence ends at
/// terminal punctuation outside quotes, or after a closing mark whose quote ended a sentence
/// ("...over." Next), or at the end of a paragraph.
struct SentenceUnit
{
    TextSpan span;
    int paragraph = 0;
};

QVector<SentenceUnit> splitSentenceUnits(const QString &text, const QVector<TextSpan> &paragraphs,
                                         const QVector<bool> &skip, const QVector<QuotedSpan> &quotes);

/// Index of the unit containing pos (or the last unit starting before it), -1 if none.
int unitAt(const QVector<SentenceUnit> &units, int pos);

} // namespace summit
