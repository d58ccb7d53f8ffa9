#pragma once

#include "extract/quotes/quote_marks.h"
#include "extract/quotes/sentence_units.h"
#include "extract/quotes/speaker_mentions.h"
#include "model/extraction.h"

#include <QHash>

namespace summit {

/// Who said one quoted span, and by which rule.
struct Attribution
{
    QString speaker;     ///< canonical, read-from-text, organisation or unnamed-source name; empty when unknown
    QString gender;      ///< of the speaker: "male", "female", "organisation" or empty when unknown
    TextSpan speakerSpan; ///< the words that named the speaker; empty when none
    QString rule;        ///< "<position>/<how>", e.g. "after/name", or "continuation-paragraph"
    double confidence = 0;
    QVector<SpeakerAlternative> alternatives; ///< other candidates near the quote
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
    Attribution afterDash(int pos, int limit) const;
    /// The subject before a participle phrase that runs up to the verb at verbStart ("an
    /// official traveling with the secretary put it"), or -1.
    int subjectBeforeParticiplePhrase(int verbStart, int windowStart) const;
    /// The folded word that ends before pos, past spaces, not reaching before limit (empty if none).
    QStringView foldedWordBefore(int pos, int limit) const;
    /// Is the word before pos a form of "be" (a passive speech verb follows: "was told")?
    bool afterFormOfBe(int pos) const;
    /// The speaker a clause [ws, end) ending in a colon introduces, or nothing.
    Attribution colonIntro(int ws, int end) const;
    Attribution shortAttributionSentence(int pos, int limit) const;
    /// A Name mention after a role phrase starting at p ("Pentagon press secretary X"), or -1.
    int nameAfterRole(int p, int limit) const;
    /// A Name between commas after a short role phrase starting at p ("Russia's envoy, X,"), or -1.
    int nameAfterRoleApposition(int p, int limit) const;
    QVector<SpeakerAlternative> alternatives(int i, const QString &chosen) const;
    bool isFurniture(int paragraph) const { return m_furniture.value(paragraph); }
    void markFurniture();
    /// The name of a credit line [s, e) with a role ("- Jane Doe, analyst"), or -1.
    int creditWithRole(int s, int e) const;
    int firstBodyParagraph() const;
    bool titleCase(const QuotedSpan &q) const;

    int mentionStartingAt(int pos) const;
    int mentionEndingAt(int pos) const;
    /// First mention inside [from, to), or -1.
    int mentionEndingBefore(int from, int to) const;
    /// The subject of the clause [from, to): its first non-possessive mention after any
    /// introductory phrase.
    int clauseSubject(int from, int to) const;
    /// mi, unless it follows a preposition: then the mention heading the phrase, or -1.
    int objectOfPreposition(int mi, int windowStart) const;
    int skipSpaces(int pos, int limit) const;
    int subjectBeforeVerb(int verbStart, int windowStart) const;
    int verbAdjacentSubject(TextSpan unit) const;
    Referent subjectOf(int unit, int depth, const QString &pronoun = QString()) const;
    Referent resolve(int mention, int depth) const;
    Referent resolvePronoun(int mention, int depth) const;
    /// The subject opening sentence unit u when pronoun mention mi starts a clause joined to it
    /// ("Gates was right when he said"), or -1.
    int sameSentenceSubject(int mi, int u) const;
    /// The one person named in the subordinate clause that opens sentence unit u when pronoun
    /// mention mi opens the main clause after it ("When Sarkozy came, he said"), or -1.
    int subordinateClauseAntecedent(int mi, int u) const;
    /// The one person named as the agent of a passive in sentence unit `unit` ("set out by
    /// President Medvedev"), or -1.
    int passiveAgent(int unit) const;
    /// Does a word follow pos (so a pronoun there is the subject of a clause)?
    bool startsClause(int pos, int limit) const;
    /// The mention that opens the sentence [from, to) as its subject, or -1.
    int openingSubject(int from, int to) const;
    /// The latest bare definite head with the same words as mention mi between from and mi, or -1.
    int sameHeadEarlier(int mi, int from) const;
    int wordCountBetween(int from, int to) const;
    /// The speech verb starting at pos, unless the word is part of a capitalised name.
    PhraseMatcher::Hit speechVerbAt(int pos) const;
    /// Does [from, end) end in a document noun ("a statement", "a letter today")?
    bool afterDocumentNoun(int from, int end) const;
    /// The mention after a speech verb ending at pos: "said Putin", "according to a statement
    /// issued by Rice"; or -1.
    int mentionAfterVerb(int pos, int limit) const;

    Input m_in;
    QVector<Attribution> m_done; ///< results of quotes attributed so far
    QVector<int> m_quoteUnit;    ///< unit of each quote's opening mark
    /// Paragraphs outside the prose chain: captions, credit lines and pull quotes without
    /// terminal punctuation. Pronouns and continuations look past them instead of into them.
    QVector<bool> m_furniture;
    QVector<int> m_credit; ///< per paragraph: the name mention of a credit line, or -1
    QHash<QString, QString> m_learnedGender; ///< speaker -> gender a pronoun gave them
    QString genderOf(const QString &speaker, const QString &known) const
    {
        return known.isEmpty() ? m_learnedGender.value(speaker) : known;
    }
};

} // namespace summit
