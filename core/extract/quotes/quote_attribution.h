#pragma once

#include "extract/quotes/quote_marks.h"
#include "extract/quotes/sentence_units.h"
#include "extract/quotes/speaker_mentions.h"

namespace summit {

/// Who said one quoted span, and by which rule.
struct Attribution
{
    QString speaker;     ///< canonical or unnamed-source name; empty when unknown
    TextSpan speakerSpan; ///< the words that named the speaker; empty when none
    QString rule;        ///< "<position>/<how>", e.g. "after/name", or "continuation-paragraph"
    double confidence = 0;
    bool found() const { return !rule.isEmpty(); }
};

/// Attribution rules over one article. Quotes must be attributed in text order, because
/// continuation and pronoun rules read the speakers of earlier quotes.
class QuoteAttributor final
{
public:
    struct Input
    {
        const QString &text;
        const QString &folded;
        const QVector<TextSpan> &paragraphs;
        const QVector<ParagraphKind> &kinds;
        const QVector<QuotedSpan> &quotes;
        const QVector<SentenceUnit> &units;
        const QVector<SpeakerMention> &mentions;
        const QuoteRules &rules;
        const PeopleDirectory &people;
    };

    explicit QuoteAttributor(const Input &in);
    /// Attributes quote index i; earlier quotes must already be attributed.
    Attribution attribute(int i);

private:
    struct Referent
    {
        QString speaker;
        QString gender;
        bool valid() const { return !speaker.isEmpty(); }
    };

    Attribution after(const QuotedSpan &q) const;
    Attribution before(int i) const;
    Attribution continuation(int i) const;
    Attribution fromMention(int mention, const QString &position, double factor) const;

    int mentionStartingAt(int pos) const;
    int mentionEndingAt(int pos) const;
    int skipSpaces(int pos, int limit) const;
    int subjectBeforeVerb(int verbStart, int windowStart) const;
    int verbAdjacentSubject(TextSpan unit) const;
    Referent subjectOf(int unit, int depth) const;
    Referent resolve(int mention, int depth) const;
    Referent resolvePronoun(int mention, int depth) const;
    int wordCountBetween(int from, int to) const;

    Input m_in;
    QVector<Attribution> m_done; ///< results of quotes attributed so far
    QVector<int> m_quoteUnit;    ///< unit of each quote's opening mark
};

} // namespace summit
