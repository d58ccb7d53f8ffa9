#pragma once

#include <QByteArray>
#include <QString>

namespace summit::brief {

/// Qt 6.4's QPdfWriter writes Title, Creator and Producer but no Author. This appends a PDF
/// incremental update (a new Info object, an xref section and a trailer pointing back at the
/// old one) that repeats the Info dictionary with /Author added; the bytes Qt wrote stay
/// untouched. Returns pdf unchanged if its trailer is not the plain kind QPdfWriter writes.
QByteArray withAuthor(const QByteArray &pdf, const QString &author);

} // namespace summit::brief
