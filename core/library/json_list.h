#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace summit::library {

/// Reads a JSON array of strings as stored in participants/topics columns; bad JSON reads empty.
inline QStringList jsonStringList(const QString &json)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &v : doc.array())
        if (v.isString())
            out << v.toString();
    return out;
}

} // namespace summit::library
