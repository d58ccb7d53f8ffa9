#include "extract/sources/text_signature.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <cstring>

namespace summit {

namespace {

/// Odd multipliers and offsets of the kHashes hash functions h_i(x) = a_i * x + b_i (mod 2^64),
/// drawn once from a fixed splitmix64 stream so signatures are stable across runs and builds.
struct HashFamily
{
    std::array<quint64, TextSignature::kHashes> a{};
    std::array<quint64, TextSignature::kHashes> b{};
    HashFamily()
    {
        quint64 state = 0x5u;
        auto next = [&state] {
            quint64 z = (state += 0x9E3779B97F4A7C15ull);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            return z ^ (z >> 31);
        };
        for (int i = 0; i < TextSignature::kHashes; ++i) {
            a[i] = next() | 1u;
            b[i] = next();
        }
    }
};

} // namespace

QByteArray TextSignature::compute(const QVector<WordToken> &tokens)
{
    static const HashFamily family;
    // Rolling window of the last kShingle word hashes; a shingle hash mixes them in order.
    std::array<quint64, kShingle> window{};
    int words = 0;
    std::array<quint32, kHashes> minima;
    minima.fill(0xFFFFFFFFu);
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
        for (int i = 0; i < kHashes; ++i) {
            const quint32 h = quint32((family.a[i] * x + family.b[i]) >> 32);
            minima[i] = std::min(minima[i], h);
        }
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
    for (int i = 0; i < kHashes; ++i)
        same += x[i] == y[i] ? 1 : 0;
    return double(same) / kHashes;
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
    static const QRegularExpression creditLine(QStringLiteral(
        R"((?:original source of this article is|republished (?:from|by|with permission of)|first published (?:by|in)|\bvia)\s+(?:the\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}))"));
    const int from = std::max(0, int(text.size()) - 1500);
    if (const auto m = creditLine.match(text, from); m.hasMatch())
        return m.captured(1).trimmed();
    return {};
}

} // namespace summit
