#include "ingest/sentence_splitter.h"

#include <QFile>

#include <memory>
#include <stdexcept>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace summit {

namespace {

// Creating a break iterator loads rule data (about a millisecond); each thread clones one
// prototype once and reuses it.
icu::BreakIterator *threadIterator()
{
    static const std::unique_ptr<icu::BreakIterator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
        }
        return it;
    }();
    thread_local std::unique_ptr<icu::BreakIterator> local(prototype->clone());
    return local.get();
}

// Appends [s, e) as one sentence, or as pieces of at most kMaxSentenceChars cut at a space
// (hard-cut when a piece has none), each trimmed.
void appendBounded(const QString &text, int s, int e, QVector<TextSpan> *out)
{
    const int limit = SentenceSplitter::kMaxSentenceChars;
    while (e - s > limit) {
        int cut = s + limit;
        while (cut > s + limit / 2 && !text[cut].isSpace())
            --cut;
        if (!text[cut].isSpace())
            cut = s + limit;
        if (cut > s && text[cut - 1].isHighSurrogate())
            --cut; // never split a surrogate pair
        int pieceEnd = cut;
        while (pieceEnd > s && text[pieceEnd - 1].isSpace())
            --pieceEnd;
        if (pieceEnd > s)
            out->append({s, pieceEnd});
        s = cut;
        while (s < e && text[s].isSpace())
            ++s;
    }
    if (e > s)
        out->append({s, e});
}

} // namespace

SentenceSplitter::SentenceSplitter(QSet<QString> abbreviations) : m_abbreviations(std::move(abbreviations)) {}

bool SentenceSplitter::endsWithAbbreviation(const QString &text, int end) const
{
    int e = end;
    while (e > 0 && text[e - 1].isSpace())
        --e;
    int s = e;
    while (s > 0 && !text[s - 1].isSpace() && text[s - 1] != QLatin1Char('(') && text[s - 1] != QLatin1Char('"'))
        --s;
    const QString token = text.mid(s, e - s);
    // A single capital and a period is a middle initial ("George W. Bush"), not a sentence end.
    if (token.size() == 2 && token[0].isUpper() && token[1] == QLatin1Char('.'))
        return true;
    return m_abbreviations.contains(token);
}

QVector<TextSpan> SentenceSplitter::split(const QString &text, TextSpan span) const
{
    QVector<TextSpan> out;
    icu::BreakIterator *it = threadIterator();
    const icu::UnicodeString view(false, reinterpret_cast<const UChar *>(text.constData() + span.start),
                                  span.length());
    it->setText(view);
    int start = 0;
    for (int b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        const int absEnd = span.start + b;
        // Re-join a break that falls right after a listed abbreviation ("Gen. Smith"); ICU's
        // own suppression list misses some titles common in news prose.
        if (b < span.length() && endsWithAbbreviation(text, absEnd))
            continue;
        int s = span.start + start;
        int e = absEnd;
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        appendBounded(text, s, e, &out);
        start = b;
    }
    return out;
}

} // namespace summit
