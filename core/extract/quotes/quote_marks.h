#pragma once

#include "extract/quotes/quote_rules.h"
#include "model/text_span.h"

#include <QVector>

namespace summit {

/// The words between a pair of quotation marks. A quote that runs on over several paragraphs
/// (no closing mark, reopened at the start of the next paragraph) is one QuotedSpan with one
/// segment per paragraph.
struct QuotedSpan
{
    int open = 0;   ///< offset of the opening mark
    int close = -1; ///< offset of the closing mark; -1 when the paragraph ended without one
    int end = 0;    ///< offset just after the closing mark (or after the last segment)
    QVector<TextSpan> segments; ///< quoted words per paragraph, marks and outer spaces excluded
    int paragraph = 0;          ///< paragraph of the opening mark
    int lastParagraph = 0;

    bool closed() const { return close >= 0; }
    TextSpan content() const { return {segments.first().start, segments.last().end}; }
};

/// Finds quoted spans in the given paragraphs, in text order. Paragraphs flagged in skip (for
/// example transcript turns) are not searched. Straight and doubled-single marks alternate
/// within a paragraph; an opening straight mark must be followed by a non-space.
QVector<QuotedSpan> findQuotedSpans(const QString &text, const QVector<TextSpan> &paragraphs,
                                    const QVector<bool> &skip, const QVector<QuoteMarkPair> &marks);

} // namespace summit
