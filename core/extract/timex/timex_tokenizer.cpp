#include "extract/timex/timex_token.h"

namespace summit::timex {

namespace {

// ASCII fast paths: news text is mostly ASCII, and QChar's Unicode lookups dominate otherwise.
inline bool isAsciiLetter(char16_t u) { return (u | 0x20) >= u'a' && (u | 0x20) <= u'z'; }
inline bool isLetter(QChar c) { return c.unicode() < 128 ? isAsciiLetter(c.unicode()) : c.isLetter(); }
inline bool isDigit(QChar c) { return c.unicode() < 128 ? (c.unicode() >= u'0' && c.unicode() <= u'9') : c.isDigit(); }
inline bool isSpace(QChar c)
{
    return c.unicode() < 128 ? (c.unicode() == u' ' || (c.unicode() >= 9 && c.unicode() <= 13)) : c.isSpace();
}
inline QChar lower(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u | 0x20) : u) : c.toLower();
}

bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019' || c == u'\u2018'; }
bool isDash(QChar c) { return c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'\u2012'; }

bool isOrdinalSuffix(const QString &lower, qsizetype from)
{
    const QStringView tail = QStringView(lower).mid(from);
    return tail == u"st" || tail == u"nd" || tail == u"rd" || tail == u"th";
}

class Scanner final
{
public:
    Scanner(const QString &text, const Vocabulary &vocabulary, const PastSuffix &past)
        : m_text(text), m_vocabulary(vocabulary), m_past(past)
    {
        m_lower.reserve(32);
    }

    QVector<Token> run()
    {
        QVector<Token> out;
        out.reserve(m_text.size() / 5);
        const qsizetype n = m_text.size();
        qsizetype tagged = 0;
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (isSpace(c)) {
                if (c == u'\n')
                    m_quote = 0;
                ++i;
            } else if (const int width = quoteMark(i)) {
                // The mark itself stays outside the quote; what follows an opening mark is inside.
                // Marks that can only open or only close say so; the others (straight, and the
                // curly opening mark, which pages also misuse as a closing one) toggle.
                const QChar mark = m_text.at(i);
                const bool closer = mark == u'\u201d' || mark == u'\u00bb';
                const bool opener = mark == u'\u201e' || mark == u'\u00ab';
                const bool opens = opener || (!closer && m_quote == 0);
                out.append(punctuation(i));
                out.last().end = int(i + width);
                out.last().breaksClause = true;
                m_quote = opens ? ++m_quotes : 0;
                i += width;
            } else if (isLetter(c) || isDigit(c)) {
                i = word(i, out);
            } else if (isApostrophe(c) && i + 1 < n && isLetter(m_text.at(i + 1)) && clitic(i, out)) {
                i = out.last().end;
            } else {
                out.append(punctuation(i));
                ++i;
            }
            if (!out.isEmpty() && out.size() > tagged) {
                for (qsizetype k = tagged; k < out.size(); ++k)
                    if (!isQuoteToken(out[k]))
                        out[k].quote = m_quote;
                tagged = out.size();
            }
        }
        return out;
    }

private:
    // Width of a double quotation mark at i (straight, curly, or two apostrophes ''), else 0.
    int quoteMark(qsizetype i) const
    {
        const QChar c = m_text.at(i);
        if (c == u'"' || c == u'\u201c' || c == u'\u201d' || c == u'\u201e' || c == u'\u00ab' || c == u'\u00bb')
            return 1;
        if (c == u'\'' && i + 1 < m_text.size() && m_text.at(i + 1) == u'\'')
            return 2;
        return 0;
    }

    bool isQuoteToken(const Token &t) const { return t.punct && quoteMark(t.start) != 0; }

    // A run of letters and digits; "1,000" and "3.5" stay one run of digits.
    qsizetype word(qsizetype from, QVector<Token> &out)
    {
        const qsizetype n = m_text.size();
        qsizetype i = from;
        int letters = 0, digits = 0;
        bool grouped = false;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (isLetter(c)) {
                ++letters;
            } else if (isDigit(c)) {
                ++digits;
            } else if ((c == u',' || c == u'.') && digits > 0 && letters == 0 && i + 1 < n
                       && isDigit(m_text.at(i + 1))) {
                grouped = true;
            } else if (isApostrophe(c) && letters > 0 && i + 1 < n && isLetter(m_text.at(i + 1))
                       && !isCliticAt(i)) {
                // keep "didn't" in one piece
            } else {
                break;
            }
            ++i;
        }
        Token t;
        t.start = int(from);
        t.end = int(i);
        t.capitalized = m_text.at(from).isUpper();
        lowerInto(from, i);
        if (digits > 0 && !grouped) {
            qsizetype firstLetter = 0;
            while (firstLetter < m_lower.size() && m_lower.at(firstLetter).isDigit())
                ++firstLetter;
            const bool plain = letters == 0 && m_lower.at(0).isDigit();
            const bool ordinal = !plain && firstLetter == digits && isOrdinalSuffix(m_lower, firstLetter);
            if ((plain || ordinal) && digits <= 4) {
                t.number = QStringView(m_lower).left(firstLetter).toInt();
                t.digits = short(digits);
                t.ordinal = ordinal;
            }
        } else if (digits == 0) {
            t.word = m_vocabulary.id(m_lower);
            // Listed words too: a word named in a longer cue ("signed" of "to be signed") is
            // still a past form on its own; a cue phrase starting at it takes precedence.
            t.pastForm = !t.capitalized && m_lower.size() > m_past.suffix.size() + 1
                         && !m_past.suffix.isEmpty() && m_lower.endsWith(m_past.suffix)
                         && !m_past.exceptions.contains(m_lower);
        }
        out.append(t);
        return i;
    }

    // 's 'll 're 've 'd split off as their own token.
    bool isCliticAt(qsizetype at) const
    {
        const qsizetype n = m_text.size();
        qsizetype j = at + 1;
        while (j < n && isLetter(m_text.at(j)))
            ++j;
        const qsizetype len = j - at - 1;
        if (len < 1 || len > 2)
            return false;
        const QString tail = m_text.mid(at + 1, len).toLower();
        return tail == u"s" || tail == u"ll" || tail == u"re" || tail == u"ve" || tail == u"d";
    }

    bool clitic(qsizetype at, QVector<Token> &out)
    {
        if (!isCliticAt(at))
            return false;
        qsizetype j = at + 1;
        while (j < m_text.size() && m_text.at(j).isLetter())
            ++j;
        Token t;
        t.start = int(at);
        t.end = int(j);
        m_lower = QStringLiteral("'") + m_text.mid(at + 1, j - at - 1).toLower();
        t.word = m_vocabulary.id(m_lower);
        out.append(t);
        return true;
    }

    Token punctuation(qsizetype at)
    {
        const QChar c = m_text.at(at);
        Token t;
        t.start = int(at);
        t.end = int(at + 1);
        t.punct = true;
        const QChar normal = isDash(c) ? QChar(u'-') : isApostrophe(c) ? QChar(u'\'') : c;
        m_lower = QString(normal);
        t.word = m_vocabulary.id(m_lower);
        t.breaksClause = normal == u',' || normal == u';' || normal == u':' || normal == u'('
                         || normal == u')' || normal == u'.' || normal == u'!' || normal == u'?'
                         || normal == u'"' || normal == u'\u201c' || normal == u'\u201d';
        return t;
    }

    // Lower-cases into a reused buffer: no allocation per word once it has grown.
    void lowerInto(qsizetype from, qsizetype to)
    {
        m_lower.resize(to - from);
        QChar *dst = m_lower.data();
        for (qsizetype k = from; k < to; ++k) {
            const QChar c = m_text.at(k);
            *dst++ = isApostrophe(c) ? QChar(u'\'') : lower(c);
        }
    }

    const QString &m_text;
    const Vocabulary &m_vocabulary;
    const PastSuffix &m_past;
    QString m_lower;
    int m_quote = 0;  ///< number of the quote open now, 0 when none
    int m_quotes = 0; ///< quotes opened so far
};

} // namespace

QVector<Token> tokenize(const QString &text, const Vocabulary &vocabulary, const PastSuffix &past)
{
    return Scanner(text, vocabulary, past).run();
}

} // namespace summit::timex
