#include "extract/quotes/quote_finder.h"
#include "extract/text/words.h"

#include "extract/quotes/quote_attribution.h"
#include "extract/quotes/name_registry.h"
#include "extract/quotes/quote_marks.h"
#include "extract/quotes/sentence_units.h"
#include "extract/quotes/speaker_mentions.h"
#include "extract/quotes/transcript.h"

#include <algorithm>

namespace summit {

namespace {

/// 'I told her, "...' / 'I said then that "...': the words before the opening mark at open, from
/// from on, have "I" as the subject of a speech verb, with a few words at most after the verb.
bool firstPersonSpeech(const QString &text, const QString &folded, int from, int open, const QuoteRules &rules)
{
    int last = -1; // the last standalone "I" before the mark
    for (int p = from; p < open; ++p)
        if (text[p] == u'I' && (p == 0 || !isWordChar(text[p - 1])) && (p + 1 >= open || !isWordChar(text[p + 1])))
            last = p;
    if (last < 0)
        return false;
    int pos = last + 1;
    for (int words = 0; words < 3 && pos < open; ++words) {
        while (pos < open && !isWordChar(text[pos]))
            ++pos;
        if (pos >= open)
            break;
        if (const int verb = rules.speechVerbs.longestAt(folded, pos).length; verb > 0) {
            int after = 0; // words between the verb and the mark: "told her," is one
            for (int q = pos + verb; q < open;) {
                if (isWordChar(text[q])) {
                    ++after;
                    q = wordEnd(text, q, open);
                } else {
                    ++q;
                }
            }
            return after <= 6;
        }
        pos = wordEnd(text, pos, open);
    }
    return false;
}

/// Is c the last character of an opening mark ("“", '"', the second "'" of "''")?
bool isOpeningMark(QChar c, const QVector<QuoteMarkPair> &marks)
{
    for (const QuoteMarkPair &m : marks)
        if (!m.open.isEmpty() && m.open.back() == c)
            return true;
    return false;
}

} // namespace

QVector<Quote> QuoteFinder::find(const ArticleText &article) const
{
    const QString &text = article.text;
    QVector<TextSpan> paragraphs;
    QVector<ParagraphKind> kinds;
    if (article.paragraphs.isEmpty()) {
        paragraphs.append({0, int(text.size())});
        kinds.append(ParagraphKind::Body);
    }
    for (const Paragraph &p : article.paragraphs) {
        paragraphs.append(p.span);
        kinds.append(p.kind);
    }

    // Transcript turns are speech already: each is a quote by its label. Marks inside a turn are
    // searched like any prose ('He said, "..."' in an official's answer is that person's
    // quote), so only the labels are kept out of the name and mention scans.
    const QVector<TranscriptLine> transcript = readTranscript(article, paragraphs, m_people, m_rules);
    const QVector<bool> skip(paragraphs.size(), false);

    const QVector<QuotedSpan> spans = findQuotedSpans(text, paragraphs, skip, m_rules.marks);
    QVector<TextSpan> excluded;
    for (const QuotedSpan &q : spans)
        excluded.append({q.open, q.end});
    for (const TranscriptLine &line : transcript)
        if (line.firstOfTurn && line.label.end > line.label.start)
            excluded.append(line.label);
    std::sort(excluded.begin(), excluded.end(), [](TextSpan a, TextSpan b) { return a.start < b.start; });

    const QString folded = PeopleDirectory::fold(text);
    const NameRegistry names(text, folded, excluded, m_people, m_rules, m_places.names());
    const QVector<SpeakerMention> mentions =
        SpeakerMentionScanner(m_people, m_rules).scan(text, folded, excluded, article.published, names);
    const QVector<SentenceUnit> units = splitSentenceUnits(text, paragraphs, skip, spans);
    QuoteAttributor attributor({text, folded, paragraphs, kinds, spans, units, mentions, m_rules, m_people});

    // Who holds the floor in each paragraph of a transcript: 'I told her, "..."' in a turn is
    // the turn's speaker quoting earlier words of their own.
    QHash<int, QString> turnSpeaker;
    for (const TranscriptLine &line : transcript)
        turnSpeaker.insert(line.paragraph, line.speaker.isEmpty() ? names.labelSpeaker(line.label) : line.speaker);

    QVector<Quote> out;
    out.reserve(spans.size() + transcript.size());
    for (int i = 0; i < spans.size(); ++i) {
        const QuotedSpan &s = spans[i];
        Attribution a = attributor.attribute(i);
        if (!a.found() && !turnSpeaker.value(s.paragraph).isEmpty()
            && firstPersonSpeech(text, folded, std::max(paragraphs[s.paragraph].start, s.open - 80), s.open, m_rules)) {
            a.speaker = turnSpeaker.value(s.paragraph);
            a.rule = QStringLiteral("transcript-first-person");
            a.confidence = 0.8;
        }
        // A quote run on over paragraphs (no closing mark, reopened in the next paragraph) is
        // attributed once, as one utterance, but kept as one quote per reopened span: each span
        // between two marks is its own quote, as a reader cites it and as the annotation
        // conventions count it, and each clicks through to its own paragraph. A segment that
        // no mark reopens (a page copy that broke a line inside the quote) stays joined.
        QVector<QVector<TextSpan>> parts;
        for (const TextSpan seg : s.segments) {
            int before = seg.start;
            while (before > s.open && text[before - 1].isSpace())
                --before;
            const bool reopened = parts.isEmpty() || (before > s.open && isOpeningMark(text[before - 1], m_rules.marks));
            if (reopened)
                parts.append(QVector<TextSpan>());
            parts.last().append(seg);
        }
        for (const QVector<TextSpan> &segments : std::as_const(parts)) {
            Quote q;
            q.span = {segments.first().start, segments.last().end};
            QStringList words;
            for (const TextSpan seg : segments)
                words << article.slice(seg);
            q.text = words.join(u'\n');
            q.paragraph = s.paragraph;
            while (q.paragraph < s.lastParagraph && paragraphs[q.paragraph].end <= q.span.start)
                ++q.paragraph;
            q.sentence = article.sentenceAt(q.span.start);
            q.speaker = a.speaker;
            q.speakerSpan = a.speakerSpan;
            q.speakerText = article.slice(a.speakerSpan);
            q.rule = a.rule;
            q.confidence = a.confidence;
            q.alternatives = a.alternatives;
            q.fragment = countWords(q.text) <= m_rules.fragmentMaxWords;
            out.append(q);
        }
    }
    for (const TranscriptLine &line : transcript) {
        Quote q;
        q.span = line.words;
        q.text = article.slice(line.words);
        q.paragraph = line.paragraph;
        q.sentence = article.sentenceAt(q.span.start);
        q.speaker = line.speaker;
        if (q.speaker.isEmpty()) // any labelled name is the turn's speaker, listed or not
            q.speaker = names.labelSpeaker(line.label);
        q.speakerSpan = line.label;
        q.speakerText = article.slice(line.label);
        q.rule = QStringLiteral("transcript-label");
        q.confidence = line.speaker.isEmpty() ? 0.0 : 0.95;
        q.fragment = countWords(q.text) <= m_rules.fragmentMaxWords;
        out.append(q);
    }
    std::sort(out.begin(), out.end(), [](const Quote &a, const Quote &b) { return a.span.start < b.span.start; });
    return out;
}

} // namespace summit
