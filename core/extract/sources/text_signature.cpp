#include "extract/sources/text_signature.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <cstring>

namespace summit {

namespace {

constexpr quint32 kEmpty = 0xFFFFFFFFu;

/// splitmix64's finaliser: spreads a shingle's mixed word hashes over all 64 bits.
quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

QByteArray TextSignature::compute(const QVector<WordToken> &tokens)
{
    // One-permutation MinHash: one hash per shingle, whose low bits pick one of kHashes bins
    // and whose high bits compete for that bin's minimum. It estimates the same Jaccard
    // similarity as kHashes independent hash functions at 1/kHashes of the cost, which keeps
    // the signature within the per-article budget of the import.
    std::array<quint64, kShingle> window{};
    int words = 0;
    std::array<quint32, kHashes> minima;
    minima.fill(kEmpty);
    for (const WordToken &t : tokens) {
        if (!t.word)
            continue;
        window[words % kShingle] = quint64(t.hash);
        ++words;
        if (words < kShingle)
            continue;
        quint64 x = 0;
        for (int k = 0; k < kShingle; ++k)
            x = x * 0x100000001B3ull + window[(words + k) % kShingle];
        const quint64 h = mix(x);
        const int bin = int(h % kHashes);
        minima[bin] = std::min(minima[bin], quint32(h >> 32) & 0xFFFFFFFEu);
    }
    if (words < kShingle)
        return {};
    QByteArray out(int(sizeof(minima)), Qt::Uninitialized);
    std::memcpy(out.data(), minima.data(), sizeof(minima));
    return out;
}

double TextSignature::similarity(const QByteArray &a, const QByteArray &b)
{
    constexpr int bytes = kHashes * int(sizeof(quint32));
    if (a.size() != bytes || b.size() != bytes)
        return 0;
    const auto *x = reinterpret_cast<const quint32 *>(a.constData());
    const auto *y = reinterpret_cast<const quint32 *>(b.constData());
    int same = 0;
    int used = 0;
    for (int i = 0; i < kHashes; ++i) {
        if (x[i] == kEmpty && y[i] == kEmpty)
            continue; // a bin neither short text reached says nothing
        ++used;
        same += x[i] == y[i] ? 1 : 0;
    }
    return used == 0 ? 0 : double(same) / used;
}

QString wireCredit(const QString &dateline, const QString &text)
{
    // A dateline credit is a parenthesised name of one to four capitalised words that ends
    // the dateline: "Kennebunkport (Maine), July 3" names a state, not an agency.
    static const QRegularExpression datelineCredit(
        QStringLiteral(R"(\(\s*([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})\s*\)[\s\-\x{2013}\x{2014}:]*$)"));
    if (const auto m = datelineCredit.match(dateline); m.hasMatch())
        return m.captured(1).trimmed();
    // Credit lines: "original source of this article is X", "republished from X", "via X",
    // searched in the last part of the text only, where credits sit.
    // The markers are found with plain searches first, so the pattern only runs where one is.
    static const QRegularExpression creditLine(QStringLiteral(
        R"((?:original source of this article is|republished (?:from|by|with permission of)|first published (?:by|in)|via)\s+(?:the\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}))"));
    const int from = std::max(0, int(text.size()) - 1500);
    static const QLatin1String markers[] = {QLatin1String("original source of this article is"),
                                            QLatin1String("republished "), QLatin1String("first published "),
                                            QLatin1String("via ")};
    for (const QLatin1String &marker : markers) {
        for (qsizetype at = text.indexOf(marker, from); at >= 0; at = text.indexOf(marker, at + 1)) {
            if (marker == QLatin1String("via ") && at > 0 && text.at(at - 1).isLetterOrNumber())
                continue; // "envia", not "via"
            const auto m = creditLine.match(text, at, QRegularExpression::NormalMatch,
                                            QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch())
                return m.captured(1).trimmed();
        }
    }
    return {};
}

} // namespace summit
