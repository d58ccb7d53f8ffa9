#pragma once

#include "export/citation_item.h"

#include <QByteArray>
#include <QJsonArray>

namespace summit::exporting {

/// The items as CSL-JSON (the input format of citeproc processors, which Zotero imports):
/// type "article-newspaper", container-title = outlet, issued as date-parts with only the
/// known precision, author only from a byline naming people, the quote in "note".
QJsonArray cslItems(const QVector<CitationItem> &items);
QByteArray toCslJson(const QVector<CitationItem> &items);

} // namespace summit::exporting
