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

/// A token as the trie walk reads it, wherever it comes from.
struct TokenRef
{
    int start = 0;
    int end = 0;
    size_t hash = 0;
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
        out = {t.start, t.end, t.hash, t.folded, t.word};
        return true;
    }

private:
    const QVector<WordToken> &m_tokens;
    int m_end;
};

/// Tokens read from the text on demand, from a position on, exactly as tokenizeWords() would
/// cut and fold them there: longestAt() needs only the few the trie's branches ask for.
class TextTokens final
{
public:
    TextTokens(QStringView text, int pos) : m_text(text), m_next(pos) {}

    /// Token i from the start position; false past the end of the text. out.folded stays valid
    /// only until the next call.
    bool at(int i, TokenRef &out)
    {
        while (m_tokens.size() <= i)
            if (!readNext())
                return false;
        const Read &r = m_tokens[i];
        out = {r.start, r.end, r.hash, QStringView(m_folded.constData() + r.offset, r.end - r.start),
               r.word};
        return true;
    }

private:
    struct Read
    {
        int start, end, offset;
        size_t hash;
        bool word;
    };

    bool readNext()
    {
        const int n = int(m_text.size());
        while (m_next < n && m_text[m_next].isSpace())
            ++m_next;
        if (m_next >= n)
            return false;
        Read r{m_next, m_next + 1, int(m_folded.size()), 0, isWordChar(m_text[m_next])};
        if (r.word)
            while (r.end < n && isWordChar(m_text[r.end]))
                ++r.end;
        for (int i = r.start; i < r.end; ++i)
            m_folded.append(foldedChar(m_text[i]));
        r.hash = qHash(QStringView(m_folded.constData() + r.offset, r.end - r.start));
        m_next = r.end;
        m_tokens.append(r);
        return true;
    }

    QStringView m_text;
    int m_next;
    QVarLengthArray<Read, 8> m_tokens;
    QVarLengthArray<QChar, 128> m_folded;
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
    const auto it = m_nodes[node].next.constFind(hash);
    if (it != m_nodes[node].next.constEnd()) {
        // Two different words with one 64-bit hash under the same parent would be a defect of
        // the data worth hearing about, not something to paper over.
        Q_ASSERT(m_nodes.at(*it).token == key);
        return *it;
    }
    Node created;
    created.token = key;
    m_nodes.append(created);
    const int index = int(m_nodes.size()) - 1;
    m_nodes[node].next.insert(hash, index);
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
    m_firstChars.set(tokens.first().folded.at(0).unicode());
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
    }
    m_nodes[node].terminals.append(terminal);
}

template <typename Tokens, typename Visit>
void PhraseMatcher::walk(Tokens &tokens, int first, Visit visit) const
{
    // Depth first: a wildcard edge and a plain edge may both take the same token.
    QVarLengthArray<QPair<int, int>, 16> stack; // (node, next token)
    stack.append({0, first});
    TokenRef t;
    while (!stack.isEmpty()) {
        const auto [node, at] = stack.last();
        stack.removeLast();
        const Node &n = m_nodes.at(node);
        if (!n.terminals.isEmpty())
            visit(n, at);
        if ((n.next.isEmpty() && n.prefixes.isEmpty()) || !tokens.at(at, t))
            continue; // a leaf reads no further token: longestAt() stops reading the text here
        const auto it = n.next.constFind(t.hash);
        if (it != n.next.constEnd() && m_nodes.at(*it).token == t.folded)
            stack.append({*it, at + 1});
        for (const auto &[prefix, target] : n.prefixes)
            if (t.word && t.folded.startsWith(prefix))
                stack.append({target, at + 1});
    }
}

template <typename Tokens>
bool PhraseMatcher::accepts(const Terminal &t, QStringView text, Tokens &tokens, int first) const
{
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
    const Node &root = m_nodes.first();
    int pos = first;
    while (pos < end) {
        // Most tokens start no phrase: settle that with one probe before any bookkeeping.
        const WordToken &head = tokens.at(pos);
        const auto it = root.next.constFind(head.hash);
        bool mayStart = it != root.next.constEnd() && m_nodes.at(*it).token == head.folded;
        for (const auto &[prefix, target] : root.prefixes)
            mayStart = mayStart || (head.word && head.folded.startsWith(prefix));
        if (!mayStart) {
            ++pos;
            continue;
        }
        int bestEnd = -1;
        QVarLengthArray<int, 4> bestPayloads;
        walk(source, pos, [&](const Node &n, int at) {
            for (const Terminal &t : n.terminals) {
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

void PhraseMatcher::candidatesAt(QStringView text, int pos, Candidates &out) const
{
    if (pos < 0 || pos >= text.size() || !m_firstChars.test(foldedChar(text[pos]).unicode()))
        return;
    TextTokens tokens(text, pos);
    walk(tokens, 0, [&](const Node &n, int count) {
        for (const Terminal &t : n.terminals) {
            if (accepts(t, text, tokens, 0)) {
                TokenRef last;
                tokens.at(count - 1, last);
                out.append({last.end, t.payload}); // the first registered wins its extent
                return;
            }
        }
    });
    std::stable_sort(out.begin(), out.end(),
                     [](const Candidate &a, const Candidate &b) { return a.end > b.end; });
}

} // namespace summit
