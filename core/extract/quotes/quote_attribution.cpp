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
const QString kDash = QStringLiteral("after-dash");
const QString kOrganisation = QStringLiteral("organisation");

bool isDash(QChar c) { return c == u'\u2014' || c == u'\u2013' || c == u'-'; }

/// Does the pronoun's gender fit a referent? "it" takes only organisations; he and she take a
/// person of their gender or of unknown gender (never an organisation).
bool genderFits(const QString &pronoun, const QString &referent)
{
    if (pronoun == kOrganisation)
        return referent == kOrganisation;
    return referent.isEmpty() || referent == pronoun;
}

} // namespace

QuoteAttributor::QuoteAttributor(const Input &in) : m_in(in)
{
    m_quoteUnit.reserve(in.quotes.size());
    for (const QuotedSpan &q : in.quotes)
        m_quoteUnit.append(unitAt(in.units, q.open));
    markFurniture();
}

void QuoteAttributor::markFurniture()
{
    const int count = int(m_in.paragraphs.size());
    m_furniture.resize(count);
    m_credit.fill(-1, count);
    QVector<TextSpan> trimmed(count);
    for (int p = 0; p < count; ++p) {
        int s = m_in.paragraphs[p].start;
        int e = m_in.paragraphs[p].end;
        while (s < e && m_in.text[s].isSpace())
            ++s;
        while (e > s && m_in.text[e - 1].isSpace())
            --e;
        trimmed[p] = {s, e};
        if (m_in.kinds.value(p) == ParagraphKind::Caption) {
            m_furniture[p] = true;
            continue;
        }
        // Prose ends in punctuation; a credit line ("US Senator John McCain"), a pull quote set
        // as display text or a subheading does not.
        const bool unterminated = e > s && !QStringView(u".!?\"\u201d\u2019':;)\u2026]").contains(m_in.text[e - 1]);
        if (!unterminated)
            continue;
        if (m_in.kinds.value(p) == ParagraphKind::Body)
            m_furniture[p] = true;
        // A credit line: a short line that is a name, perhaps after a role.
        const int mi = mentionEndingAt(e);
        if (mi >= 0 && m_in.mentions[mi].kind == MentionKind::Name && wordCountBetween(s, m_in.mentions[mi].start) <= 3) {
            m_furniture[p] = true;
            m_credit[p] = mi;
        }
    }
    // A paragraph that is one quote, right above a credit line, is a pull quote.
    for (const QuotedSpan &q : m_in.quotes) {
        const int p = q.paragraph;
        if (q.lastParagraph == p && p + 1 < count && m_credit[p + 1] >= 0 && q.open == trimmed[p].start
            && q.end == trimmed[p].end)
            m_furniture[p] = true;
    }
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
    m_done.append(a);
    return a;
}

bool QuoteAttributor::titleCase(const QuotedSpan &q) const
{
    // Two or more words, at least three in four capitalised, no sentence inside: a title of a
    // book, a film, an operation or a headline, not speech.
    int words = 0;
    int capitals = 0;
    for (const TextSpan seg : q.segments) {
        for (int pos = seg.start; pos < seg.end; ++pos) {
            const QChar c = m_in.text[pos];
            if ((c == u'.' || c == u'?' || c == u'!') && pos + 1 < seg.end && m_in.text[pos + 1] == u' ')
                return false;
            if (!c.isLetter() || (pos > seg.start && isWordChar(m_in.text[pos - 1])))
                continue;
            ++words;
            capitals += c.isUpper() ? 1 : 0;
        }
    }
    return words >= 2 && capitals * 4 >= words * 3;
}

int QuoteAttributor::firstBodyParagraph() const
{
    for (int p = 0; p < m_in.paragraphs.size(); ++p)
        if (m_in.kinds.value(p) == ParagraphKind::Body && !isFurniture(p))
            return p;
    return int(m_in.paragraphs.size());
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

int QuoteAttributor::mentionEndingBefore(int from, int to) const
{
    const auto &ms = m_in.mentions;
    auto it = std::lower_bound(ms.begin(), ms.end(), from, [](const SpeakerMention &m, int p) { return m.start < p; });
    return it != ms.end() && it->end <= to ? int(it - ms.begin()) : -1;
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

    const PhraseIndex::Hit verb = m_in.rules.speechVerbs.longestAt(m_in.folded, p);
    if (verb.length > 0) { // inverted: '...," said Putin'
        const int mi = mentionStartingAt(skipSpaces(p + verb.length, limit));
        return mi >= 0 ? fromMention(mi, kInverted, 1.0) : Attribution();
    }
    int mi = mentionStartingAt(p);
    if (mi < 0)
        mi = nameAfterRole(p, limit); // '"...," Pentagon press secretary Geoff Morrell said'
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
    if (r < limit && text[r] == u',') { // appositive: '..., Hadley, who spoke ..., said'
        const int next = int(text.indexOf(u',', r + 1));
        if (next < 0 || next >= limit)
            return {};
        // '"...," a White House spokesman, Gordon Johndroe, said': the name says more.
        const int inner = mentionStartingAt(skipSpaces(r + 1, next));
        if (inner >= 0 && m_in.mentions[inner].kind == MentionKind::Name && m_in.mentions[inner].end == next
            && m_in.mentions[mi].kind != MentionKind::Name && m_in.mentions[mi].kind != MentionKind::Pronoun)
            mi = inner;
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

Attribution QuoteAttributor::shortAttributionSentence(int p, int limit) const
{
    // '"We are ready." Lavrov said.' -- a sentence that is nothing but an attribution ("X said",
    // "said X", perhaps "on Tuesday" or "in a statement") belongs to the quote before it.
    const QString &text = m_in.text;
    int mi = -1;
    int r = p;
    const PhraseIndex::Hit inverted = m_in.rules.speechVerbs.longestAt(m_in.folded, p);
    if (inverted.length > 0 && inverted.payload == 0) {
        mi = mentionStartingAt(skipSpaces(p + inverted.length, limit));
        if (mi < 0 || m_in.mentions[mi].kind == MentionKind::Pronoun)
            return {};
        r = m_in.mentions[mi].end;
    } else {
        mi = mentionStartingAt(p);
        if (mi < 0 || m_in.mentions[mi].kind == MentionKind::Pronoun)
            return {};
        r = m_in.mentions[mi].end;
        bool verb = false;
        for (int steps = 0; steps < 4 && !verb; ++steps) {
            r = skipSpaces(r, limit);
            if (r >= limit || !isWordChar(text[r]))
                return {};
            const PhraseIndex::Hit v = m_in.rules.speechVerbs.longestAt(m_in.folded, r);
            const PhraseIndex::Hit f = m_in.rules.fillers.longestAt(m_in.folded, r);
            if (v.length > 0 && v.payload == 0) {
                r += v.length;
                verb = true;
            } else if (f.length > 0) {
                r += f.length;
            } else {
                return {};
            }
        }
        if (!verb)
            return {};
    }
    // Then the end of the sentence, or a short phrase of time, place or audience ("on Tuesday",
    // "in a statement", "told reporters"), never a clause of its own ("said the talks failed").
    int words = 0;
    for (;;) {
        r = skipSpaces(r, limit);
        if (r >= limit)
            break;
        if (text[r] == u'.' || text[r] == u'!')
            break;
        if (!isWordChar(text[r]) || ++words > 3)
            return {};
        if (words == 1 && !text[r].isUpper() && m_in.rules.introWords.longestAt(m_in.folded, r).length == 0
            && m_in.rules.fillers.longestAt(m_in.folded, r).length == 0
            && QStringView(m_in.folded).mid(r, 9) != QLatin1String("reporters"))
            return {};
        r = wordEnd(text, r, limit);
    }
    return fromMention(mi, kAfter, 0.9);
}

int QuoteAttributor::nameAfterRole(int p, int limit) const
{
    // A role of capitalised words and titles, then a name: "Foreign Ministry spokesman Andrei X".
    const QString &text = m_in.text;
    for (int words = 0; words < 5 && p < limit && isWordChar(text[p]); ++words) {
        const int mi = mentionStartingAt(p);
        if (mi >= 0)
            return words > 0 && m_in.mentions[mi].kind == MentionKind::Name ? mi : -1;
        const int e = wordEnd(text, p, limit);
        if (!text[p].isUpper() && m_in.rules.titles.longestAt(m_in.folded, p).length != e - p)
            return -1;
        if (e + 1 >= limit || text[e] != u' ')
            return -1;
        p = e + 1;
    }
    return -1;
}

Attribution QuoteAttributor::afterDash(int p, int limit) const
{
    const QString &text = m_in.text;
    while (p < limit && (isDash(text[p]) || text[p].isSpace()))
        ++p;
    const int mi = mentionStartingAt(p);
    if (mi < 0 || m_in.mentions[mi].kind == MentionKind::Pronoun)
        return {};
    // The credit is the rest of the line: a name, perhaps a comma and a role, nothing else.
    const int end = m_in.mentions[mi].end;
    const int next = skipSpaces(end, limit);
    if (next < limit && text[end] != u',' && text[next] != u'('
        && m_in.rules.speechVerbs.longestAt(m_in.folded, next).length == 0)
        return {};
    return fromMention(mi, kDash, 0.9);
}

QVector<SpeakerAlternative> QuoteAttributor::alternatives(int i, const QString &chosen) const
{
    // Everyone named in the quote's sentence and the one before: the candidates a reviewer
    // would weigh. Scores are low on purpose; the chosen speaker is never among them.
    QVector<SpeakerAlternative> out;
    const int u = m_quoteUnit[i];
    if (u < 0)
        return out;
    const int from = m_in.units[std::max(0, u - 1)].span.start;
    const int to = m_in.units[u].span.end;
    auto it = std::lower_bound(m_in.mentions.begin(), m_in.mentions.end(), from,
                               [](const SpeakerMention &m, int p) { return m.start < p; });
    for (; it != m_in.mentions.end() && it->start < to && out.size() < 3; ++it) {
        if (it->kind == MentionKind::Pronoun || it->speaker.isEmpty() || it->speaker == chosen)
            continue;
        if (std::any_of(out.begin(), out.end(), [&](const SpeakerAlternative &a) { return a.speaker == it->speaker; }))
            continue;
        const double base = it->possessive ? 0.1 : it->kind == MentionKind::Name ? 0.3 : 0.2;
        out.append({it->speaker, chosen.isEmpty() ? base + 0.1 : base});
    }
    return out;
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
            return objectOfPreposition(mi, windowStart);
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
        // "told reporters that Obama phoned him to say that": an infinitive is the reported
        // content of the main verb, whose subject is the speaker.
        const bool infinitive = pos >= 3 && QStringView(m_in.folded).mid(pos - 3, 3) == QLatin1String("to ")
                                && (pos == 3 || !isWordChar(m_in.folded[pos - 4]));
        if (v.length > 0 && !beforeInfinitive(m_in.folded, pos + v.length) && !infinitive)
            verbs.append({pos, pos + v.length, v.payload == 1});
        pos = wordEnd(text, pos, q.open);
    }
    if (verbs.isEmpty() && middle && wordCountBetween(ws, q.open) <= 2 && !m_done.isEmpty()
        && !m_done.last().speaker.isEmpty() && mentionEndingBefore(ws, q.open) < 0) {
        // '...who said "on behalf of all Americans" that "we are all Georgians"': a second quote
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
            // "Medvedev echoed the view, saying, "..."": a participle after a comma has the
            // clause's subject.
            int c = v.start;
            while (c > ws && text[c - 1].isSpace())
                --c;
            if (c > ws && text[c - 1] == u',' && m_in.folded.mid(v.start, v.end - v.start).endsWith(QLatin1String("ing"))) {
                if (const int mi = clauseSubject(ws, c); mi >= 0)
                    return fromMention(mi, kBefore, 0.85);
            }
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
    // No speaking verb fits: 'one Russian diplomat shrugged: "..."' -- a short clause and a colon,
    // perhaps with a parenthetical after the name ('Gen. Doe, who commands ..., was blunt:').
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
        int from = m.end;
        if (from < end && text[from] == u',') {
            const int close = int(text.indexOf(u',', from + 1));
            if (close > 0 && close < end)
                from = close + 1;
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
            return {m_done[j].speaker, m_done[j].gender};
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
    }
    return {};
}

} // namespace summit
