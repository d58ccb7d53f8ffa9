#pragma once

#include "export/export_table.h"

#include <QByteArray>

namespace summit::exporting {

/// One CSV field as RFC 4180 asks: quoted (and inner quotes doubled) when it holds a comma, a
/// quote, a line break or leading/trailing spaces; otherwise as is.
QString csvField(const QString &text);

/// The table as UTF-8 CSV with a header row and CRLF line ends (RFC 4180). With byteOrderMark
/// the file starts with EF BB BF, which spreadsheet programs need to read it as UTF-8.
QByteArray toCsv(const ExportTable &table, bool byteOrderMark);

} // namespace summit::exporting
