#include "ingest/source_block.h"

#include <QRegularExpression>

namespace summit {

namespace {

struct Line
{
    int start;
    int end; // exclusive, without the newline
};

QVector<Line> splitLines(const QString &raw)
{
    QVector<Line> lines;
    int start = 0;
    const int n = int(raw.size());
    // LF, CRLF and a lone CR (old Mac files, some exports) all end a line; offsets stay those of
    // the raw text, so nothing is rewritten.
    for (int i = 0; i < n; ++i) {
        if (raw[i] == QLatin1Char('\n')) {
            int end = i;
            if (end > start && raw[end - 1] == QLatin1Char('\r'))
                --end;
            lines.append({start, end});
            start = i + 1;
        } else if (raw[i] == QLatin1Char('\r') && (i + 1 >= n || raw[i + 1] != QLatin1Char('\n'))) {
            lines.append({start, i});
            start = i + 1;
        }
    }
    if (start < n)
        lines.append({start, n});
    return lines;
}

bool isBulletPrefix(QChar c)
{
    return c == QChar(0x2022) || c == QChar(0x25CF) || c == QChar(0x25AA) || c == QChar(0x2023);
}

// Reduces inline markdown to its text: [label](target) -> label, **x** / __x__ -> x.
void appendInline(SourceBlock &block, const QString &raw, int from, int to, bool markdown)
{
    // Link syntax is reduced in plain text too: pages saved as text often keep it as residue.
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]\n]*)\]\(([^)\s]*)\))"));
    int pos = from;
    auto it = link.globalMatch(raw.mid(from, to - from));
    while (it.hasNext()) {
        const auto m = it.next();
        const int s = from + int(m.capturedStart(0));
        if (s > pos)
            block.append(raw.mid(pos, s - pos), pos);
        block.append(m.captured(1), from + int(m.capturedStart(1)));
        block.hadMarkdownLinks = true;
        block.linkTextLength += int(m.capturedLength(1));
        pos = from + int(m.capturedEnd(0));
    }
    if (pos < to)
        block.append(raw.mid(pos, to - pos), pos);
    if (!markdown)
        return;
    // Emphasis markers carry no words; drop them from the clean text only.
    for (const QLatin1String marker : {QLatin1String("**"), QLatin1String("__")}) {
        int at;
        while ((at = int(block.text.indexOf(marker))) >= 0) {
            block.text.remove(at, 2);
            for (auto &a : block.anchors)
                if (a.clean > at)
                    a.clean = std::max(at, a.clean - 2);
        }
    }
}

bool endsSentence(const QString &s)
{
    static const QString closers = QStringLiteral(".!?:\"\u201D\u2019')]");
    return !s.isEmpty() && closers.contains(s.back());
}

} // namespace

QVector<SourceBlock> readTextBlocks(const QString &raw, bool markdown)
{
    QVector<SourceBlock> blocks;
    const QVector<Line> lines = splitLines(raw);
    bool joinable = false; // the previous block is prose that may continue on this line
    bool inBlockquote = false; // the previous block is a markdown blockquote still open
    for (const Line &line : lines) {
        int s = line.start;
        int e = line.end;
        while (s < e && raw[s].isSpace())
            ++s;
        while (e > s && raw[e - 1].isSpace())
            --e;
        // A markdown blockquote ("> ...") is one paragraph however many lines it takes, as
        // Markdown renders it: '> "We will ..."' and '> — Name, where' are a quote and its
        // credit. A lone ">" ends the paragraph, as a blank line does.
        bool quoteLine = false;
        if (markdown && s < e && raw[s] == QLatin1Char('>')) {
            quoteLine = true;
            while (s < e && (raw[s] == QLatin1Char('>') || raw[s].isSpace()))
                ++s;
        }
        if (s == e) {
            joinable = false;
            inBlockquote = false;
            continue;
        }
        if (quoteLine && inBlockquote) {
            SourceBlock &prev = blocks.last();
            prev.text += QLatin1Char(' ');
            appendInline(prev, raw, s, e, markdown);
            prev.rawEnd = e;
            continue;
        }
        inBlockquote = quoteLine;
        SourceBlock::Hint hint = SourceBlock::Hint::None;
        if (markdown && !quoteLine && raw[s] == QLatin1Char('#')) {
            while (s < e && raw[s] == QLatin1Char('#'))
                ++s;
            while (s < e && raw[s].isSpace())
                ++s;
            hint = SourceBlock::Hint::Heading;
        } else if (isBulletPrefix(raw[s])
                   || ((raw[s] == QLatin1Char('*') || raw[s] == QLatin1Char('-') || raw[s] == QLatin1Char('+'))
                       && s + 1 < e && raw[s + 1] == QLatin1Char(' '))) {
            ++s;
            while (s < e && raw[s].isSpace())
                ++s;
            hint = SourceBlock::Hint::ListItem;
        }
        if (s == e)
            continue;

        // Hard-wrapped prose: a long line that does not end a sentence, followed by a line that
        // continues it, belongs to the same paragraph.
        // Never into the first block (the title), and never a labelled line ("Published: ...",
        // "By ...") that a header puts right under the title.
        static const QRegularExpression label(QStringLiteral("^(?:[A-Z][A-Za-z ]{0,24}:|By )"));
        const bool continues = joinable && hint == SourceBlock::Hint::None && blocks.size() > 1
                               && (raw[s].isLower()
                                   || (!endsSentence(blocks.last().text)
                                       && !label.match(raw.mid(s, std::min(30, e - s))).hasMatch()));
        if (continues) {
            SourceBlock &prev = blocks.last();
            prev.text += QLatin1Char(' ');
            appendInline(prev, raw, s, e, markdown);
            prev.rawEnd = e;
        } else {
            SourceBlock block;
            block.rawStart = s;
            block.rawEnd = e;
            block.hint = hint;
            appendInline(block, raw, s, e, markdown);
            blocks.append(block);
        }
        const SourceBlock &last = blocks.last();
        joinable = hint == SourceBlock::Hint::None && (e - line.start) >= 60 && !endsSentence(last.text);
    }
    return blocks;
}

} // namespace summit
