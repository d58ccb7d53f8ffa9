#include "quote_marks.h"

namespace summit::gen {
namespace {

bool opensHere(const QString &text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    return before.isSpace() || before == u'(' || before == u'[' || before == u'\u2014' || before == u'"' ||
           before == u'\u201C';
}

QString curly(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == u'"')
            out[i] = opensHere(out, i) ? u'\u201C' : u'\u201D';
        else if (out.at(i) == u'\'')
            out[i] = opensHere(out, i) ? u'\u2018' : u'\u2019';
    }
    return out;
}

} // namespace

QString withQuoteMarks(const QString &text, QuoteMarks marks)
{
    switch (marks) {
    case QuoteMarks::Straight:
    case QuoteMarks::Mixed: // the story writer applies Mixed paragraph by paragraph
        return text;
    case QuoteMarks::Curly:
        return curly(text);
    case QuoteMarks::Doubled:
        return QString(text).replace(u'"', QStringLiteral("''"));
    }
    return text;
}

} // namespace summit::gen
