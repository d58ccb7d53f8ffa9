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
    if (!lower.contains(QLatin1String("skip")))
        return false;
    return lower.startsWith(QLatin1String("skip to ")) || lower.contains(QLatin1String("skip to main"))
           || lower.contains(QLatin1String("skip main")) || lower.contains(QLatin1String("skip navigation"))
           || lower.contains(QLatin1String("skip to content"));
}

bool isIconRun(const QString &text)
{
    // Identifiers are hyphenated; a line without a hyphen or underscore is never a run of them.
    if (!text.contains(QLatin1Char('-')) && !text.contains(QLatin1Char('_')))
        return false;
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
    // Short: a bracketed editor's note of a few sentences is not a server message.
    return text.size() >= 3 && text.size() <= 100 && text.front() == QLatin1Char('[') && text.back() == QLatin1Char(']')
           && !text.mid(1).contains(QLatin1Char('[')) && !text.contains(QLatin1Char(':'));
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
    int separators = 0;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const QChar c = text[i];
        if ((c == QLatin1Char('>') || c == QChar(0x00BB) || c == QChar(0x203A) || c == QLatin1Char('|'))
            && text[i - 1] == QLatin1Char(' ')
            && text[i + 1] == QLatin1Char(' '))
            ++separators;
    }
    return separators >= 2;
}

bool hasNumericDate(const QString &text)
{
    static const QRegularExpression numeric(
        QStringLiteral("\\b(?:\\d{1,2}([/.-])\\d{1,2}\\1(?:19|20)\\d{2}|(?:19|20)\\d{2}/\\d{1,2}/\\d{1,2})\\b"));
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
