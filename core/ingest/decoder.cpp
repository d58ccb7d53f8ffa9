#include "ingest/decoder.h"

#include "ingest/prepared_article.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <cstring>

namespace summit {

namespace {

// A text article has no NUL bytes and few C0 controls; anything else is treated as binary
// rather than imported as garbage.
bool looksBinary(const QByteArray &bytes)
{
    // A NUL anywhere, not only in the probed head: one past it once ended up inside the text.
    if (std::memchr(bytes.constData(), 0, size_t(bytes.size())) != nullptr)
        return true;
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 64 * 1024);
    int controls = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    return probe > 0 && controls * 100 > probe * 2;
}

struct Utf8Census
{
    int validMultiByte = 0; ///< well-formed sequences of two to four bytes
    int invalid = 0;        ///< bytes that start no well-formed sequence
};

// Counts well-formed multi-byte sequences against stray bytes: a UTF-8 file with one bad byte
// has many of the first and one of the second; a Windows-1252 file has almost none of the first
// (its curly quotes and accents are single high bytes).
Utf8Census utf8Census(const QByteArray &bytes)
{
    Utf8Census c;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
        if (len > 0 && i + len <= n) {
            bool ok = true;
            for (int k = 1; k < len; ++k)
                ok = ok && (p[i + k] & 0xC0) == 0x80;
            // Overlongs and surrogates (E0 80-9F, ED A0-BF, F0 80-8F, F4 90+) are not well formed.
            if (ok && len == 3 && ((b == 0xE0 && p[i + 1] < 0xA0) || (b == 0xED && p[i + 1] >= 0xA0)))
                ok = false;
            if (ok && len == 4 && ((b == 0xF0 && p[i + 1] < 0x90) || (b == 0xF4 && p[i + 1] >= 0x90)))
                ok = false;
            if (ok) {
                ++c.validMultiByte;
                i += len;
                continue;
            }
        }
        ++c.invalid;
        ++i;
    }
    return c;
}

QString decodeWindows1252(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open("windows-1252", &status);
    if (U_FAILURE(status))
        return QString::fromLatin1(bytes);
    QString out(bytes.size(), Qt::Uninitialized);
    const int32_t len = ucnv_toUChars(conv, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                                      bytes.constData(), int32_t(bytes.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return QString::fromLatin1(bytes);
    out.truncate(len);
    return out;
}

} // namespace

DecodedText decodeArticleBytes(const QByteArray &bytes, const QString &source)
{
    if (bytes.trimmed().isEmpty())
        throw ImportError(QStringLiteral("%1: the file is empty").arg(source));
    if (bytes.size() > kMaxArticleBytes)
        throw ImportError(QStringLiteral("%1: the file is too large for an article (%2 MB; the limit is %3 MB)")
                              .arg(source)
                              .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                              .arg(kMaxArticleBytes / (1024 * 1024)));
    if (looksBinary(bytes))
        throw ImportError(QStringLiteral("%1: the file is binary, not text").arg(source));

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (!utf8.hasError())
        return {text, QStringLiteral("utf-8"), false, 0, {}};
    // One bad byte in a UTF-8 file must not garble every curly quote in it as Windows-1252.
    const Utf8Census census = utf8Census(bytes);
    if (census.validMultiByte > 0 && census.invalid <= census.validMultiByte) {
        DecodedText d{text, QStringLiteral("utf-8"), false, census.invalid, {}};
        d.warning = QStringLiteral("%1: %2 invalid UTF-8 byte%3 shown as \uFFFD").arg(source).arg(census.invalid)
                        .arg(census.invalid == 1 ? QString() : QStringLiteral("s"));
        return d;
    }
    DecodedText d{decodeWindows1252(bytes), QStringLiteral("windows-1252"), true, 0, {}};
    d.warning = QStringLiteral("%1: not valid UTF-8; decoded as Windows-1252").arg(source);
    return d;
}

} // namespace summit
