#include "export/csv_writer.h"

#include <QDate>

namespace summit::exporting {

namespace {

QString cellText(const QVariant &cell)
{
    if (cell.isNull())
        return {};
    switch (cell.typeId()) {
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QStringList:
        return cell.toStringList().join(QStringLiteral("; "));
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return cell.toString();
    }
}

} // namespace

QString csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                       || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
                       || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray toCsv(const ExportTable &table, bool byteOrderMark)
{
    QString text;
    auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted << csvField(f);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(table.columns);
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (const QVariant &cell : row)
            fields << cellText(cell);
        line(fields);
    }
    QByteArray out = byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return out + text.toUtf8();
}

} // namespace summit::exporting
