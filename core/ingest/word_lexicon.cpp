#include "ingest/word_lexicon.h"

#include "extract/text/words.h"

namespace summit {

QString lowerCased(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    const QChar *src = text.data();
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        const char16_t c = src[i].unicode();
        if (c >= 0x80)
            return text.toString().toLower();
        dst[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
    }
    return out;
}

QStringList lowerWords(const QString &text, int maxWords)
{
    QStringList out;
    const int n = int(text.size());
    for (int i = nextWordStart(text, 0, n); i < n && (maxWords < 0 || out.size() < maxWords);) {
        const int end = wordEnd(text, i, n);
        out << lowerCased(QStringView(text).mid(i, end - i));
        i = nextWordStart(text, end, n);
    }
    return out;
}

int wordCount(const QString &text) { return countWords(text); }

WordLexicon::WordLexicon(const QStringList &terms)
{
    for (const QString &term : terms) {
        const QStringList words = lowerWords(term);
        if (!words.isEmpty())
            m_terms.add(words.join(QLatin1Char(' ')), int(words.size()), CaseRule::Folded);
    }
}

WordLine::WordLine(QStringList lowerWords) : words(std::move(lowerWords))
{
    qsizetype length = words.size();
    for (const QString &w : std::as_const(words))
        length += w.size();
    joined.reserve(length);
    starts.reserve(words.size());
    for (const QString &w : std::as_const(words)) {
        if (!joined.isEmpty())
            joined += QLatin1Char(' ');
        starts.append(int(joined.size()));
        joined += w;
    }
}

int WordLexicon::termAt(const WordLine &line, int at) const
{
    const QString &text = line.joined;
    const PhraseMatcher::Hit hit = m_terms.longestAt(text, line.starts[at], [&text](int end) {
        return end == text.size() || text[end] == QLatin1Char(' '); // a whole word, never a part
    });
    return hit.length > 0 ? hit.payload : 0;
}

bool WordLexicon::contains(const WordLine &line, int at, int *length) const
{
    const int covered = termAt(line, at);
    if (covered > 0)
        *length = covered;
    return covered > 0;
}

double WordLexicon::coverage(const WordLine &line) const
{
    const int n = int(line.words.size());
    if (n == 0)
        return 0;
    int covered = 0;
    for (int i = 0; i < n;) {
        const int len = termAt(line, i);
        covered += len;
        i += len > 0 ? len : 1;
    }
    return double(covered) / double(n);
}

int WordLexicon::leadingCover(const WordLine &line) const
{
    int i = 0;
    for (int len = 0; i < line.words.size() && (len = termAt(line, i)) > 0;)
        i += len;
    return i;
}

bool WordLexicon::occursIn(const WordLine &line) const
{
    for (int i = 0; i < line.words.size(); ++i)
        if (termAt(line, i) > 0)
            return true;
    return false;
}

} // namespace summit
