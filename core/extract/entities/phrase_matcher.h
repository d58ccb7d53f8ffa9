#pragma once

#include "extract/entities/word_tokens.h"

#include <QHash>
#include <QStringList>

namespace summit {

/// How a phrase compares letter case.
enum class CaseRule {
    Exact,  ///< proper names: every word must match as written ("Turkey" is not "turkey")
    Folded, ///< descriptors and cues: any case, except all-capital words ("NATO", "START")
};

/// One phrase found in a token sequence.
struct PhraseMatch
{
    int firstToken = 0;
    int endToken = 0; ///< one past the last token
    int payload = -1;
};

/// A token-level trie over many phrases (aliases, descriptors, cue terms), so finding all of them
/// costs one walk from each token, however many phrases there are. A phrase's last word may end
/// in '*' to match any word that begins with it ("propos*" matches "proposed", "proposal").
class PhraseMatcher final
{
public:
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

private:
    struct Terminal
    {
        int payload = -1;
        QStringList exact; ///< per token: the spelling required, or empty when any case goes
    };
    struct Node
    {
        QString token;            ///< folded token of the edge into this node
        QHash<size_t, int> next;  ///< keyed by WordToken::hash; the child's token is verified
        QVector<QPair<QString, int>> prefixes; ///< wildcard edges: folded prefix -> node
        QVector<Terminal> terminals;
    };

    int child(int node, const QString &rawKey, bool prefix);
    /// Child of node reached by token, or -1.
    int step(const Node &node, const WordToken &token) const
    {
        const auto it = node.next.constFind(token.hash);
        return it != node.next.constEnd() && m_nodes.at(*it).token == token.folded ? *it : -1;
    }
    bool accepts(const Terminal &t, const QString &text, const QVector<WordToken> &tokens,
                 int first, bool ignoreCase) const;

    QVector<Node> m_nodes{Node{}};
};

} // namespace summit
