#pragma once

#include "export/export_table.h"

#include <QByteArray>

namespace summit::exporting {

/// The table as a UTF-8 JSON array of objects, one per row, keyed by column name (indented,
/// so it diffs well).
QByteArray toJson(const ExportTable &table);

} // namespace summit::exporting
