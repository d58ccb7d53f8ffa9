#pragma once

#include "model/text_span.h"

#include <QSet>

namespace summit {

/// Sentence boundaries from ICU's break iterator (locale en@ss=standard, which suppresses
/// breaks after common abbreviations), with a second pass that re-joins breaks after the
/// abbreviations listed in resources/rules/abbreviations.txt ("Gen.", "Sen.", "U.S.").
class SentenceSplitter final
{
public:
    explicit SentenceSplitter(QSet<QString> abbreviations);

    /// A "sentence" longer than this is cut at the last space before the limit: text with no
    /// sentence ends (a table flattened into one line, a hostile file) would otherwise be one
    /// row whose search snippets cost time in proportion to its length on every query.
    static constexpr int kMaxSentenceChars = 2000;

    /// Sentence spans (absolute offsets) inside text[span.start, span.end), whitespace trimmed,
    /// none longer than kMaxSentenceChars.
    QVector<TextSpan> split(const QString &text, TextSpan span) const;

private:
    bool endsWithAbbreviation(const QString &text, int end) const;
    QSet<QString> m_abbreviations;
};

} // namespace summit
