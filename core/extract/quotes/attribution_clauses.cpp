// Clause-level subjects: a pronoun joined to its own sentence's subject, the subject opening a
// sentence with a coordinated speech verb, and bare definite heads used before.
#include "extract/quotes/quote_attribution.h"

#include "extract/quotes/attribution_text.h"

namespace summit {

using namespace attribution;

int QuoteAttributor::sameSentenceSubject(int mi, int u) const
{
    const SpeakerMention &m = m_in.mentions[mi];
    const TextSpan span = m_in.units[u].span;
    // The pronoun opens a clause: "when he", "and he", "as she", ", he".
    int b = m.start;
    while (b > span.start && m_in.text[b - 1].isSpace())
        --b;
    int w = b;
    while (w > span.start && isWordChar(m_in.text[w - 1]))
        --w;
    if (b <= span.start || (m_in.rules.clauseJoiners.longestAt(m_in.folded, w).length != b - w))
        return -1;
    const int si = clauseSubject(span.start, w);
    if (si < 0 || m_in.mentions[si].kind == MentionKind::Pronoun)
        return -1;
    // ... and the subject opens the sentence, after an introductory phrase: only capitalised
    // words (a role, "Defense Secretary") may come before it.
    int from = skipSpaces(span.start, w);
    if (m_in.rules.introWords.longestAt(m_in.folded, from).length > 0) {
        const int comma = int(m_in.text.indexOf(u',', from));
        if (comma < 0 || comma >= m_in.mentions[si].start)
            return -1;
        from = comma + 1;
    }
    for (int pos = skipSpaces(from, w); pos < m_in.mentions[si].start; pos = skipSpaces(pos, w)) {
        if (!m_in.text[pos].isUpper())
            return -1;
        pos = wordEnd(m_in.text, pos, w);
    }
    return si;
}

bool QuoteAttributor::startsClause(int pos, int limit) const
{
    pos = skipSpaces(pos, limit);
    return pos < limit && m_in.text[pos].isLetter();
}

int QuoteAttributor::openingSubject(int from, int to) const
{
    // The first mention of the sentence, when it opens it ("Thaci, who ..., thanked") or follows
    // a short role and a comma ("Kosovo's prime minister, Hashim Thaci, ...").
    from = skipSpaces(from, to);
    if (m_in.rules.introWords.longestAt(m_in.folded, from).length > 0)
        return -1;
    int si = clauseSubject(from, to);
    if (si < 0)
        return -1;
    // "Kosovo's prime minister, Hashim Thaci,": the name in apposition to a title.
    if (m_in.mentions[si].kind == MentionKind::Descriptor && si + 1 < m_in.mentions.size()
        && m_in.mentions[si + 1].kind == MentionKind::Name && m_in.mentions[si].end < to
        && m_in.text[m_in.mentions[si].end] == u','
        && skipSpaces(m_in.mentions[si].end + 1, to) == m_in.mentions[si + 1].start)
        ++si;
    const SpeakerMention &m = m_in.mentions[si];
    // A pronoun counts only as the sentence's first word ("He was courteous, and insisted
    // that ..."): later in the opening it may belong to a clause of its own.
    if ((m.kind == MentionKind::Pronoun && m.start != from) || m.kind == MentionKind::Descriptor)
        return -1;
    if (m.start == from)
        return si;
    int b = m.start;
    while (b > from && m_in.text[b - 1].isSpace())
        --b;
    if (b <= from || m_in.text[b - 1] != u',' || wordCountBetween(from, b) > 5
        || int(m_in.text.indexOf(u',', from)) != b - 1)
        return -1;
    const int close = int(m_in.text.indexOf(u',', m.end));
    return m.end < to && m_in.text[m.end] == u',' && close == m.end ? si : -1;
}

int QuoteAttributor::sameHeadEarlier(int mi, int from) const
{
    const SpeakerMention &m = m_in.mentions[mi];
    const QStringView words = QStringView(m_in.folded).mid(m.start, m.end - m.start);
    for (int j = mi - 1; j >= 0 && m_in.mentions[j].start >= from; --j) {
        const SpeakerMention &o = m_in.mentions[j];
        if (o.kind == MentionKind::Pronoun && o.gender.isEmpty()
            && QStringView(m_in.folded).mid(o.start, o.end - o.start) == words)
            return j;
    }
    return -1;
}

} // namespace summit
