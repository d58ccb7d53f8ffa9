#include "ingest/line_shapes.h"

#include <QRegularExpression>
#include <QStringList>

namespace summit {

// Ends with . ! or ?, perhaps followed by closing quotes or brackets and spaces. Scanned
// from the end: a regular expression anchored at $ tried every stop in a long paragraph.
bool hasTerminalPunctuation(const QString &t)
{
    qsizetype i = t.size() - 1;
    while (i >= 0 && t[i].isSpace())
        --i;
    auto closing = [](QChar c) {
        return c == QLatin1Char('"') || c == QChar(0x201D) || c == QChar(0x2019) || c == QLatin1Char('\'')
               || c == QLatin1Char(')') || c == QLatin1Char(']');
    };
    while (i >= 0 && closing(t[i]))
        --i;
    return i >= 0 && (t[i] == QLatin1Char('.') || t[i] == QLatin1Char('!') || t[i] == QLatin1Char('?'));
}

bool startsWithAny(const QString &lower, const QStringList &prefixes)
{
    for (const QString &p : prefixes)
        if (lower.startsWith(p))
            return true;
    return false;
}

bool isSkipLink(const QString &lower)
{
    return lower.startsWith(QLatin1String("skip to ")) || lower.contains(QLatin1String("skip to main"))
           || lower.contains(QLatin1String("skip main")) || lower.contains(QLatin1String("skip navigation"))
           || lower.contains(QLatin1String("skip to content"));
}

bool isIconRun(const QString &text)
{
    int tokens = 0;
    int identifiers = 0;
    for (const QStringView token : QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        ++tokens;
        if (token == u"icon") {
            ++identifiers;
            continue;
        }
        bool lowerOrDigit = true;
        bool hyphen = false;
        for (QChar c : token) {
            if (c == QLatin1Char('-') || c == QLatin1Char('_'))
                hyphen = true;
            else if (!(c.isLower() || c.isDigit()))
                lowerOrDigit = false;
        }
        identifiers += (lowerOrDigit && hyphen) ? 1 : 0;
    }
    return identifiers >= 2 && identifiers * 2 >= tokens;
}

bool isBracketedMessage(const QString &text)
{
    return text.size() >= 3 && text.front() == QLatin1Char('[') && text.back() == QLatin1Char(']')
           && !text.mid(1).contains(QLatin1Char('['));
}

bool isWeatherWidget(const QString &text, int words)
{
    return words <= 6 && text.contains(QChar(0x00B0));
}

bool isClockLine(const QString &text, int words)
{
    static const QRegularExpression clock(
        QStringLiteral("^\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{1,4})?\\s*\\|?$"));
    return words <= 5 && clock.match(text).hasMatch();
}

bool isBreadcrumb(const QString &text)
{
    return text.count(QLatin1String(" > ")) + text.count(QStringLiteral(" \u00BB ")) + text.count(QStringLiteral(" \u203A ")) >= 2;
}

bool hasNumericDate(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral("\\b\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)\\d{2}\\b"));
    return numeric.match(text).hasMatch();
}

bool startsWithSeparator(const QString &text)
{
    if (text.size() < 3)
        return false;
    const QChar c = text[0];
    return (c == QLatin1Char('-') || c == QLatin1Char('|') || c == QChar(0x2013) || c == QChar(0x2014)
            || c == QChar(0x00B7) || c == QLatin1Char(':'))
           && text[1].isSpace();
}

bool isTitleCase(const QString &text)
{
    int longWords = 0;
    int capitalised = 0;
    for (const QStringView w : QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        int letters = 0;
        QChar first;
        for (QChar c : w)
            if (c.isLetter()) {
                if (!letters)
                    first = c;
                ++letters;
            }
        if (letters < 4)
            continue;
        ++longWords;
        capitalised += first.isUpper() ? 1 : 0;
    }
    return longWords >= 2 && capitalised * 4 >= longWords * 3;
}

bool isArchiveBanner(const QString &lower, int words)
{
    return words <= 14
           && ((lower.startsWith(QLatin1String("this article")) || lower.startsWith(QLatin1String("this page"))
                || lower.startsWith(QLatin1String("this story")) || lower.startsWith(QLatin1String("this content")))
               && (lower.contains(QLatin1String("years old")) || lower.contains(QLatin1String("archive"))
                   || lower.contains(QLatin1String("no longer"))));
}

} // namespace summit
