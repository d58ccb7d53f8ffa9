#include "extract/quotes/sentence_units.h"

#include <algorithm>

namespace summit {

namespace {

bool isAbbreviationBefore(const QString &text, int dot, int paraStart)
{
    int s = dot;
    while (s > paraStart && text[s - 1].isLetter())
        --s;
    const int len = dot - s;
    if (len == 1 && text[s].isUpper())
        return true; // initials and initialisms: "George W. Bush", "U.S."
    static const QStringList abbreviations = {
        QStringLiteral("Mr"),  QStringLiteral("Mrs"), QStringLiteral("Ms"),   QStringLiteral("Dr"),
        QStringLiteral("Gen"), QStringLiteral("Sen"), QStringLiteral("Rep"),  QStringLiteral("Gov"),
        QStringLiteral("Lt"),  QStringLiteral("Col"), QStringLiteral("Sgt"),  QStringLiteral("St"),
        QStringLiteral("Jr"),  QStringLiteral("Sr"),  QStringLiteral("Jan"),  QStringLiteral("Feb"),
        QStringLiteral("Aug"), QStringLiteral("Sept"), QStringLiteral("Oct"), QStringLiteral("Nov"),
        QStringLiteral("Dec"), QStringLiteral("No"),  QStringLiteral("Adm"),  QStringLiteral("Gens")};
    return len > 0 && len <= 4 && abbreviations.contains(text.mid(s, len));
}

/// True when what follows pos starts a new sentence: an upper-case letter, a digit or a quote mark.
bool startsSentence(const QString &text, int pos, int end)
{
    while (pos < end && text[pos].isSpace())
        ++pos;
    if (pos >= end)
        return true;
    const QChar c = text[pos];
    return c.isUpper() || c.isDigit() || c == u'"' || c == u'\u201c' || c == u'\u00ab' || c == u'\u201e'
           || c == u'\'';
}

bool isTerminal(QChar c) { return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026'; }

} // namespace

QVector<SentenceUnit> splitSentenceUnits(const QString &text, const QVector<TextSpan> &paragraphs,
                                         const QVector<bool> &skip, const QVector<QuotedSpan> &quotes)
{
    QVector<SentenceUnit> units;
    int q = 0;
    for (int p = 0; p < paragraphs.size(); ++p) {
        if (skip.value(p))
            continue;
        const TextSpan para = paragraphs[p];
        int start = para.start;
        int pos = para.start;
        const auto flush = [&](int end) {
            while (start < end && text[start].isSpace())
                ++start;
            if (end > start)
                units.append({{start, end}, p});
            start = end;
        };
        while (pos < para.end) {
            while (q < quotes.size() && quotes[q].end <= pos)
                ++q;
            if (q < quotes.size() && quotes[q].open <= pos && pos < quotes[q].end) {
                const QuotedSpan &qs = quotes[q];
                if (qs.end > para.end) { // runs on: the rest of this paragraph is quoted
                    pos = para.end;
                    break;
                }
                pos = qs.end;
                const TextSpan last = qs.segments.last();
                if (qs.closed() && last.length() > 0 && isTerminal(text[last.end - 1])
                    && startsSentence(text, pos, para.end))
                    flush(pos);
                continue;
            }
            if (isTerminal(text[pos]) && (pos + 1 >= para.end || text[pos + 1].isSpace())
                && startsSentence(text, pos + 1, para.end)
                && !(text[pos] == u'.' && isAbbreviationBefore(text, pos, para.start)))
                flush(pos + 1);
            ++pos;
        }
        flush(para.end);
        start = para.end;
    }
    return units;
}

int unitAt(const QVector<SentenceUnit> &units, int pos)
{
    auto it = std::upper_bound(units.begin(), units.end(), pos,
                               [](int p, const SentenceUnit &u) { return p < u.span.start; });
    if (it == units.begin())
        return -1;
    return int(it - units.begin()) - 1;
}

} // namespace summit
