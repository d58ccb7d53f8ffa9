#include "extract/quotes/quote_attribution.h"

#include <algorithm>

namespace summit {

namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

/// End of the word at pos, keeping internal dots, hyphens and apostrophes ("U.S.", "co-author").
int wordEnd(const QString &text, int pos, int limit)
{
    while (pos < limit) {
        const QChar c = text[pos];
        if (isWordChar(c))
            ++pos;
        else if ((c == u'.' || c == u'-' || c == u'\'' || c == u'\u2019') && pos + 1 < limit && isWordChar(text[pos + 1]))
            ++pos;
        else
            break;
    }
    return pos;
}

/// "continued to disagree", "is said to be": a verb followed by "to" does not report speech.
bool beforeInfinitive(const QString &folded, int verbEnd)
{
    return QStringView(folded).mid(verbEnd, 4) == QLatin1String(" to ");
}

const QString kAfter = QStringLiteral("after");
const QString kBefore = QStringLiteral("before");
const QString kInverted = QStringLiteral("inverted");
const QString kMiddle = QStringLiteral("middle");
const QString kColon = QStringLiteral("before-colon");

} // namespace

QuoteAttributor::QuoteAttributor(const Input &in) : m_in(in)
{
    m_quoteUnit.reserve(in.quotes.size());
    for (const QuotedSpan &q : in.quotes)
        m_quoteUnit.append(unitAt(in.units, q.open));
}

Attribution QuoteAttributor::attribute(int i)
{
    const QuotedSpan &q = m_in.quotes[i];
    Attribution a = after(q);
    if (!a.found())
        a = before(i);
    if (!a.found())
        a = continuation(i);
    if (a.found() && !q.closed())
        a.confidence *= 0.8; // an unclosed mark may be a typo: trust the whole quote less
    m_done.append(a);
    return a;
}

int QuoteAttributor::skipSpaces(int pos, int limit) const
{
    while (pos < limit && m_in.text[pos].isSpace())
        ++pos;
    return pos;
}

int QuoteAttributor::mentionStartingAt(int pos) const
{
    const auto &ms = m_in.mentions;
    auto it = std::lower_bound(ms.begin(), ms.end(), pos, [](const SpeakerMention &m, int p) { return m.start < p; });
    if (it == ms.end() || it->start != pos || it->possessive)
        return -1;
    return int(it - ms.begin());
}

int QuoteAttributor::mentionEndingAt(int pos) const
{
    const auto &ms = m_in.mentions;
    auto it = std::lower_bound(ms.begin(), ms.end(), pos, [](const SpeakerMention &m, int p) { return m.start < p; });
    if (it == ms.begin())
        return -1;
    --it;
    if (it->end != pos || it->possessive)
        return -1;
    return int(it - ms.begin());
}

int QuoteAttributor::wordCountBetween(int from, int to) const
{
    int count = 0;
    for (int pos = from; pos < to;) {
        if (isWordChar(m_in.text[pos])) {
            ++count;
            pos = wordEnd(m_in.text, pos, to);
        } else {
            ++pos;
        }
    }
    return count;
}

Attribution QuoteAttributor::fromMention(int mi, const QString &position, double factor) const
{
    const SpeakerMention &m = m_in.mentions[mi];
    Attribution a;
    a.speakerSpan = {m.start, m.end};
    QString how;
    double base = 0;
    switch (m.kind) {
    case MentionKind::Name: how = QStringLiteral("name"); base = 0.95; a.speaker = m.speaker; break;
    case MentionKind::Descriptor: how = QStringLiteral("descriptor"); base = 0.85; a.speaker = m.speaker; break;
    case MentionKind::Unnamed: how = QStringLiteral("unnamed-source"); base = 0.9; a.speaker = m.speaker; break;
    case MentionKind::Pronoun: how = QStringLiteral("pronoun"); base = 0.8; a.speaker = resolvePronoun(mi, 0).speaker; break;
    }
    a.rule = position + u'/' + how;
    a.confidence = a.speaker.isEmpty() ? 0.0 : base * factor;
    return a;
}

Attribution QuoteAttributor::after(const QuotedSpan &q) const
{
    if (!q.closed())
        return {};
    const QString &text = m_in.text;
    const int limit = m_in.paragraphs[q.lastParagraph].end;
    int p = q.end;
    const bool comma = p < limit && text[p] == u',';
    if (comma)
        ++p;
    p = skipSpaces(p, limit);
    if (p >= limit)
        return {};
    const QChar lastChar = text[q.segments.last().end - 1];
    // After a full stop the sentence is over, unless it goes on in lower case ('..." he said').
    const bool open = comma || QStringView(u",?!\u2026\u2014\u2013-:").contains(lastChar)
                      || (lastChar == u'.' && text[p].isLower());
    if (!open)
        return {};

    const PhraseIndex::Hit verb = m_in.rules.speechVerbs.longestAt(m_in.folded, p);
    if (verb.length > 0) { // inverted: '...," said Putin'
        const int mi = mentionStartingAt(skipSpaces(p + verb.length, limit));
        return mi >= 0 ? fromMention(mi, kInverted, 1.0) : Attribution();
    }
    const int mi = mentionStartingAt(p);
    if (mi < 0)
        return {};
    int r = m_in.mentions[mi].end;
    if (r < limit && text[r] == u',') { // appositive: '..., Hadley, who spoke ..., said'
        const int next = int(text.indexOf(u',', r + 1));
        if (next < 0 || next >= limit)
            return {};
        r = next + 1;
    }
    int loose = 0; // words that are neither fillers nor verbs: "in Moscow", "at a news conference"
    for (int steps = 0; steps < 10; ++steps) {
        r = skipSpaces(r, limit);
        if (r >= limit || !isWordChar(text[r]))
            break;
        const PhraseIndex::Hit v = m_in.rules.speechVerbs.longestAt(m_in.folded, r);
        if (v.length > 0 && v.payload == 0)
            return fromMention(mi, kAfter, 1.0);
        const PhraseIndex::Hit f = m_in.rules.fillers.longestAt(m_in.folded, r);
        if (f.length > 0) {
            r += f.length;
            continue;
        }
        if (++loose > 3)
            break;
        r = wordEnd(text, r, limit);
    }
    return {};
}

int QuoteAttributor::subjectBeforeVerb(int verbStart, int windowStart) const
{
    const QString &text = m_in.text;
    int b = verbStart;
    for (int hops = 0; hops < 6; ++hops) {
        while (b > windowStart && text[b - 1].isSpace())
            --b;
        if (b <= windowStart)
            return -1;
        if (const int mi = mentionEndingAt(b); mi >= 0)
            return mi;
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
        return -1;
    }
    return -1;
}

Attribution QuoteAttributor::before(int i) const
{
    const QuotedSpan &q = m_in.quotes[i];
    const int u = m_quoteUnit[i];
    if (u < 0)
        return {};
    const QString &text = m_in.text;
    int ws = m_in.units[u].span.start;
    bool middle = false;
    if (i > 0 && m_in.quotes[i - 1].end > ws && m_in.quotes[i - 1].end <= q.open) {
        ws = m_in.quotes[i - 1].end; // a split quote: '"...," Hadley said, "..."'
        middle = true;
    }
    if (skipSpaces(ws, q.open) >= q.open)
        return {};

    struct Verb
    {
        int start;
        int end;
        bool invertedOnly;
    };
    QVector<Verb> verbs;
    for (int pos = ws; pos < q.open;) {
        if (!isWordChar(text[pos]) || (pos > 0 && isWordChar(text[pos - 1]))) {
            ++pos;
            continue;
        }
        const PhraseIndex::Hit v = m_in.rules.speechVerbs.longestAt(m_in.folded, pos);
        if (v.length > 0 && !beforeInfinitive(m_in.folded, pos + v.length))
            verbs.append({pos, pos + v.length, v.payload == 1});
        pos = wordEnd(text, pos, q.open);
    }
    if (!verbs.isEmpty()) {
        const Verb v = verbs.last();
        if (!v.invertedOnly) {
            if (const int mi = subjectBeforeVerb(v.start, ws); mi >= 0)
                return fromMention(mi, middle ? kMiddle : kBefore, middle ? 1.0 : 0.95);
        }
        if (const int mi = mentionStartingAt(skipSpaces(v.end, q.open)); mi >= 0)
            return fromMention(mi, kInverted, 0.95);
        // "Putin declared ... but said "...": the subject of an earlier verb in the clause.
        int s = v.start;
        while (s > ws && text[s - 1].isSpace())
            --s;
        const QString previousWord = m_in.folded.mid(s - 4, 4);
        if (verbs.size() > 1 && (previousWord.endsWith(QLatin1String(" and")) || previousWord == QLatin1String(" but"))) {
            if (const int mi = subjectBeforeVerb(verbs[verbs.size() - 2].start, ws); mi >= 0)
                return fromMention(mi, kBefore, 0.8);
        }
    }
    // No speaking verb fits: 'one Russian diplomat shrugged: "..."' -- a short clause and a colon.
    int end = q.open;
    while (end > ws && text[end - 1].isSpace())
        --end;
    if (end <= ws || text[end - 1] != u':')
        return {};
    int clause = ws;
    if (m_in.rules.introWords.longestAt(m_in.folded, skipSpaces(ws, end)).length > 0) {
        const int comma = int(text.indexOf(u',', ws));
        clause = comma >= 0 && comma < end ? comma + 1 : ws;
    }
    for (int mi = 0; mi < m_in.mentions.size(); ++mi) {
        const SpeakerMention &m = m_in.mentions[mi];
        if (m.start < clause || m.possessive)
            continue;
        if (m.end > end)
            break;
        if (wordCountBetween(m.end, end) <= 3)
            return fromMention(mi, kColon, 0.8);
        break;
    }
    return {};
}

Attribution QuoteAttributor::continuation(int i) const
{
    const QuotedSpan &q = m_in.quotes[i];
    const int u = m_quoteUnit[i];
    if (u < 0 || m_in.units[u].span.start != q.open)
        return {}; // only a quote that starts its own sentence continues someone
    // Same paragraph: '"...," Putin said. "..."'
    if (i > 0 && m_in.quotes[i - 1].lastParagraph == q.paragraph) {
        const Attribution &prev = m_done[i - 1];
        const int prevUnit = unitAt(m_in.units, m_in.quotes[i - 1].end - 1);
        if (!prev.speaker.isEmpty() && prevUnit >= u - 1) {
            Attribution a = prev;
            a.rule = QStringLiteral("continuation-sentence");
            a.confidence = prev.confidence * 0.9;
            return a;
        }
        return {};
    }
    // Next paragraph: a paragraph that opens with a quote keeps the last speaker of the one before.
    if (skipSpaces(m_in.paragraphs[q.paragraph].start, q.open) != q.open)
        return {};
    int pp = q.paragraph - 1;
    while (pp >= 0 && m_in.kinds.value(pp) == ParagraphKind::Caption)
        --pp;
    if (pp < 0 || m_in.kinds.value(pp) == ParagraphKind::Heading)
        return {};
    int j = i - 1;
    if (j < 0 || m_in.quotes[j].lastParagraph != pp || m_done[j].speaker.isEmpty())
        return {};
    const int lastUnitOfQuote = unitAt(m_in.units, m_in.quotes[j].end - 1);
    const bool endsParagraph = lastUnitOfQuote + 1 >= m_in.units.size()
                               || m_in.units[lastUnitOfQuote + 1].paragraph != pp;
    if (!endsParagraph)
        return {};
    Attribution a = m_done[j];
    a.rule = QStringLiteral("continuation-paragraph");
    a.confidence = m_done[j].confidence * 0.85;
    return a;
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
        const PhraseIndex::Hit v = m_in.rules.speechVerbs.longestAt(m_in.folded, pos);
        if (v.length > 0 && !beforeInfinitive(m_in.folded, pos + v.length)) {
            if (const int mi = subjectBeforeVerb(pos, unit.start); mi >= 0)
                return mi;
            if (const int mi = mentionStartingAt(skipSpaces(pos + v.length, unit.end)); mi >= 0)
                return mi;
        }
        pos = wordEnd(text, pos, unit.end);
    }
    return -1;
}

QuoteAttributor::Referent QuoteAttributor::subjectOf(int u, int depth) const
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
            return {m_done[j].speaker, m_in.people.gender(m_done[j].speaker)};
    }
    const TextSpan span = m_in.units[u].span;
    if (const int mi = verbAdjacentSubject(span); mi >= 0) {
        const Referent r = resolve(mi, depth);
        if (r.valid())
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
        if (r.valid())
            return r;
    }
    return {};
}

QuoteAttributor::Referent QuoteAttributor::resolve(int mi, int depth) const
{
    const SpeakerMention &m = m_in.mentions[mi];
    if (m.kind == MentionKind::Pronoun)
        return resolvePronoun(mi, depth + 1);
    return {m.speaker, m.gender};
}

QuoteAttributor::Referent QuoteAttributor::resolvePronoun(int mi, int depth) const
{
    if (depth > 3)
        return {};
    const SpeakerMention &m = m_in.mentions[mi];
    const int u = unitAt(m_in.units, m.start);
    if (u < 0)
        return {};
    const int paragraph = m_in.units[u].paragraph;
    // "He said" refers to the latest sentence subject of the same gender, a few sentences back.
    for (int k = u - 1; k >= 0 && k >= u - 4; --k) {
        const int kp = m_in.units[k].paragraph;
        if (paragraph - kp > 2 || m_in.kinds.value(kp) == ParagraphKind::Heading)
            break;
        const Referent r = subjectOf(k, depth);
        if (r.valid() && (r.gender.isEmpty() || r.gender == m.gender))
            return r;
    }
    return {};
}

} // namespace summit
