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
    QString folded; ///< raw view into the folded text given to tokenizeWords()
    bool word = false; ///< letters/digits (false for punctuation)
    size_t hash = 0;   ///< qHash(folded), computed once: every matcher probes with it
};

/// Splits text into WordTokens in one pass. Aliases are tokenised the same way, so an alias
/// matches exactly when its token sequence does. The tokens' folded strings are views
/// (QString::fromRawData) into foldedText, which receives the folded copy of text: it must
/// outlive the tokens and never be modified. This spares one allocation per token.
QVector<WordToken> tokenizeWords(const QString &text, QString &foldedText);

/// The normalised (quotes, dashes) but not case-folded form of text.
QString normalizePunctuation(QStringView text);

/// Index of the first token whose start is >= pos (tokens.size() when none).
int tokenAtOrAfter(const QVector<WordToken> &tokens, int pos);

} // namespace summit
