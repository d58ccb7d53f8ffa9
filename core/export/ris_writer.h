#pragma once

#include "export/citation_item.h"

#include <QByteArray>

namespace summit::exporting {

/// The items as RIS records of type NEWS (Zotero, EndNote and Mendeley import them): TI title,
/// T2 outlet, PY and DA as YYYY/MM/DD/, UR, AU "Family, Given" per person of the byline, N1 the
/// quote. Tag lines are "XX  - value" with CRLF ends; each record closes with "ER  - ".
/// Line breaks inside a value become spaces, since RIS has no continuation lines.
QByteArray toRis(const QVector<CitationItem> &items);

} // namespace summit::exporting
