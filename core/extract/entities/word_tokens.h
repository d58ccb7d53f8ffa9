#pragma once

#include <QString>
#include <QVector>

namespace summit {

/// One token of an article for gazetteer matching: a run of letters and digits, or a single
/// punctuation character. Folded is the case-folded form with typographic quotes and dashes
/// normalised, so "Walker’s" and "Walker's" match the same alias.
struct WordToken
{
    int start = 0;
    int end = 0;
    QString folded;
    bool word = false; ///< letters/digits (false for punctuation)
};

/// Splits text into WordTokens in one pass. Aliases are tokenised the same way, so an alias
/// matches exactly when its token sequence does.
QVector<WordToken> tokenizeWords(const QString &text);

/// The normalised (quotes, dashes) but not case-folded form of text.
QString normalizePunctuation(QStringView text);

/// Index of the first token whose start is >= pos (tokens.size() when none).
int tokenAtOrAfter(const QVector<WordToken> &tokens, int pos);

} // namespace summit
