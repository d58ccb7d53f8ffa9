#include "extract/text/phrase_matcher.h"

#include <algorithm>

namespace summit {

namespace {

/// All-capital words (acronyms, two letters or more) keep their case even in Folded phrases:
/// "START" the treaty must not match the verb "start".
bool isAcronym(QStringView word)
{
    int letters = 0;
    for (QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

/// Most nodes below the root have a few children: comparing their tokens in place is cheaper
/// than hashing the text's token, and spares each such node a hash table (memory the lookups
/// would otherwise pull through the cache).
constexpr int kCompareInPlace = 4;

/// Appends item to a list kept as its first and last indexes, each item holding the index of
/// the next (nextOf(i)): the trie's children and phrases are such lists, kept in the order added.
template <typename NextOf>
void appendToList(int &first, int &last, int item, NextOf nextOf)
{
    if (last >= 0)
        nextOf(last) = item;
    else
        first = item;
    last = item;
}

/// A token as the trie walk reads it, wherever it comes from.
struct TokenRef
{
    int start = 0;
    int end = 0;
    QStringView folded;
    bool word = false;
};

/// The tokens a caller of find() has built for the whole text.
class BuiltTokens final
{
public:
    BuiltTokens(const QVector<WordToken> &tokens, int end) : m_tokens(tokens), m_end(end) {}
    bool at(int i, TokenRef &out) const
    {
        if (i >= m_end)
            return false;
        const WordToken &t = m_tokens.at(i);
        out = {t.start, t.end, t.folded, t.word};
        return true;
    }
    size_t hash(int i) const { return m_tokens.at(i).hash; }

private:
    const QVector<WordToken> &m_tokens;
    int m_end;
};

/// Tokens read from the text on demand, from a position on, exactly as tokenizeWords() would
/// cut and fold them there: longestAt() needs only the few the trie's branches ask for.
class TextTokens final
{
public:
    /// Reads on from a first token the caller has already read and probed at pos: its end,
    /// whether it is a word, its folded form (a view into text when folding changes nothing)
    /// and its hash.
    TextTokens(QStringView text, int pos, int end, bool word, QStringView folded, size_t hash)
        : m_text(text), m_next(end)
    {
        Read r{pos, end, -1, hash, word, true};
        if (folded.data() != text.data() + pos) {
            r.offset = 0;
            m_folded.append(folded.data(), folded.size());
        }
        m_tokens.append(r);
    }

    /// Token i from the start position; false past the end of the text. out.folded stays valid
    /// only until the next call.
    bool at(int i, TokenRef &out)
    {
        while (m_tokens.size() <= i)
            if (!readNext())
                return false;
        const Read &r = m_tokens[i];
        const QChar *folded = r.offset < 0 ? m_text.data() + r.start : m_folded.constData() + r.offset;
        out = {r.start, r.end, QStringView(folded, r.end - r.start), r.word};
        return true;
    }
    /// Hash of token i, already read by at(): computed only when a node with many branches
    /// asks (the root), as the tokens after it are compared with the few children in place.
    size_t hash(int i)
    {
        Read &r = m_tokens[i];
        if (!r.hashed) {
            const QChar *folded = r.offset < 0 ? m_text.data() + r.start : m_folded.constData() + r.offset;
            r.hash = qHash(QStringView(folded, r.end - r.start));
            r.hashed = true;
        }
        return r.hash;
    }

private:
    struct Read
    {
        int start, end;
        int offset; ///< of the folded token in m_folded; -1 when the text is folded already
        size_t hash;
        bool word;
        bool hashed;
    };

    bool readNext()
    {
        const int n = int(m_text.size());
        const QChar *text = m_text.data();
        while (m_next < n && text[m_next].isSpace())
            ++m_next;
        if (m_next >= n)
            return false;
        Read r{m_next, 0, -1, 0, isWordChar(text[m_next]), false};
        bool folds = false;
        r.end = tokenEnd(m_text, r.start, &folds);
        // Most callers pass text they have folded already: copy only a token that folding changes.
        if (folds) {
            r.offset = int(m_folded.size());
            m_folded.resize(r.offset + r.end - r.start);
            QChar *out = m_folded.data() + r.offset;
            for (int i = r.start; i < r.end; ++i)
                *out++ = foldedChar(text[i]);
        }
        m_next = r.end;
        m_tokens.append(r);
        return true;
    }

    QStringView m_text;
    int m_next;
    QVarLengthArray<Read, 8> m_tokens;
    QVarLengthArray<QChar, 64> m_folded;
};

} // namespace

int PhraseMatcher::child(int node, const QString &rawKey, bool prefix)
{
    // Token strings are views into a temporary buffer: keep a deep copy in the trie.
    const QString key(rawKey.constData(), rawKey.size());
    if (prefix) {
        for (const auto &[p, target] : std::as_const(m_nodes[node].prefixes))
            if (p == key)
                return target;
        m_nodes.append(Node{});
        const int created = int(m_nodes.size()) - 1;
        m_nodes[node].prefixes.append({key, created});
        return created;
    }
    const size_t hash = qHash(QStringView(key));
    if (const int known = childFor(m_nodes.at(node), key, [hash] { return hash; }); known >= 0)
        return known;
    Node created;
    created.tokenStart = int(m_tokenText.size());
    created.tokenSize = int(key.size());
    m_tokenText += key;
    m_nodes.append(created);
    const int index = int(m_nodes.size()) - 1;
    Node &parent = m_nodes[node];
    appendToList(parent.firstChild, parent.lastChild, index,
                 [this](int i) -> int & { return m_nodes[i].nextSibling; });
    if (++parent.childCount > kCompareInPlace) {
        // Two different words with one 64-bit hash under the same parent would be a defect of
        // the data worth hearing about, not something to paper over.
        if (parent.next.isEmpty()) {
            for (int c = parent.firstChild; c >= 0; c = m_nodes.at(c).nextSibling) {
                Q_ASSERT(!parent.next.contains(qHash(tokenOf(c))));
                parent.next.insert(qHash(tokenOf(c)), c);
            }
        } else {
            Q_ASSERT(!parent.next.contains(hash));
            parent.next.insert(hash, index);
        }
    }
    return index;
}

void PhraseMatcher::add(const QString &phrase, int payload, CaseRule rule)
{
    QString body = phrase.trimmed();
    const bool wildcard = body.endsWith(QLatin1Char('*'));
    if (wildcard)
        body.chop(1);
    const QString normalized = normalizePunctuation(body);
    QString folded;
    const QVector<WordToken> tokens = tokenizeWords(normalized, folded);
    if (tokens.isEmpty())
        return;
    Terminal terminal;
    terminal.payload = payload;
    int node = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        const WordToken &t = tokens.at(i);
        const bool last = i == tokens.size() - 1;
        node = child(node, t.folded, wildcard && last);
        const QStringView spelling = QStringView(normalized).mid(t.start, t.end - t.start);
        const bool keepCase = t.word && !(wildcard && last)
                              && (rule == CaseRule::Exact || isAcronym(spelling));
        terminal.exact.append(keepCase ? spelling.toString() : QString());
        terminal.caseMatters = terminal.caseMatters || keepCase;
        if (i == 0)
            noteFirstChar(t.folded.at(0), keepCase ? spelling.at(0) : QChar());
    }
    if (!terminal.caseMatters)
        terminal.exact.clear(); // nothing to compare: spare the lookups a loop over empty strings
    const int added = int(m_terminals.size());
    m_terminals.append(terminal);
    appendToList(m_nodes[node].firstTerminal, m_nodes[node].lastTerminal, added,
                 [this](int i) -> int & { return m_terminals[i].next; });
}

void PhraseMatcher::noteFirstChar(QChar folded, QChar exact)
{
    m_firstChars.set(folded.unicode());
    if (!exact.isNull()) {
        if (exact.unicode() < 0x80)
            m_asciiFirstChars.set(exact.unicode());
    } else if (folded.unicode() < 0x80) {
        m_asciiFirstChars.set(folded.unicode());
        m_asciiFirstChars.set(folded.toUpper().unicode());
    }
}

template <typename Tokens, typename Visit>
void PhraseMatcher::walk(Tokens &tokens, int first, Visit visit) const
{
    // Depth first: a wildcard edge and a plain edge may both take the same token.
    QVarLengthArray<QPair<int, int>, 16> stack; // (node, next token)
    stack.append({0, first});
    TokenRef t;
    while (!stack.isEmpty()) {
        // Plain variables, not a structured binding: clang before 16 cannot capture a binding
        // in the lambda below.
        const int node = stack.last().first;
        const int at = stack.last().second;
        stack.removeLast();
        const Node &n = m_nodes.at(node);
        if (n.firstTerminal >= 0)
            visit(n, at);
        if ((n.firstChild < 0 && n.prefixes.isEmpty()) || !tokens.at(at, t))
            continue; // a leaf reads no further token: longestAt() stops reading the text here
        if (const int next = childFor(n, t.folded, [&] { return tokens.hash(at); }); next >= 0)
            stack.append({next, at + 1});
        for (const auto &[prefix, target] : n.prefixes)
            if (t.word && t.folded.startsWith(prefix))
                stack.append({target, at + 1});
    }
}

template <typename Tokens>
bool PhraseMatcher::accepts(const Terminal &t, QStringView text, Tokens &tokens, int first) const
{
    if (!t.caseMatters)
        return true;
    TokenRef tok;
    for (int i = 0; i < t.exact.size(); ++i) {
        const QString &want = t.exact.at(i);
        if (want.isEmpty())
            continue;
        tokens.at(first + i, tok); // already read by the walk that reached t
        if (text.mid(tok.start, tok.end - tok.start) != want)
            return false;
    }
    return true;
}

QVector<PhraseMatch> PhraseMatcher::find(const QString &text, const QVector<WordToken> &tokens,
                                         int first, int end, bool ignoreCase) const
{
    QVector<PhraseMatch> out;
    BuiltTokens source(tokens, end);
    int pos = first;
    while (pos < end) {
        // Most tokens start no phrase: settle that with one probe before any walk.
        const WordToken &head = tokens.at(pos);
        if (!startsPhrase(head.folded, head.hash, head.word)) {
            ++pos;
            continue;
        }
        int bestEnd = -1;
        QVarLengthArray<int, 4> bestPayloads;
        walk(source, pos, [&](const Node &n, int at) {
            for (int i = n.firstTerminal; i >= 0; i = m_terminals.at(i).next) {
                const Terminal &t = m_terminals.at(i);
                if (at < bestEnd || !(ignoreCase || accepts(t, text, source, pos)))
                    continue;
                if (at > bestEnd) {
                    bestEnd = at;
                    bestPayloads.clear();
                }
                if (!bestPayloads.contains(t.payload))
                    bestPayloads.append(t.payload);
            }
        });
        if (bestEnd > pos) {
            for (int payload : std::as_const(bestPayloads))
                out.append({pos, bestEnd, payload});
            pos = bestEnd;
        } else {
            ++pos;
        }
    }
    return out;
}

void PhraseMatcher::candidatesAt(QStringView text, int pos, const Head &head, Candidates &out) const
{
    TextTokens tokens(text, pos, head.end, head.word, head.folded, head.hash);
    walk(tokens, 0, [&](const Node &n, int count) {
        for (int i = n.firstTerminal; i >= 0; i = m_terminals.at(i).next) {
            const Terminal &t = m_terminals.at(i);
            if (accepts(t, text, tokens, 0)) {
                TokenRef last;
                tokens.at(count - 1, last);
                out.append({last.end, t.payload}); // the first registered wins its extent
                return;
            }
        }
    });
    // Longest first. Without wildcards the walk meets them shortest first on a single path;
    // a few candidates at most, so an insertion sort (no allocation) is enough.
    for (int i = 1; i < out.size(); ++i)
        for (int j = i; j > 0 && out[j - 1].end < out[j].end; --j)
            std::swap(out[j - 1], out[j]);
}

} // namespace summit
