// Attribution forms beyond "X said": dash credits, pull quotes and their credit lines, a
// sentence that is only an attribution, role phrases before a name, quoted titles, furniture
// paragraphs, and the alternatives kept with each quote.
#include "extract/quotes/quote_attribution.h"

#include "extract/quotes/attribution_text.h"

#include <algorithm>

namespace summit {

using namespace attribution;

void QuoteAttributor::markFurniture()
{
    const int count = int(m_in.paragraphs.size());
    m_furniture.resize(count);
    m_credit.fill(-1, count);
    QVector<TextSpan> trimmed(count);
    QVector<int> roleCredit(count, -1);
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
        int mi = mentionEndingAt(e);
        if (mi >= 0 && m_in.mentions[mi].kind == MentionKind::Name && wordCountBetween(s, m_in.mentions[mi].start) <= 3
            && m_in.rules.bylineWords.longestAt(m_in.folded, s).length == 0) {
            m_furniture[p] = true;
            m_credit[p] = mi;
        } else if ((mi = creditWithRole(s, e)) >= 0) {
            roleCredit[p] = mi; // a credit only below a pull quote (see below)
        }
    }
    // A paragraph that is one quote, right above a credit line, is a pull quote.
    // "- Jane Doe, analyst" (the cleaner may have kept the line as a heading) is a credit line
    // there too, and like any furniture it is looked past, not stopped at.
    for (const QuotedSpan &q : m_in.quotes) {
        const int p = q.paragraph;
        if (q.lastParagraph == p && p + 1 < count && (m_credit[p + 1] >= 0 || roleCredit[p + 1] >= 0)
            && m_in.kinds.value(p) == ParagraphKind::Body && q.open == trimmed[p].start && q.end == trimmed[p].end) {
            m_furniture[p] = true;
            if (m_credit[p + 1] < 0) {
                m_credit[p + 1] = roleCredit[p + 1];
                m_furniture[p + 1] = true;
            }
        }
    }
}

int QuoteAttributor::creditWithRole(int s, int e) const
{
    // "- Stephen Hadley, national security adviser": perhaps a dash, a name, perhaps a comma and
    // a short role; the role has no verb.
    while (s < e && (isDash(m_in.text[s]) || m_in.text[s].isSpace()))
        ++s;
    const int mi = mentionStartingAt(s);
    if (mi < 0 || m_in.mentions[mi].kind != MentionKind::Name)
        return -1;
    const int end = m_in.mentions[mi].end;
    if (end == e)
        return mi;
    if (m_in.text[end] != u',' || wordCountBetween(end, e) > 6)
        return -1;
    for (int pos = skipSpaces(end + 1, e); pos < e; pos = skipSpaces(pos, e)) {
        if (!isWordChar(m_in.text[pos])) {
            ++pos;
            continue;
        }
        if (m_in.rules.speechVerbs.longestAt(m_in.folded, pos).length > 0)
            return -1;
        pos = wordEnd(m_in.text, pos, e);
    }
    return mi;
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

Attribution QuoteAttributor::shortAttributionSentence(int p, int limit) const
{
    // '"We are ready." Lavrov said.' -- a sentence that is nothing but an attribution ("X said",
    // "said X", perhaps "on Tuesday" or "in a statement") belongs to the quote before it.
    const QString &text = m_in.text;
    int mi = -1;
    int r = p;
    const PhraseMatcher::Hit inverted = m_in.rules.speechVerbs.longestAt(m_in.folded, p);
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
            const PhraseMatcher::Hit v = m_in.rules.speechVerbs.longestAt(m_in.folded, r);
            const PhraseMatcher::Hit f = m_in.rules.fillers.longestAt(m_in.folded, r);
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
        if (mi >= 0 && m_in.mentions[mi].kind == MentionKind::Name)
            return words > 0 ? mi : -1;
        if (mi >= 0 && m_in.mentions[mi].kind != MentionKind::Organisation)
            return -1;
        // an organisation is part of the role ("NATO spokesman"): step over it
        const int e = mi >= 0 ? m_in.mentions[mi].end : wordEnd(text, p, limit);
        if (mi < 0 && !text[p].isUpper() && m_in.rules.titles.longestAt(m_in.folded, p).length != e - p)
            return -1;
        if (e + 1 >= limit || text[e] != u' ')
            return -1;
        p = e + 1;
    }
    return -1;
}

int QuoteAttributor::nameAfterRoleApposition(int p, int limit) const
{
    // A role of a few words with no verb, then the name between commas: '"...," Russia's
    // ambassador to the United Nations, Vitaly Churkin, told reporters'. The role may hold
    // possessives and places but no other speaker.
    const QString &text = m_in.text;
    const int comma = int(text.indexOf(u',', p));
    if (comma < 0 || comma >= limit || wordCountBetween(p, comma) > 8)
        return -1;
    for (int pos = p; pos < comma;) {
        if (!isWordChar(text[pos])) {
            if (!text[pos].isSpace() && text[pos] != u'\'' && text[pos] != u'\u2019' && text[pos] != u'.')
                return -1;
            ++pos;
            continue;
        }
        if (speechVerbAt(pos).length > 0)
            return -1;
        const int mi = mentionStartingAt(pos);
        if (mi >= 0 && m_in.mentions[mi].kind == MentionKind::Name)
            return -1;
        pos = wordEnd(text, pos, comma);
    }
    const int mi = mentionStartingAt(skipSpaces(comma + 1, limit));
    if (mi < 0 || m_in.mentions[mi].kind != MentionKind::Name || m_in.mentions[mi].end >= limit
        || text[m_in.mentions[mi].end] != u',')
        return -1;
    return mi;
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

} // namespace summit
