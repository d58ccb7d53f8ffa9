#include "extract/entities/phrase_matcher.h"

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

bool PhraseMatcher::accepts(const Terminal &t, const QString &text,
                            const QVector<WordToken> &tokens, int first, bool ignoreCase) const
{
    if (ignoreCase)
        return true;
    for (int i = 0; i < t.exact.size(); ++i) {
        const QString &want = t.exact.at(i);
        if (want.isEmpty())
            continue;
        const WordToken &tok = tokens.at(first + i);
        if (QStringView(text).mid(tok.start, tok.end - tok.start) != want)
            return false;
    }
    return true;
}

QVector<PhraseMatch> PhraseMatcher::find(const QString &text, const QVector<WordToken> &tokens,
                                         int first, int end, bool ignoreCase) const
{
    QVector<PhraseMatch> out;
    QVector<QPair<int, int>> stack; // (node, next token)
    int pos = first;
    const Node &root = m_nodes.first();
    while (pos < end) {
        // Most tokens start no phrase: settle that with one probe before any bookkeeping.
        const WordToken &head = tokens.at(pos);
        bool mayStart = step(root, head) >= 0;
        for (const auto &[prefix, target] : root.prefixes)
            mayStart = mayStart || (head.word && head.folded.startsWith(prefix));
        if (!mayStart) {
            ++pos;
            continue;
        }
        int bestEnd = -1;
        QVector<int> bestPayloads;
        stack.clear();
        stack.append({0, pos});
        while (!stack.isEmpty()) {
            const auto [node, at] = stack.takeLast();
            const Node &n = m_nodes.at(node);
            for (const Terminal &t : n.terminals) {
                if (at < bestEnd || !accepts(t, text, tokens, pos, ignoreCase))
                    continue;
                if (at > bestEnd) {
                    bestEnd = at;
                    bestPayloads.clear();
                }
                if (!bestPayloads.contains(t.payload))
                    bestPayloads.append(t.payload);
            }
            if (at >= end)
                continue;
            const QString &key = tokens.at(at).folded;
            const int next = step(n, tokens.at(at));
            if (next >= 0)
                stack.append({next, at + 1});
            for (const auto &[prefix, target] : n.prefixes)
                if (tokens.at(at).word && key.startsWith(prefix))
                    stack.append({target, at + 1});
        }
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

} // namespace summit
