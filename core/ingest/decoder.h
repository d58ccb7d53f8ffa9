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
    int replaced = 0; ///< invalid UTF-8 sequences shown as U+FFFD in an otherwise UTF-8 file
    /// What the user should hear about the decoding, naming the file; empty when nothing.
    QString warning;
};

/// Largest file accepted as one article. News articles are kilobytes; a file this large is
/// a data dump or a mistake, and holding it whole would stall an import.
constexpr qint64 kMaxArticleBytes = 8 * 1024 * 1024;

/// Decodes UTF-8 (a BOM is dropped). A file whose high bytes are mostly valid UTF-8 stays UTF-8,
/// its few invalid sequences replaced by U+FFFD and counted; a file with no valid multi-byte
/// sequence is Windows-1252. Throws ImportError (naming `source`) for empty or binary input (a
/// NUL byte anywhere, or many control characters).
DecodedText decodeArticleBytes(const QByteArray &bytes, const QString &source);

} // namespace summit
