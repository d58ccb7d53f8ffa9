#include "library/fts_query.h"

namespace summit::library {

QStringList ftsWords(const QString &text)
{
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

QString ftsPrefixQuery(const QString &userText)
{
    QStringList words = ftsWords(userText);
    // Nobody types more words than this into a search field; a pasted page would otherwise be
    // an AND of thousands of prefix terms.
    if (words.size() > kMaxSearchWords)
        words = words.mid(0, kMaxSearchWords);
    QStringList terms;
    for (const QString &w : words)
        terms << QLatin1Char('"') + w + QLatin1Char('"');
    if (terms.isEmpty())
        return {};
    // A trailing space means the last word is complete; otherwise it is still being typed.
    if (!userText.endsWith(QLatin1Char(' ')))
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

QString ftsPhraseQuery(const QString &quoteText, int maxWords)
{
    // The first sentence only: a multi-sentence quote is stored across several FTS rows.
    qsizetype cut = quoteText.size();
    for (qsizetype i = 0; i < quoteText.size(); ++i) {
        const QChar c = quoteText.at(i);
        if ((c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!')
             || c == QLatin1Char('\n'))
            && i > 0) {
            cut = i;
            break;
        }
    }
    QStringList words = ftsWords(quoteText.left(cut));
    if (words.isEmpty())
        return {};
    if (words.size() > maxWords)
        words = words.mid(0, maxWords);
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
}

} // namespace summit::library
