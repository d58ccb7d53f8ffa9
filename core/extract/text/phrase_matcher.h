#pragma once

#include "extract/text/word_tokens.h"
#include "extract/text/words.h"

#include <QHash>
#include <QStringList>
#include <QVarLengthArray>

#include <bitset>

namespace summit {

/// How a phrase compares letter case.
enum class CaseRule {
    Exact,  ///< proper names: every word must match as written ("Turkey" is not "turkey")
    Folded, ///< descriptors, cues, rule words: any case, except all-capital words ("NATO", "START")
};

/// One phrase found in a token sequence.
struct PhraseMatch
{
    int firstToken = 0;
    int endToken = 0; ///< one past the last token
    int payload = -1;
};

/// The core's one phrase matcher: gazetteer aliases and cues, quote rule words, people and place
/// names, boilerplate lexicon terms. Before it there were two (a token trie for the gazetteers
/// and a string index for the rules); they disagreed on case, on typographic punctuation and on
/// where a phrase may end.
///
/// A phrase is a sequence of WordTokens (runs of word characters as extract/text/words.h defines
/// them, or one punctuation character; whitespace between them does not count), stored in a
/// token-level trie keyed by the folded token, so a lookup costs one walk from its first token,
/// however many phrases there are. The same trie answers two kinds of caller:
/// - find() walks tokens the caller has already built for a whole text (the gazetteers tokenise
///   an article once and scan every token);
/// - longestAt() reads the words lazily from the text at a character position, and only as far
///   as the trie has branches: the quote rules ask "is there a speech verb here?" at a few
///   positions per sentence, where tokenising the text first would cost more than the lookups.
/// Both paths read tokens with the one tokenizer (word_tokens.h), fold them with foldedChar()
/// and check case with the same terminals, so they cannot disagree on a phrase.
///
/// Why a token trie for both rather than the former string index (phrases bucketed by their
/// first word, compared as strings): case rules per word, acronyms keeping their case, "*"
/// wildcards and typographic quotes all need tokens, and a string compare can give none of them.
/// The string index's speed is kept where it mattered, at the position lookups: the first token
/// is read and probed with one hash inline at each caller, most positions end there, a phrase of
/// one token needs no walk, and the trie is laid out flat (see Node).
///
/// A phrase's last word may end in '*' to match any word that begins with it ("propos*" matches
/// "proposed", "proposal"). Several payloads may share one phrase: find() returns all of them,
/// longestAt() the first one registered, so data order decides duplicates.
class PhraseMatcher final
{
public:
    /// A phrase found at a text position by longestAt().
    struct Hit
    {
        int length = 0;   ///< UTF-16 units matched; 0 when none
        int payload = -1; ///< what the caller attached to the phrase
    };

    void add(const QString &phrase, int payload, CaseRule rule);
    bool isEmpty() const { return m_nodes.size() <= 1; }

    /// Leftmost-longest, non-overlapping matches in tokens [first, end). When several phrases
    /// (payloads) share the winning extent, each yields its own PhraseMatch. ignoreCase drops the
    /// Exact rule (for all-capital datelines such as "SOCHI, Russia").
    QVector<PhraseMatch> find(const QString &text, const QVector<WordToken> &tokens, int first,
                              int end, bool ignoreCase = false) const;
    QVector<PhraseMatch> find(const QString &text, const QVector<WordToken> &tokens,
                              bool ignoreCase = false) const
    {
        return find(text, tokens, 0, int(tokens.size()), ignoreCase);
    }

    /// Longest phrase whose first token starts exactly at pos. A match ends where a token ends
    /// and the text must not go on with a word character or a hyphen there, so "Putin" matches
    /// in "Putin's" but not in "Putinism", and a phrase never matches the first part of a
    /// hyphenated compound ("war" in "war-weary"). What precedes pos is the caller's business.
    Hit longestAt(QStringView text, int pos) const
    {
        return longestAt(text, pos, [](int) { return true; });
    }
    /// Longest phrase at pos whose end also satisfies endsHere(end): the boilerplate lexicons
    /// demand that a term end where a whole word ends.
    template <typename EndsHere>
    Hit longestAt(QStringView text, int pos, EndsHere endsHere) const
    {
        // Most positions start no phrase. Settle that here, inline at each caller as the
        // string index did (the many rule lists then keep apart in the branch predictor): the
        // first character, then the first token read in place and probed with one hash.
        if (pos < 0 || pos >= text.size() || !mayStartWith(text[pos]))
            return {};
        Head head;
        head.word = isWordChar(text[pos]);
        bool folds = false;
        head.end = tokenEnd(text, pos, &folds);
        head.folded = text.mid(pos, head.end - pos);
        QVarLengthArray<QChar, 32> buffer;
        if (folds) { // most callers pass folded text: copy only a token that folding changes
            buffer.resize(head.folded.size());
            for (qsizetype i = 0; i < head.folded.size(); ++i)
                buffer[i] = foldedChar(head.folded[i]);
            head.folded = QStringView(buffer.constData(), buffer.size());
        }
        head.hash = qHash(head.folded);
        const int first = childFor(m_nodes.first(), head.folded, [&head] { return head.hash; });
        if (first < 0 && !startsByWildcard(head.folded, head.word))
            return {};
        Candidates found;
        const Node &n = first >= 0 ? m_nodes.at(first) : m_nodes.first();
        if (first >= 0 && n.firstChild < 0 && n.prefixes.isEmpty() && m_nodes.first().prefixes.isEmpty()) {
            // Most rule words are one token, so a phrase ending at the first token needs no walk.
            const QStringView spelling = text.mid(pos, head.end - pos);
            for (int i = n.firstTerminal; i >= 0; i = m_terminals.at(i).next) {
                const Terminal &t = m_terminals.at(i);
                if (!t.caseMatters || t.exact.first() == spelling) {
                    found.append({head.end, t.payload});
                    break;
                }
            }
        } else {
            candidatesAt(text, pos, head, found);
        }
        for (const Candidate &c : found) { // longest first
            if (c.end < text.size() && (isWordChar(text[c.end]) || text[c.end] == u'-'))
                continue;
            if (endsHere(c.end))
                return {c.end - pos, c.payload};
        }
        return {};
    }

private:
    // The trie is laid out for the lookups at a position, which are many and mostly touch a
    // node or two: a node is a few indexes into flat arrays (its token in m_tokenText, its
    // children as a list of siblings, its phrases as a list in m_terminals), not containers of
    // its own that each sit elsewhere in memory.
    struct Terminal
    {
        int payload = -1;
        int next = -1;            ///< the node's next phrase in m_terminals, in registration order
        bool caseMatters = false; ///< some token keeps its case (else exact is empty)
        QStringList exact; ///< per token: the spelling required, or empty when any case goes
    };
    struct Node
    {
        int tokenStart = 0; ///< folded token of the edge into this node, in m_tokenText
        int tokenSize = 0;
        int firstChild = -1; ///< plain (not wildcard) edges, as siblings in the order added
        int lastChild = -1;
        int nextSibling = -1;
        int childCount = 0;
        int firstTerminal = -1; ///< phrases ending here, in m_terminals
        int lastTerminal = -1;
        QHash<size_t, int> next; ///< children keyed by WordToken::hash once there are many
                                 ///< (empty for a few); the child's token is verified
        QVector<QPair<QString, int>> prefixes; ///< wildcard edges: folded prefix -> node
    };
    struct Candidate
    {
        int end = 0;      ///< character position after the phrase
        int payload = -1; ///< first registered terminal that accepts the text's case
    };
    using Candidates = QVarLengthArray<Candidate, 8>;
    /// The first token at a position, as longestAt() has read it.
    struct Head
    {
        int end = 0;
        bool word = false;
        QStringView folded; ///< into the text, or a buffer when folding changed it
        size_t hash = 0;    ///< qHash(folded)
    };

    int child(int node, const QString &key, bool prefix);
    /// Records how a phrase may begin: its folded first character, and as written when the
    /// first word keeps its case (exact is null when it does not).
    void noteFirstChar(QChar folded, QChar exact);
    /// False when no phrase can start with c. ASCII is settled as written, so "putin" is
    /// rejected here when only "Putin" is known; the rest by its folded form.
    bool mayStartWith(QChar c) const
    {
        const char16_t u = c.unicode();
        return u < 0x80 && u != u'`' ? m_asciiFirstChars[u] : m_firstChars[foldedChar(c).unicode()];
    }
    /// Every phrase at pos (whose first token, head, leads out of the root) that accepts the
    /// text's case, longest first.
    void candidatesAt(QStringView text, int pos, const Head &head, Candidates &out) const;
    /// Calls visit(node, tokenCount) for every trie node the tokens from first reach that
    /// carries terminals; Tokens is a precomputed or a lazily read token sequence.
    template <typename Tokens, typename Visit>
    void walk(Tokens &tokens, int first, Visit visit) const;
    /// Child of n along a token whose folded form is folded, or -1; hashOf() gives the token's
    /// hash, asked only of a node with many children.
    template <typename HashOf>
    int childFor(const Node &n, QStringView folded, HashOf hashOf) const
    {
        if (n.next.isEmpty()) { // a few children: compared in place
            for (int c = n.firstChild; c >= 0; c = m_nodes.at(c).nextSibling)
                if (m_nodes.at(c).tokenSize == folded.size() && tokenOf(c) == folded)
                    return c;
            return -1;
        }
        const auto it = n.next.constFind(hashOf());
        return it != n.next.constEnd() && tokenOf(*it) == folded ? *it : -1;
    }
    QStringView tokenOf(int node) const
    {
        const Node &n = m_nodes.at(node);
        return QStringView(m_tokenText).mid(n.tokenStart, n.tokenSize);
    }
    /// True when a token (folded, with its qHash) leads out of the root by a plain or a
    /// wildcard edge.
    bool startsPhrase(QStringView folded, size_t hash, bool word) const
    {
        return childFor(m_nodes.first(), folded, [hash] { return hash; }) >= 0
               || startsByWildcard(folded, word);
    }
    bool startsByWildcard(QStringView folded, bool word) const
    {
        for (const auto &[prefix, target] : m_nodes.first().prefixes)
            if (word && folded.startsWith(prefix))
                return true;
        return false;
    }
    template <typename Tokens>
    bool accepts(const Terminal &t, QStringView text, Tokens &tokens, int first) const;

    QVector<Node> m_nodes{Node{}};
    QVector<Terminal> m_terminals;
    QString m_tokenText; ///< every node's folded token, one after another
    std::bitset<65536> m_firstChars;     ///< folded first character of every phrase
    std::bitset<128> m_asciiFirstChars;  ///< ASCII first characters as the text may write them
};

} // namespace summit
