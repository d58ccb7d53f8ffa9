// Probes of the text around a quote: mentions at a position, speech verbs, documents and their
// authors, word counts. Internal to QuoteAttributor.
#include "extract/quotes/quote_attribution.h"

#include "extract/quotes/attribution_text.h"

#include <algorithm>

namespace summit {

using namespace attribution;

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

int QuoteAttributor::mentionAfterVerb(int pos, int limit) const
{
    pos = skipSpaces(pos, limit);
    if (const int mi = mentionStartingAt(pos); mi >= 0)
        return mi;
    // "according to a statement issued by Secretary Rice": a document, perhaps a participle,
    // then "by" or "from" and its author.
    const PhraseMatcher::Hit det = m_in.rules.determiners.longestAt(m_in.folded, pos);
    if (det.length == 0)
        return -1;
    pos = skipSpaces(pos + det.length, limit);
    const PhraseMatcher::Hit doc = m_in.rules.documentNouns.longestAt(m_in.folded, pos);
    if (doc.length == 0)
        return -1;
    pos = skipSpaces(pos + doc.length, limit);
    for (int words = 0; words < 2 && pos < limit; ++words) {
        const QStringView word = QStringView(m_in.folded).mid(pos, wordEnd(m_in.text, pos, limit) - pos);
        if (word == QLatin1String("by") || word == QLatin1String("from")) {
            const int mi = mentionStartingAt(skipSpaces(pos + int(word.size()), limit));
            return mi >= 0 && m_in.mentions[mi].kind != MentionKind::Pronoun ? mi : -1;
        }
        if (!word.endsWith(QLatin1String("ed")) && !word.endsWith(QLatin1String("en")))
            return -1; // only a participle: "issued", "released", "written"
        pos = skipSpaces(pos + int(word.size()), limit);
    }
    return -1;
}

bool QuoteAttributor::afterDocumentNoun(int from, int end) const
{
    // The word before end, past a filler of time ("today"), is a document: "a statement".
    for (int hops = 0; hops < 2; ++hops) {
        int b = end;
        while (b > from && m_in.text[b - 1].isSpace())
            --b;
        int w = b;
        while (w > from && isWordChar(m_in.text[w - 1]))
            --w;
        if (w == b)
            return false;
        if (m_in.rules.documentNouns.longestAt(m_in.folded, w).length == b - w)
            return true;
        if (m_in.rules.fillers.longestAt(m_in.folded, w).length != b - w)
            return false;
        end = w;
    }
    return false;
}

PhraseMatcher::Hit QuoteAttributor::speechVerbAt(int pos) const
{
    // "the United States wants": a capitalised word inside a capitalised run is part of a name,
    // never the verb "states".
    if (m_in.text[pos].isUpper() && pos >= 2 && m_in.text[pos - 1] == u' ') {
        int w = pos - 1;
        while (w > 0 && isWordChar(m_in.text[w - 1]))
            --w;
        if (w < pos - 1 && m_in.text[w].isUpper())
            return {};
    }
    // "the states", "member states", "its statement": after a determiner or "member" the word
    // is a noun, not the verb.
    if (pos >= 2 && m_in.text[pos - 1] == u' ') {
        const QStringView before = foldedWordBefore(pos, 0);
        const int w = int(before.data() - m_in.folded.data());
        if (before == u"member" || (!before.isEmpty() && m_in.rules.determiners.longestAt(m_in.folded, w).length == before.size()))
            return {};
    }
    return m_in.rules.speechVerbs.longestAt(m_in.folded, pos);
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

} // namespace summit
