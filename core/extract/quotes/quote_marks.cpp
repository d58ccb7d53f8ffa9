#include "extract/quotes/quote_marks.h"

namespace summit {

namespace {

bool startsWithAt(const QString &text, int pos, const QString &what, int limit)
{
    return pos + what.size() <= limit && QStringView(text).mid(pos, what.size()) == what;
}

/// Trims spaces inside [start, end) and returns the segment (possibly empty).
TextSpan trimmed(const QString &text, int start, int end)
{
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return {start, end};
}

/// The pair whose opening mark is at pos, or -1. A straight or doubled-single mark opens only
/// before a non-space and not right after a letter (which rules out inch marks and "rock''n").
int openingAt(const QString &text, int pos, int limit, const QVector<QuoteMarkPair> &marks)
{
    for (int m = 0; m < marks.size(); ++m) {
        const QuoteMarkPair &pair = marks[m];
        if (!startsWithAt(text, pos, pair.open, limit))
            continue;
        if (pair.open == pair.close) {
            const int after = pos + int(pair.open.size());
            if (after >= limit || text[after].isSpace())
                continue;
            if (pos > 0 && text[pos - 1].isLetterOrNumber())
                continue;
        }
        return m;
    }
    return -1;
}

/// Length of a closing mark for an open mark string at pos, or 0.
int closingAt(const QString &text, int pos, int limit, const QString &open,
              const QVector<QuoteMarkPair> &marks)
{
    for (const QuoteMarkPair &pair : marks)
        if (pair.open == open && startsWithAt(text, pos, pair.close, limit))
            return int(pair.close.size());
    return 0;
}

/// Offset just after an opening mark of the same kind at the start of a paragraph, or -1.
int reopenedAt(const QString &text, TextSpan para, const QString &open)
{
    int pos = para.start;
    while (pos < para.end && text[pos].isSpace())
        ++pos;
    return startsWithAt(text, pos, open, para.end) ? pos + int(open.size()) : -1;
}

/// True when the line ending at end stops mid-sentence and the next paragraph goes on with a
/// lower-case word: one paragraph broken by a hard line wrap (the cleaner may have made each
/// wrapped line a paragraph of its own).
bool wrapsInto(const QString &text, int end, TextSpan next)
{
    int e = end;
    while (e > 0 && text[e - 1] == u' ')
        --e;
    if (e == 0 || !(text[e - 1].isLetterOrNumber() || text[e - 1] == u','))
        return false;
    return next.start < next.end && text[next.start].isLower();
}

} // namespace

QVector<QuotedSpan> findQuotedSpans(const QString &text, const QVector<TextSpan> &paragraphs,
                                    const QVector<bool> &skip, const QVector<QuoteMarkPair> &marks)
{
    QVector<QuotedSpan> out;
    // Most characters start no mark: test them against the first characters before comparing.
    QString firsts;
    for (const QuoteMarkPair &pair : marks)
        firsts.append(pair.open[0]).append(pair.close[0]);
    int p = 0;
    int pos = paragraphs.isEmpty() ? 0 : paragraphs[0].start;
    while (p < paragraphs.size()) {
        const TextSpan para = paragraphs[p];
        if (skip.value(p) || pos >= para.end) {
            ++p;
            pos = p < paragraphs.size() ? paragraphs[p].start : 0;
            continue;
        }
        const int m = firsts.contains(text[pos]) ? openingAt(text, pos, para.end, marks) : -1;
        if (m < 0) {
            ++pos;
            continue;
        }
        QuotedSpan q;
        q.open = pos;
        q.paragraph = p;
        const QString open = marks[m].open;
        int segStart = pos + int(open.size());
        int cur = segStart;
        int curPara = p;
        while (true) {
            const int limit = paragraphs[curPara].end;
            int closeLen = 0;
            while (cur < limit && (!firsts.contains(text[cur])
                                   || (closeLen = closingAt(text, cur, limit, open, marks)) == 0))
                ++cur;
            if (closeLen > 0) {
                q.segments.append(trimmed(text, segStart, cur));
                q.close = cur;
                q.end = cur + closeLen;
                break;
            }
            // The paragraph ended inside the quote: it runs on if the next one reopens it.
            q.segments.append(trimmed(text, segStart, limit));
            const int next = curPara + 1;
            const int reopened = next < paragraphs.size() && !skip.value(next)
                                     ? reopenedAt(text, paragraphs[next], open)
                                     : -1;
            if (reopened >= 0) {
                curPara = next;
                segStart = cur = reopened;
                continue;
            }
            // A hard-wrapped line: the quote goes on in lower case on the next line
            // ("It is an agreement\nfor friends and allies," said ...).
            if (next < paragraphs.size() && !skip.value(next) && wrapsInto(text, limit, paragraphs[next])) {
                curPara = next;
                segStart = cur = paragraphs[next].start;
                continue;
            }
            q.end = limit;
            break;
        }
        q.lastParagraph = curPara;
        while (!q.segments.isEmpty() && q.segments.last().length() == 0)
            q.segments.removeLast();
        if (!q.segments.isEmpty() && q.segments.first().length() > 0)
            out.append(q);
        p = curPara;
        pos = q.end;
    }
    return out;
}

} // namespace summit
