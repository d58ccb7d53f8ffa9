#include "ingest/decoder.h"

#include "ingest/prepared_article.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>

namespace summit {

namespace {

// A text article has no NUL bytes and few C0 controls; anything else is treated as binary
// rather than imported as garbage.
bool looksBinary(const QByteArray &bytes)
{
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 64 * 1024);
    int controls = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    return probe > 0 && controls * 100 > probe * 2;
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
    if (!utf8.hasError()) {
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return {text, QStringLiteral("utf-8"), false};
    }
    return {decodeWindows1252(bytes), QStringLiteral("windows-1252"), true};
}

} // namespace summit
