#include "ingest/word_lexicon.h"

#include <algorithm>

namespace summit {

QStringList lowerWords(const QString &text)
{
    QStringList out;
    QString current;
    auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('+') || c == QChar(0x00A9);
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isWordChar(c)) {
            current += c.toLower();
        } else if ((c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QLatin1Char('/')) && !current.isEmpty()
                   && i + 1 < text.size() && isWordChar(text[i + 1])) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
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
