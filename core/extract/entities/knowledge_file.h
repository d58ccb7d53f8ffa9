#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace summit {

/// Reads a JSON object from a file or resource path (":/knowledge/places.json").
/// Throws std::runtime_error naming the file when it is missing or malformed, because a broken
/// bundled gazetteer is a build defect that must not degrade silently into "no mentions".
QJsonObject readKnowledgeFile(const QString &path);

/// Parses JSON text; what names the source in error messages.
QJsonObject parseKnowledgeJson(const QByteArray &json, const QString &what);

/// The strings of a JSON array value (non-strings are skipped).
QStringList jsonStrings(const QJsonValue &value);

} // namespace summit
