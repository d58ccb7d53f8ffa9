#pragma once

#include <QByteArray>
#include <QString>

namespace summit {

/// Bytes turned into text, with the encoding that was used.
struct DecodedText
{
    QString text;
    QString encoding; ///< "utf-8" or "windows-1252"
    bool fellBack = false;
};

/// Largest file accepted as one article. News articles are kilobytes; a file this large is
/// a data dump or a mistake, and holding it whole would stall an import.
constexpr qint64 kMaxArticleBytes = 8 * 1024 * 1024;

/// Decodes UTF-8 (a BOM is dropped), falling back to Windows-1252 for invalid UTF-8.
/// Throws ImportError (naming `source`) for empty or binary input.
DecodedText decodeArticleBytes(const QByteArray &bytes, const QString &source);

} // namespace summit
