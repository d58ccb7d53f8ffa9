#pragma once

#include "extract/text/word_tokens.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace summit {

/// A MinHash signature of an article's word 4-shingles: two republished copies of one story
/// (an AP text run by two papers, a syndicated piece with a different headline and page
/// furniture) share most shingles, so their signatures agree on most positions, while two
/// stories written apart about the same happening share few. One-permutation MinHash (one
/// hash per shingle, 64 bins) keeps it to a few nanoseconds a word; comparing signatures costs
/// 64 integer compares, so grouping the reports of one event never touches the texts again.
class TextSignature final
{
public:
    static constexpr int kHashes = 64;
    static constexpr int kShingle = 4;

    /// Signature of the word tokens (punctuation tokens are skipped); empty when the text has
    /// fewer than kShingle words.
    static QByteArray compute(const QVector<WordToken> &tokens);
    /// Estimated Jaccard similarity of two signatures (0 when either is empty).
    static double similarity(const QByteArray &a, const QByteArray &b);
};

/// The wire agency an article credits, from its dateline ("MOSCOW, April 6 (RIA Novosti)",
/// "WASHINGTON (AP)") or a credit line near its end ("The original source of this article is
/// Reuters", "via AP"); empty when none. The name is returned as written, trimmed.
QString wireCredit(const QString &dateline, const QString &text);

} // namespace summit
