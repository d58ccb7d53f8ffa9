#include "export/json_export.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::exporting {

namespace {

QJsonValue cellValue(const QVariant &cell)
{
    if (cell.isNull())
        return QJsonValue::Null;
    switch (cell.typeId()) {
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(cell.toStringList());
    case QMetaType::Bool:
        return cell.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return cell.toLongLong();
    case QMetaType::Double:
        return cell.toDouble();
    default:
        return cell.toString();
    }
}

} // namespace

QByteArray toJson(const ExportTable &table)
{
    QJsonArray rows;
    for (const QVariantList &row : table.rows) {
        QJsonObject o;
        for (int i = 0; i < table.columns.size() && i < row.size(); ++i)
            o.insert(table.columns.at(i), cellValue(row.at(i)));
        rows.append(o);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace summit::exporting
