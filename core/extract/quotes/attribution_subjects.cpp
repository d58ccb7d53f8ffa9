// Who a verb's subject is and what a pronoun refers to.
#include "extract/quotes/quote_attribution.h"

#include "extract/quotes/attribution_text.h"

#include <algorithm>

namespace summit {

using namespace attribution;

int QuoteAttributor::subjectBeforeVerb(int verbStart, int windowStart) const
{
    const QString &text = m_in.text;
    int b = verbStart;
    for (int hops = 0; hops < 6; ++hops) {
        while (b > windowStart && text[b - 1].isSpace())
            --b;
        if (b <= windowStart)
            return -1;
        if (const int mi = mentionEndingAt(b); mi >= 0) {
            // "with Moscow warning that": the subject of an absolute participle clause.
            const int ms = m_in.mentions[mi].start;
            if (ms >= 5 && QStringView(m_in.folded).mid(ms - 5, 5) == QLatin1String("with ")
                && QStringView(m_in.folded).mid(verbStart, wordEnd(text, verbStart, int(text.size())) - verbStart).endsWith(QLatin1String("ing")))
                return mi;
            return objectOfPreposition(mi, windowStart);
        }
        if (text[b - 1] == u',') {
            // Skip a parenthetical: "Gates, joining Lavrov and Rice, said". If the part between
            // the commas is itself a name ("Ukraine's president, Viktor Yushchenko, said"), use it.
            int c = b - 2;
            while (c > windowStart && text[c] != u',')
                --c;
            if (c <= windowStart)
                return -1;
            const int inner = mentionStartingAt(skipSpaces(c + 1, b));
            if (inner >= 0 && m_in.mentions[inner].end == b - 1 && m_in.mentions[inner].kind == MentionKind::Name)
                return inner;
            b = c;
            continue;
        }
        int s = b;
        while (s > windowStart && (isWordChar(text[s - 1]) || text[s - 1] == u'\''))
            --s;
        if (s < b && m_in.rules.fillers.longestAt(m_in.folded, s).length == b - s) {
            b = s;
            continue;
        }
        // A place or day between subject and verb: "the U.S. mission in Geneva said", "NATO on
        // Wednesday urged".
        if (s < b && text[s].isUpper()) {
            int t = s; // back over the capitalised words of the place name
            while (t - 2 > windowStart && text[t - 1] == u' ') {
                int w = t - 1;
                while (w > windowStart && isWordChar(text[w - 1]))
                    --w;
                if (w == t - 1 || !text[w].isUpper())
                    break;
                t = w;
            }
            const QStringView prep = QStringView(m_in.folded).mid(t - 4, 4);
            if (t - 4 >= windowStart && (prep == QLatin1String(" in ") || prep == QLatin1String(" at ") || prep == QLatin1String(" on "))) {
                b = t - 3;
                continue;
            }
        }
        return -1;
    }
    return -1;
}

int QuoteAttributor::objectOfPreposition(int mi, int windowStart) const
{
    // "Sources close to the Kremlin said", "an aide to Putin said": a mention after a
    // preposition is not the subject. The phrase's head is, when it is a mention itself.
    static const QLatin1String preps[] = {QLatin1String(" to"), QLatin1String(" of"), QLatin1String(" for"),
                                          QLatin1String(" from"), QLatin1String(" with"), QLatin1String(" near"),
                                          QLatin1String(" by"), QLatin1String(" close to")};
    const int start = m_in.mentions[mi].start;
    int b = start;
    while (b > windowStart && m_in.text[b - 1] == u' ')
        --b;
    for (const QLatin1String &prep : preps) {
        if (b - windowStart < prep.size() || QStringView(m_in.folded).mid(b - prep.size(), prep.size()) != prep)
            continue;
        int h = b - int(prep.size());
        while (h > windowStart && m_in.text[h - 1] == u' ')
            --h;
        const int head = mentionEndingAt(h);
        return head >= 0 && m_in.mentions[head].kind != MentionKind::Pronoun ? head : -1;
    }
    return mi;
}

int QuoteAttributor::clauseSubject(int from, int to) const
{
    // After an introductory phrase ("After meeting Medvedev, Bush ..."), the first mention that
    // is not a possessive.
    if (m_in.rules.introWords.longestAt(m_in.folded, skipSpaces(from, to)).length > 0) {
        const int comma = int(m_in.text.indexOf(u',', from));
        if (comma >= 0 && comma < to)
            from = comma + 1;
    }
    auto it = std::lower_bound(m_in.mentions.begin(), m_in.mentions.end(), from,
                               [](const SpeakerMention &m, int p) { return m.start < p; });
    for (; it != m_in.mentions.end() && it->end <= to; ++it)
        if (!it->possessive)
            return int(it - m_in.mentions.begin());
    return -1;
}

int QuoteAttributor::verbAdjacentSubject(TextSpan unit) const
{
    const QString &text = m_in.text;
    int qi = 0;
    for (int pos = unit.start; pos < unit.end;) {
        while (qi < m_in.quotes.size() && m_in.quotes[qi].end <= pos)
            ++qi;
        if (qi < m_in.quotes.size() && m_in.quotes[qi].open <= pos) {
            pos = m_in.quotes[qi].end;
            continue;
        }
        if (!isWordChar(text[pos]) || (pos > 0 && isWordChar(text[pos - 1]))) {
            ++pos;
            continue;
        }
        const PhraseMatcher::Hit v = speechVerbAt(pos);
        if (v.length > 0 && !beforeInfinitive(m_in.folded, m_in.text, pos + v.length)) {
            if (const int mi = subjectBeforeVerb(pos, unit.start); mi >= 0)
                return mi;
            if (const int mi = mentionStartingAt(skipSpaces(pos + v.length, unit.end)); mi >= 0)
                return mi;
        }
        pos = wordEnd(text, pos, unit.end);
    }
    return -1;
}

QuoteAttributor::Referent QuoteAttributor::subjectOf(int u, int depth, const QString &pronoun) const
{
    if (depth > 3 || u < 0)
        return {};
    // A sentence that carries an attributed quote is about its speaker.
    for (int j = int(m_done.size()) - 1; j >= 0; --j) {
        if (m_quoteUnit[j] > u)
            continue;
        if (m_quoteUnit[j] < u)
            break;
        if (!m_done[j].speaker.isEmpty())
            return {m_done[j].speaker, genderOf(m_done[j].speaker, m_done[j].gender)};
    }
    const TextSpan span = m_in.units[u].span;
    if (const int mi = verbAdjacentSubject(span); mi >= 0) {
        const Referent r = resolve(mi, depth);
        // "The President spoke to that in the Rose Garden.": the sentence has a subject, even if
        // it cannot be named; another mention in it is not its subject.
        if (r.valid() || m_in.mentions[mi].kind == MentionKind::Descriptor)
            return r;
    }
    // Otherwise the first mention, after an introductory phrase ("After meeting Medvedev, Bush").
    int from = span.start;
    if (m_in.rules.introWords.longestAt(m_in.folded, span.start).length > 0) {
        const int comma = int(m_in.text.indexOf(u',', span.start));
        if (comma >= 0 && comma < span.end)
            from = comma + 1;
    }
    auto it = std::lower_bound(m_in.mentions.begin(), m_in.mentions.end(), from,
                               [](const SpeakerMention &m, int p) { return m.start < p; });
    for (; it != m_in.mentions.end() && it->start < span.end; ++it) {
        if (it->possessive)
            continue;
        const Referent r = resolve(int(it - m_in.mentions.begin()), depth);
        // "it" looks for the organisation among the sentence's mentions, not just the first.
        if (r.valid() && (pronoun != kOrganisation || r.gender == kOrganisation))
            return r;
    }
    return {};
}

QuoteAttributor::Referent QuoteAttributor::resolve(int mi, int depth) const
{
    const SpeakerMention &m = m_in.mentions[mi];
    if (m.kind == MentionKind::Pronoun)
        return resolvePronoun(mi, depth + 1);
    // "The Spanish delegate, Marta Ibarra, spoke next.": the name in apposition says more.
    if ((m.kind == MentionKind::Unnamed || m.kind == MentionKind::Descriptor) && mi + 1 < m_in.mentions.size()
        && m.end < m_in.text.size() && m_in.text[m.end] == u',') {
        const SpeakerMention &n = m_in.mentions[mi + 1];
        if (n.kind == MentionKind::Name && !n.possessive && skipSpaces(m.end + 1, n.start) == n.start
            && n.end < m_in.text.size() && QStringView(u",.").contains(m_in.text[n.end]))
            return {n.speaker, genderOf(n.speaker, n.gender)};
    }
    return {m.speaker, genderOf(m.speaker, m.gender)};
}

int QuoteAttributor::subordinateClauseAntecedent(int mi, int u) const
{
    const SpeakerMention &m = m_in.mentions[mi];
    const TextSpan span = m_in.units[u].span;
    const int from = skipSpaces(span.start, m.start);
    // The sentence opens with a subordinator ("When", "After", "As"), not a coordinator.
    const PhraseMatcher::Hit joiner = m_in.rules.clauseJoiners.longestAt(m_in.folded, from);
    const QStringView word = QStringView(m_in.folded).mid(from, joiner.length);
    if (joiner.length == 0 || word == u"and" || word == u"but" || word == u"so")
        return -1;
    // ... whose clause ends in the comma right before the pronoun.
    int b = m.start;
    while (b > from && m_in.text[b - 1].isSpace())
        --b;
    if (b <= from || m_in.text[b - 1] != u',' || int(m_in.text.indexOf(u',', from)) != b - 1)
        return -1;
    int found = -1;
    for (int k = 0; k < m_in.mentions.size(); ++k) {
        const SpeakerMention &c = m_in.mentions[k];
        if (c.start < from || c.possessive)
            continue;
        if (c.end > b)
            break;
        if (c.kind == MentionKind::Pronoun || c.kind == MentionKind::Organisation || !genderFits(m.gender, c.gender))
            continue;
        if (found >= 0)
            return -1; // two people in the clause: leave it to the other rules
        found = k;
    }
    return found;
}

QuoteAttributor::Referent QuoteAttributor::resolvePronoun(int mi, int depth) const
{
    if (depth > 3)
        return {};
    const SpeakerMention &m = m_in.mentions[mi];
    const int u = unitAt(m_in.units, m.start);
    if (u < 0)
        return {};
    // "When President Sarkozy came to Moscow, he said": a pronoun opening the main clause after
    // an introductory subordinate clause refers to the one person that clause names.
    if (const int ci = subordinateClauseAntecedent(mi, u); ci >= 0) {
        const Referent r = resolve(ci, depth);
        if (r.valid() && genderFits(m.gender, r.gender))
            return r;
    }
    // "Gates was right when he said "..."": the subject that opens the pronoun's own sentence,
    // when the pronoun starts a clause joined to it.
    if (const int si = sameSentenceSubject(mi, u); si >= 0) {
        const Referent r = resolve(si, depth);
        if (r.valid() && genderFits(m.gender, r.gender))
            return r;
    }
    // "Putin met the ambassador. "...," the ambassador said": a bare head already used for
    // someone in the sentences before is not the subject of those sentences. Don't guess.
    // If that head named the speaker of a quote ("...," the diplomat said. "...," the diplomat
    // added), it is that speaker again.
    if (const int j = m.gender.isEmpty() ? sameHeadEarlier(mi, m_in.units[std::max(0, u - 4)].span.start) : -1; j >= 0) {
        for (const Attribution &done : m_done)
            if (done.speakerSpan.start == m_in.mentions[j].start && !done.speaker.isEmpty())
                return {done.speaker, done.gender};
        return {};
    }
    const int paragraph = m_in.units[u].paragraph;
    // "He said" refers to the latest sentence subject of the same gender, a few sentences back.
    // Captions, credit lines and pull quotes are looked past, not into.
    int seen = 0;
    int hops = 0;
    int lastParagraph = paragraph;
    for (int k = u - 1; k >= 0 && seen < 4; --k) {
        const int kp = m_in.units[k].paragraph;
        if (isFurniture(kp))
            continue;
        // A heading ends the search, unless it stands before the first body paragraph: a
        // standfirst or subheading may be where the opening quote's speaker was named.
        if (m_in.kinds.value(kp) == ParagraphKind::Heading && kp > firstBodyParagraph())
            break;
        if (kp != lastParagraph) {
            hops += lastParagraph - kp > 0 ? 1 : 0;
            lastParagraph = kp;
        }
        if (hops > 2)
            break;
        ++seen;
        const Referent r = subjectOf(k, depth, m.gender);
        if (r.valid() && genderFits(m.gender, r.gender))
            return r;
        // "The idea was set out by President Medvedev in a speech. In it he argued:": when the
        // sentence right before names no person as its subject, the agent of its passive does.
        if (k == u - 1 && !r.valid()) {
            if (const int ai = passiveAgent(k); ai >= 0) {
                const Referent a = resolve(ai, depth);
                if (a.valid() && genderFits(m.gender, a.gender))
                    return a;
            }
        }
    }
    return {};
}

int QuoteAttributor::passiveAgent(int unit) const
{
    // "was first set out by X", "were signed by X": "by" right after a past participle (a word
    // ending in -ed, or one of the few irregular ones the word lists name as past forms) and a
    // person right after "by". Only one such agent: with two, nothing.
    const TextSpan span = m_in.units[unit].span;
    int found = -1;
    for (int k = 0; k < m_in.mentions.size(); ++k) {
        const SpeakerMention &c = m_in.mentions[k];
        if (c.start < span.start || c.kind == MentionKind::Pronoun || c.kind == MentionKind::Organisation)
            continue;
        if (c.end > span.end)
            break;
        if (c.start < 4 || QStringView(m_in.folded).mid(c.start - 4, 4) != u" by ")
            continue;
        int e = c.start - 4;
        int b = e;
        while (b > span.start && isWordChar(m_in.text[b - 1]))
            --b;
        // "set out by": a particle may stand between the participle and "by".
        QStringView word = QStringView(m_in.folded).mid(b, e - b);
        if ((word == u"out" || word == u"up" || word == u"forward" || word == u"down") && b > span.start + 1) {
            e = b - 1;
            b = e;
            while (b > span.start && isWordChar(m_in.text[b - 1]))
                --b;
            word = QStringView(m_in.folded).mid(b, e - b);
        }
        const bool participle = word.endsWith(u"ed") || word == u"set" || word == u"put" || word == u"made"
                                || word == u"given" || word == u"written" || word == u"signed" || word == u"led";
        if (!participle)
            continue;
        if (found >= 0)
            return -1;
        found = k;
    }
    return found;
}

} // namespace summit
