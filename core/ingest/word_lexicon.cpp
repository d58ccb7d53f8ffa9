#include "ingest/word_lexicon.h"

#include "extract/text/words.h"

#include <algorithm>

namespace summit {

namespace {
/// Start of the next word at or after i (n when none): words are those of extract/text/words.h.
int nextWordStart(const QString &text, int i, int n)
{
    while (i < n && wordEnd(text, i, n) == i)
        ++i;
    return i;
}
} // namespace

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

int wordCount(const QString &text)
{
    int count = 0;
    const int n = int(text.size());
    for (int i = nextWordStart(text, 0, n); i < n; i = nextWordStart(text, wordEnd(text, i, n), n))
        ++count;
    return count;
}

WordLexicon::WordLexicon(const QStringList &terms)
{
    for (const QString &term : terms) {
        const QStringList words = lowerWords(term);
        if (!words.isEmpty())
            m_byFirst[words.first()].append(words);
    }
    for (auto &list : m_byFirst)
        std::sort(list.begin(), list.end(), [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
}

bool WordLexicon::contains(const QStringList &words, int at, int *length) const
{
    const auto it = m_byFirst.constFind(words[at]);
    if (it == m_byFirst.constEnd())
        return false;
    for (const QStringList &term : *it) {
        if (at + term.size() > words.size())
            continue;
        bool match = true;
        for (int k = 1; k < term.size() && match; ++k)
            match = words[at + k] == term[k];
        if (match) {
            *length = int(term.size());
            return true;
        }
    }
    return false;
}

double WordLexicon::coverage(const QStringList &words) const
{
    if (words.isEmpty())
        return 0;
    int covered = 0;
    for (int i = 0; i < words.size();) {
        int len = 0;
        if (contains(words, i, &len)) {
            covered += len;
            i += len;
        } else {
            ++i;
        }
    }
    return double(covered) / double(words.size());
}

int WordLexicon::leadingCover(const QStringList &words) const
{
    int i = 0;
    int len = 0;
    while (i < words.size() && contains(words, i, &len))
        i += len;
    return i;
}

bool WordLexicon::occursIn(const QStringList &words) const
{
    int len = 0;
    for (int i = 0; i < words.size(); ++i)
        if (contains(words, i, &len))
            return true;
    return false;
}

} // namespace summit
