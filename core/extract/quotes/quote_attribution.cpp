#include "extract/quotes/quote_attribution.h"

#include "extract/quotes/attribution_text.h"

#include <algorithm>

namespace summit {

using namespace attribution;

QuoteAttributor::QuoteAttributor(const Input &in) : m_in(in)
{
    m_quoteUnit.reserve(in.quotes.size());
    for (const QuotedSpan &q : in.quotes)
        m_quoteUnit.append(unitAt(in.units, q.open));
    markFurniture();
}

Attribution QuoteAttributor::attribute(int i)
{
    const QuotedSpan &q = m_in.quotes[i];
    Attribution a;
    // "In his book "The New Cold War," Lucas argues": a quoted title is nobody's speech.
    if (!titleCase(q)) {
        a = after(q);
        if (!a.found())
            a = before(i);
        if (!a.found())
            a = continuation(i);
    }
    if (a.found() && !q.closed())
        a.confidence *= 0.8; // an unclosed mark may be a typo: trust the whole quote less
    a.alternatives = alternatives(i, a.speaker);
    // '"...," she said' about a person of unknown gender tells us the gender: a later "he" can
    // no longer refer to her.
    if (a.rule.endsWith(QLatin1String("/pronoun")) && !a.speaker.isEmpty() && a.gender.isEmpty()) {
        if (const int mi = mentionStartingAt(a.speakerSpan.start);
            mi >= 0 && m_in.mentions[mi].kind == MentionKind::Pronoun && !m_in.mentions[mi].gender.isEmpty()) {
            a.gender = m_in.mentions[mi].gender;
            m_learnedGender.insert(a.speaker, a.gender);
        }
    }
    m_done.append(a);
    return a;
}

Attribution QuoteAttributor::fromMention(int mi, const QString &position, double factor) const
{
    const SpeakerMention &m = m_in.mentions[mi];
    Attribution a;
    a.speakerSpan = {m.start, m.end};
    QString how;
    double base = 0;
    a.gender = m.gender;
    switch (m.kind) {
    case MentionKind::Name:
        how = QStringLiteral("name");
        base = m.listed ? 0.95 : 0.85; // a name read from the text's shape is less sure
        a.speaker = m.speaker;
        break;
    case MentionKind::Descriptor: how = QStringLiteral("descriptor"); base = 0.85; a.speaker = m.speaker; break;
    case MentionKind::Unnamed: how = QStringLiteral("unnamed-source"); base = 0.9; a.speaker = m.speaker; break;
    case MentionKind::Organisation: how = kOrganisation; base = 0.85; a.speaker = m.speaker; break;
    case MentionKind::Pronoun: {
        how = QStringLiteral("pronoun");
        base = 0.8;
        const Referent r = resolvePronoun(mi, 0);
        a.speaker = r.speaker;
        a.gender = r.gender;
        break;
    }
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
    if (p >= limit) {
        // A pull quote and its credit line below: '"..."' / 'Former negotiator Jane Doe'.
        const int credit = q.lastParagraph + 1 < m_credit.size() ? m_credit[q.lastParagraph + 1] : -1;
        if (credit >= 0 && isFurniture(q.lastParagraph))
            return fromMention(credit, QStringLiteral("after-credit"), 0.9);
        return {};
    }
    if (!comma && isDash(text[p])) // '"..." -- Senator John Smith'
        return afterDash(p, limit);
    // The last real character: past a nested quote's closing mark ('..."Caribbean crisis,' "').
    int lastPos = q.segments.last().end - 1;
    while (lastPos > q.segments.last().start
           && (text[lastPos].isSpace() || text[lastPos] == u'\'' || text[lastPos] == u'\u2019'))
        --lastPos;
    const QChar lastChar = text[lastPos];
    // After a full stop the sentence is over, unless it goes on in lower case ('..." he said').
    const bool open = comma || QStringView(u",?!\u2026\u2014\u2013-:").contains(lastChar)
                      || (lastChar == u'.' && text[p].isLower());
    if (!open)
        return shortAttributionSentence(p, limit);

    const PhraseMatcher::Hit verb = m_in.rules.speechVerbs.longestAt(m_in.folded, p);
    if (verb.length > 0) { // inverted: '...," said Putin'
        const int mi = mentionAfterVerb(p + verb.length, limit);
        return mi >= 0 ? fromMention(mi, kInverted, 1.0) : Attribution();
    }
    // '"...," Pentagon press secretary Gareth Holloway said', '"...," Chile's UN envoy Jane Doe
    // said': the name after a role, even when the role starts with an organisation.
    int mi = nameAfterRole(p, limit);
    if (mi < 0)
        mi = mentionStartingAt(p);
    bool apposition = false;
    if (mi < 0) {
        mi = nameAfterRoleApposition(p, limit); // '"...," Russia's envoy to the UN, Jane Doe, said'
        apposition = mi >= 0;
    }
    if (mi < 0)
        return {};
    if (m_in.mentions[mi].kind != MentionKind::Name && m_in.mentions[mi].kind != MentionKind::Pronoun) {
        // '"...," Kremlin spokesman Dmitry Peskov said': the name after the role is the speaker.
        const int e = m_in.mentions[mi].end;
        const int next = mentionStartingAt(e + 1);
        if (e + 1 < limit && text[e] == u' ' && next >= 0 && m_in.mentions[next].kind == MentionKind::Name)
            mi = next;
    }
    int r = m_in.mentions[mi].end;
    if (apposition)
        ++r; // past the comma that closes the name
    else if (r < limit && text[r] == u',') { // appositive: '..., Hadley, who spoke ..., said'
        const int next = int(text.indexOf(u',', r + 1));
        if (next < 0 || next >= limit)
            return {};
        // '"...," a White House spokesman, Martin Hale, said': the name says more.
        const int inner = mentionStartingAt(skipSpaces(r + 1, next));
        if (inner >= 0 && m_in.mentions[inner].kind == MentionKind::Name && m_in.mentions[inner].end == next
            && m_in.mentions[mi].kind != MentionKind::Name && m_in.mentions[mi].kind != MentionKind::Pronoun)
            mi = inner;
        r = next + 1;
    }
    int loose = 0; // words that are neither fillers nor verbs: "in Moscow", "at a news conference"
    // An unnamed source may be described by a phrase of its own: '"...," a diplomat from one of
    // the alliance's eastern members said'. Only "from" or "with" opening it allows more words.
    int looseLimit = 3;
    if (m_in.mentions[mi].kind == MentionKind::Unnamed) {
        const int w = skipSpaces(r, limit);
        const QStringView word = QStringView(m_in.folded).mid(w, wordEnd(text, w, limit) - w);
        if (word == u"from" || word == u"with")
            looseLimit = 9;
    }
    for (int steps = 0; steps < 12; ++steps) {
        r = skipSpaces(r, limit);
        if (r >= limit || !isWordChar(text[r]))
            break;
        const PhraseMatcher::Hit v = speechVerbAt(r);
        if (v.length > 0 && v.payload == 0)
            return fromMention(mi, kAfter, 1.0);
        const PhraseMatcher::Hit f = m_in.rules.fillers.longestAt(m_in.folded, r);
        if (f.length > 0) {
            r += f.length;
            continue;
        }
        if (++loose > looseLimit)
            break;
        r = wordEnd(text, r, limit);
    }
    return {};
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
    if (skipSpaces(ws, q.open) >= q.open) {
        // 'Radoslaw Sikorski, interviewed on radio:' closing the paragraph before one that
        // opens with the quote.
        const int pp = q.paragraph - 1;
        if (middle || pp < 0 || skipSpaces(m_in.paragraphs[q.paragraph].start, q.open) != q.open)
            return {};
        int pend = m_in.paragraphs[pp].end;
        while (pend > m_in.paragraphs[pp].start && text[pend - 1].isSpace())
            --pend;
        const int lastUnit = unitAt(m_in.units, pend - 1);
        if (lastUnit < 0 || pend <= m_in.paragraphs[pp].start || text[pend - 1] != u':')
            return {};
        return colonIntro(std::max(m_in.units[lastUnit].span.start, m_in.paragraphs[pp].start), pend);
    }

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
        const PhraseMatcher::Hit v = speechVerbAt(pos);
        // "told reporters that Obama phoned him to say that": an infinitive is the reported
        // content of the main verb, whose subject is the speaker.
        const bool infinitive = pos >= 3 && QStringView(m_in.folded).mid(pos - 3, 3) == QLatin1String("to ")
                                && (pos == 3 || !isWordChar(m_in.folded[pos - 4]));
        if (v.length > 0 && !beforeInfinitive(m_in.folded, m_in.text, pos + v.length) && !infinitive
            && !afterFormOfBe(pos))
            verbs.append({pos, pos + v.length, v.payload == 1});
        pos = wordEnd(text, pos, q.open);
    }
    if (verbs.isEmpty() && middle && wordCountBetween(ws, q.open) <= 2 && !m_done.isEmpty()
        && !m_done.last().speaker.isEmpty() && mentionEndingBefore(ws, q.open) < 0) {
        // '...who said "in the name of the alliance" that "nobody will be left alone"': a second quote
        // joined to the first by a word or two belongs to the same speaker.
        Attribution a = m_done.last();
        a.rule = QStringLiteral("middle/continuation");
        a.confidence *= 0.9;
        return a;
    }
    if (!verbs.isEmpty()) {
        const Verb v = verbs.last();
            if (!v.invertedOnly) {
            if (const int mi = subjectBeforeVerb(v.start, ws); mi >= 0)
                return fromMention(mi, middle ? kMiddle : kBefore, middle ? 1.0 : 0.95);
            if (const int mi = subjectBeforeParticiplePhrase(v.start, ws); mi >= 0)
                return fromMention(mi, kBefore, 0.85);
            // "Medvedev echoed the view, saying, "..."": a participle after a comma has the
            // clause's subject.
            int c = v.start;
            while (c > ws && text[c - 1].isSpace())
                --c;
            const bool participle = m_in.folded.mid(v.start, v.end - v.start).endsWith(QLatin1String("ing"));
            if (participle && c > ws && text[c - 1] == u',') {
                if (const int mi = clauseSubject(ws, c); mi >= 0)
                    return fromMention(mi, kBefore, 0.85);
            }
            // "The ministry put out a statement today saying that "..."": the document speaks
            // for the clause's subject.
            if (participle && afterDocumentNoun(ws, c)) {
                if (const int mi = clauseSubject(ws, c); mi >= 0 && m_in.mentions[mi].kind != MentionKind::Pronoun)
                    return fromMention(mi, kBefore, 0.8);
            }
        }
        // 'said Putin, "..."'; but in 'said he hoped Moscow would "..."' the pronoun is the
        // subject of the reported clause, not the teller.
        // Nor is the name in 'described Medvedev as "..."' the teller: it is the verb's object,
        // as is whoever is told or asked ('told EAP by telephone: "..."').
        const QStringView verbWord = QStringView(m_in.folded).mid(v.start, v.end - v.start);
        const bool listenerFollows = verbWord.startsWith(u"told") || verbWord.startsWith(u"tell")
                                     || verbWord.startsWith(u"ask");
        if (const int mi = listenerFollows ? -1 : mentionAfterVerb(v.end, q.open);
            mi >= 0 && !(m_in.mentions[mi].kind == MentionKind::Pronoun && startsClause(m_in.mentions[mi].end, q.open))
            && QStringView(m_in.folded).mid(m_in.mentions[mi].end, 4) != QLatin1String(" as "))
            return fromMention(mi, kInverted, 0.95);
        // "Putin declared ... but said "...": the subject of an earlier verb in the clause.
        int s = v.start;
        while (s > ws && text[s - 1].isSpace())
            --s;
        const QString previousWord = m_in.folded.mid(s - 4, 4);
        if (previousWord.endsWith(QLatin1String(" and")) || previousWord == QLatin1String(" but")) {
            if (const int mi = verbs.size() > 1 ? subjectBeforeVerb(verbs[verbs.size() - 2].start, ws) : -1; mi >= 0)
                return fromMention(mi, kBefore, 0.8);
            // 'Obama said the two "...", and described Medvedev as "..."': the verb joined to
            // the earlier quote of the sentence shares its teller.
            if (middle && !m_done.isEmpty() && !m_done.last().speaker.isEmpty()) {
                Attribution a = m_done.last();
                a.rule = QStringLiteral("middle/coordinated");
                a.confidence *= 0.85;
                return a;
            }
            if (!middle) {
                // "Thaci, who read out the declaration, thanked Washington and said ...": the
                // subject that opens the sentence (or its parenthetical name) is the teller.
                if (const int mi = openingSubject(ws, s); mi >= 0)
                    return fromMention(mi, kBefore, 0.75);
            }
        }
    }
    // No speaking verb fits: 'one Russian diplomat shrugged: "..."' -- a short clause and a colon.
    int end = q.open;
    while (end > ws && text[end - 1].isSpace())
        --end;
    return colonIntro(ws, end);
}

int QuoteAttributor::subjectBeforeParticiplePhrase(int verbStart, int windowStart) const
{
    // "a senior official traveling with the minister put it this way:", "Albescu speaking in
    // Valletta said": a subject, then a phrase opened by a participle (it may name others, as
    // objects), then the verb. No comma, quote mark or semicolon in between, at most eight words.
    const QString &text = m_in.text;
    for (int k = int(m_in.mentions.size()) - 1; k >= 0; --k) {
        const SpeakerMention &m = m_in.mentions[k];
        if (m.end >= verbStart)
            continue;
        if (m.start < windowStart)
            break;
        if (m.possessive || m.kind == MentionKind::Pronoun)
            continue;
        const int from = skipSpaces(m.end, verbStart);
        if (wordCountBetween(from, verbStart) > 8)
            break;
        const QStringView first = QStringView(m_in.folded).mid(from, wordEnd(text, from, verbStart) - from);
        if (!looksLikeParticiple(first))
            continue;
        for (int p = m.end; p < verbStart; ++p)
            if (text[p] == u',' || text[p] == u'"' || text[p] == u'\u201C' || text[p] == u';')
                return -1;
        return objectOfPreposition(k, windowStart);
    }
    return -1;
}

QStringView QuoteAttributor::foldedWordBefore(int pos, int limit) const
{
    int b = pos;
    while (b > limit && m_in.text[b - 1].isSpace())
        --b;
    int w = b;
    while (w > limit && isWordChar(m_in.text[w - 1]))
        --w;
    return QStringView(m_in.folded).mid(w, b - w);
}

bool QuoteAttributor::afterFormOfBe(int pos) const
{
    // "Putin was told that", "the plan was described as", "he was accused of": a passive speech
    // verb's subject is the listener or the topic, never the teller.
    const QStringView word = foldedWordBefore(pos, 0);
    return word == u"was" || word == u"were" || word == u"is" || word == u"are" || word == u"been"
           || word == u"being" || word == u"be";
}

Attribution QuoteAttributor::colonIntro(int ws, int end) const
{
    // A short clause ending in a colon names the speaker, perhaps with a parenthetical after
    // the name ('Gen. Doe, who commands ..., was blunt:').
    const QString &text = m_in.text;
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
        const QStringView before = foldedWordBefore(m.start, clause);
        // "In it he argued:": a pronoun after a preposition is no subject.
        if (m.kind == MentionKind::Pronoun && !before.isEmpty()
            && m_in.rules.introWords.longestAt(m_in.folded, int(before.data() - m_in.folded.data())).length
                   == before.size())
            continue;
        // 'told EAP by telephone:': whoever is told or asked listens.
        if (before == u"told" || before == u"tell" || before == u"tells" || before == u"asked" || before == u"asks")
            continue;
        if (m.end > end)
            break;
        int from = m.end;
        if (from < end && text[from] == u',') {
            const int close = int(text.indexOf(u',', from + 1));
            if (close > 0 && close < end) {
                from = close + 1;
            } else {
                // 'Sarkozy, choosing his words carefully: "..."', 'Sikorski, interviewed on
                // radio on Monday:' -- a participle phrase runs from the comma to the colon.
                const int w = skipSpaces(from + 1, end);
                const QStringView word = QStringView(m_in.folded).mid(w, wordEnd(text, w, end) - w);
                if (looksLikeParticiple(word) && wordCountBetween(w, end) <= 10)
                    return fromMention(mi, kColon, 0.75);
            }
        }
        if (wordCountBetween(from, end) <= 3)
            return fromMention(mi, kColon, from == m.end ? 0.8 : 0.75);
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
    while (pp >= 0 && isFurniture(pp))
        --pp;
    if (pp < 0 || m_in.kinds.value(pp) == ParagraphKind::Heading)
        return {};
    int j = i - 1;
    while (j >= 0 && m_in.quotes[j].lastParagraph > pp) // a pull quote in between
        --j;
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

} // namespace summit
