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
    static const SentenceSplitter &bundled();
    explicit SentenceSplitter(QSet<QString> abbreviations);

    /// Sentence spans (absolute offsets) inside text[span.start, span.end), whitespace trimmed.
    QVector<TextSpan> split(const QString &text, TextSpan span) const;

private:
    bool endsWithAbbreviation(const QString &text, int end) const;
    QSet<QString> m_abbreviations;
};

} // namespace summit
