#include "extract/text/word_tokens.h"

#include "extract/text/words.h"

#include <QHash>
#include <algorithm>

namespace summit {

QString normalizePunctuation(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out.append(normalizedChar(c));
    return out;
}

QVector<WordToken> tokenizeWords(const QString &text, QString &foldedText)
{
    // Fold character by character, so offsets in foldedText equal offsets in text.
    foldedText = QString(text.size(), Qt::Uninitialized);
    QChar *out = foldedText.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = foldedChar(text.at(i));
    const QChar *folded = foldedText.constData();
    QVector<WordToken> tokens;
    tokens.reserve(text.size() / 5);
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        WordToken t;
        t.start = i;
        t.word = isWordChar(c);
        bool folds = false; // the folded copy is made above, for the whole text at once
        t.end = i = tokenEnd(text, i, &folds);
        t.folded = QString::fromRawData(folded + t.start, t.end - t.start);
        t.hash = qHash(QStringView(t.folded));
        tokens.append(std::move(t));
    }
    return tokens;
}

int tokenAtOrAfter(const QVector<WordToken> &tokens, int pos)
{
    auto it = std::lower_bound(tokens.begin(), tokens.end(), pos,
                               [](const WordToken &t, int p) { return t.start < p; });
    return int(it - tokens.begin());
}

} // namespace summit
