#pragma once

#include "extract/timex/timex_token.h"

#include <QJsonObject>
#include <QVector>

namespace summit::timex {

enum class Tense { Unknown, Past, Future };

/// A tense cue found in an article: a phrase from the rule file or a regular past form.
struct TenseCue
{
    int first = 0; ///< first token
    int last = 0;  ///< last token (inclusive)
    Tense tense = Tense::Unknown;
    bool reporting = false; ///< "said", "told": decides only for an expression right beside it
};

/// The tense section of the rule file, compiled.
class TenseRules final
{
public:
    TenseRules() = default;
    TenseRules(const QJsonObject &section, Vocabulary &vocabulary);

    const PastSuffix &pastSuffix() const { return m_pastSuffix; }

    /// All cues of a tokenized text, sorted by position; longest phrase wins at each token.
    QVector<TenseCue> findCues(const QVector<Token> &tokens) const;

    /// The tense that governs tokens [first, last] within the sentence tokens [from, to):
    /// a reporting cue within the window and no clause break between decides; otherwise the
    /// nearest non-reporting cue; otherwise the nearest reporting cue; otherwise Unknown.
    Tense tenseOf(const QVector<Token> &tokens, const QVector<TenseCue> &cues, int first, int last,
                  int from, int to) const;

private:
    struct Phrase
    {
        QVector<int> words;
        Tense tense;
        bool reporting;
    };
    void addPhrases(const QJsonArray &list, Tense tense, bool reporting, Vocabulary &vocabulary);

    QVector<QVector<Phrase>> m_byFirstWord; ///< indexed by vocabulary id
    PastSuffix m_pastSuffix;
    int m_reportingWindow = 3;
};

} // namespace summit::timex
