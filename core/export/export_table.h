#pragma once

#include <QStringList>
#include <QVariant>
#include <QVector>

#include <stdexcept>

namespace summit::exporting {

/// Rows of one kind of record (quotes, events, articles) with named columns, the common
/// input of the CSV and JSON writers so both always carry the same fields.
/// A cell is a QString, qint64, int, double, bool, QDate (written as YYYY-MM-DD) or QStringList
/// (a JSON array; in CSV its items joined by "; "); a null QVariant is empty in CSV and null in
/// JSON.
struct ExportTable
{
    QStringList columns;
    QVector<QVariantList> rows; ///< each as long as columns
};

/// An export that could not be written or asked for something impossible. The message names
/// the file or the argument and says why.
class ExportError final : public std::runtime_error
{
public:
    explicit ExportError(const QString &message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace summit::exporting
