#include "extract/entities/knowledge_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <stdexcept>

namespace summit {

QJsonObject parseKnowledgeJson(const QByteArray &json, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw std::runtime_error(QStringLiteral("%1: invalid JSON at offset %2: %3")
                                     .arg(what)
                                     .arg(error.offset)
                                     .arg(error.errorString())
                                     .toStdString());
    return doc.object();
}

QJsonObject readKnowledgeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            QStringLiteral("%1: cannot open (%2)").arg(path, file.errorString()).toStdString());
    return parseKnowledgeJson(file.readAll(), path);
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        if (v.isString())
            out.append(v.toString());
    return out;
}

} // namespace summit
