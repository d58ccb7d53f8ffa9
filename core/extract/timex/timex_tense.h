#pragma once

#include "extract/timex/timex_token.h"

#include <QJsonObject>
#include <QSet>
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
    bool suffix = false;    ///< a regular past form found by its ending, not a listed phrase
};

/// The tense section of the rule file, compiled.
class TenseRules final
{
public:
    TenseRules() = default;
    TenseRules(const QJsonObject &section, Vocabulary &vocabulary);

    const PastSuffix &pastSuffix() const { return m_pastSuffix; }

    /// True when a reporting cue ("said", "told") stands within the window of tokens
    /// [first, last] (the wider speech window before them), outside quotes, with no clause
    /// break between: "said Tuesday", "told a news conference in Moscow on Monday".
    bool reportedAt(const QVector<Token> &tokens, const QVector<TenseCue> &cues, int first, int last) const;

    /// All cues of a tokenized text, sorted by position; longest phrase wins at each token.
    QVector<TenseCue> findCues(const QVector<Token> &tokens) const;

    /// The tense that governs tokens [first, last] within the sentence tokens [from, to).
    /// Only cues on the same side of quotation marks count (a quote has its speaker's tense,
    /// not the reporter's). In order: a reporting cue within the window and no clause break
    /// between; the nearest cue before the expression in its own clause (the verb that governs
    /// it: "won ... on Sunday, and will be"), then after it in its clause; the nearest
    /// non-reporting cue in the sentence; the nearest reporting cue; otherwise Unknown.
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
public:
    /// A subordinator ("which", "after") that opens a clause of its own.
    bool opensClause(const Token &t) const { return t.word >= 0 && m_clauseWords.contains(t.word); }

private:
    bool breaksClause(const Token &t) const
    {
        return t.breaksClause || (t.word >= 0 && m_clauseWords.contains(t.word));
    }
    bool punctuationBetween(const QVector<Token> &tokens, int from, int to) const; ///< a , ; : ( ) . or quote mark in [from, to)

    PastSuffix m_pastSuffix;
    QSet<int> m_clauseWords; ///< subordinators that open a new clause ("after", "which")
    int m_reportingWindow = 3;
    int m_speechWindow = 3; ///< how far before a day a reporting verb may stand to date a speech
};

} // namespace summit::timex
