#pragma once

// Independent checks of the citation formats, written from their specifications rather than
// from our writers: the CSL data schema (csl-data.json, CSL 1.0.2) and the RIS format
// (tag lines "XX  - value", TY first, ER last). Tests apply them to the writers' output.

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace summit::test {

/// Every rule of the CSL data schema that our items touch, and a few the processors rely on.
/// Returns the violations, one line each; empty when the document is valid.
inline QStringList cslViolations(const QByteArray &json)
{
    static const QSet<QString> types = {
        QStringLiteral("article"), QStringLiteral("article-journal"), QStringLiteral("article-magazine"),
        QStringLiteral("article-newspaper"), QStringLiteral("bill"), QStringLiteral("book"),
        QStringLiteral("broadcast"), QStringLiteral("chapter"), QStringLiteral("classic"),
        QStringLiteral("collection"), QStringLiteral("dataset"), QStringLiteral("document"),
        QStringLiteral("entry"), QStringLiteral("entry-dictionary"), QStringLiteral("entry-encyclopedia"),
        QStringLiteral("event"), QStringLiteral("figure"), QStringLiteral("graphic"), QStringLiteral("hearing"),
        QStringLiteral("interview"), QStringLiteral("legal_case"), QStringLiteral("legislation"),
        QStringLiteral("manuscript"), QStringLiteral("map"), QStringLiteral("motion_picture"),
        QStringLiteral("musical_score"), QStringLiteral("pamphlet"), QStringLiteral("paper-conference"),
        QStringLiteral("patent"), QStringLiteral("performance"), QStringLiteral("periodical"),
        QStringLiteral("personal_communication"), QStringLiteral("post"), QStringLiteral("post-weblog"),
        QStringLiteral("regulation"), QStringLiteral("report"), QStringLiteral("review"),
        QStringLiteral("review-book"), QStringLiteral("software"), QStringLiteral("song"),
        QStringLiteral("speech"), QStringLiteral("standard"), QStringLiteral("thesis"), QStringLiteral("treaty"),
        QStringLiteral("webpage")};
    static const QSet<QString> nameKeys = {
        QStringLiteral("author"), QStringLiteral("editor"), QStringLiteral("translator"),
        QStringLiteral("container-author"), QStringLiteral("interviewer"), QStringLiteral("recipient"),
        QStringLiteral("collection-editor"), QStringLiteral("composer"), QStringLiteral("director")};
    static const QSet<QString> nameProperties = {
        QStringLiteral("family"), QStringLiteral("given"), QStringLiteral("dropping-particle"),
        QStringLiteral("non-dropping-particle"), QStringLiteral("suffix"), QStringLiteral("comma-suffix"),
        QStringLiteral("static-ordering"), QStringLiteral("literal"), QStringLiteral("parse-names")};
    static const QSet<QString> dateKeys = {QStringLiteral("issued"), QStringLiteral("accessed"),
                                           QStringLiteral("event-date"), QStringLiteral("original-date"),
                                           QStringLiteral("submitted"), QStringLiteral("available-date")};
    static const QSet<QString> dateProperties = {QStringLiteral("date-parts"), QStringLiteral("season"),
                                                 QStringLiteral("circa"), QStringLiteral("literal"),
                                                 QStringLiteral("raw"), QStringLiteral("edtf")};
    QStringList v;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {QStringLiteral("not JSON: ") + error.errorString()};
    if (!doc.isArray())
        return {QStringLiteral("the document is not an array of items")};
    QSet<QString> ids;
    int index = 0;
    for (const QJsonValue &value : doc.array()) {
        const QString at = QStringLiteral("item %1: ").arg(index++);
        if (!value.isObject()) {
            v << at + QStringLiteral("not an object");
            continue;
        }
        const QJsonObject item = value.toObject();
        const QJsonValue id = item.value(QStringLiteral("id"));
        if (!id.isString() && !id.isDouble())
            v << at + QStringLiteral("id missing or neither string nor number");
        const QString idText = id.isString() ? id.toString() : QString::number(id.toDouble());
        if (ids.contains(idText))
            v << at + QStringLiteral("id %1 repeated").arg(idText);
        ids << idText;
        if (!types.contains(item.value(QStringLiteral("type")).toString()))
            v << at + QStringLiteral("type missing or not a CSL type");
        for (auto it = item.begin(); it != item.end(); ++it) {
            const QString key = it.key();
            if (nameKeys.contains(key)) {
                if (!it->isArray() || it->toArray().isEmpty()) {
                    v << at + key + QStringLiteral(" is not a non-empty array of names");
                    continue;
                }
                for (const QJsonValue &n : it->toArray()) {
                    const QJsonObject name = n.toObject();
                    if (!n.isObject())
                        v << at + key + QStringLiteral(": a name is not an object");
                    for (auto p = name.begin(); p != name.end(); ++p) {
                        if (!nameProperties.contains(p.key()))
                            v << at + key + QStringLiteral(": unknown name property ") + p.key();
                        else if ((p.key() == QLatin1String("family") || p.key() == QLatin1String("given")
                                  || p.key() == QLatin1String("literal"))
                                 && (!p->isString() || p->toString().trimmed().isEmpty()))
                            v << at + key + QStringLiteral(": ") + p.key() + QStringLiteral(" is not a non-empty string");
                    }
                    if (!name.contains(QStringLiteral("family")) && !name.contains(QStringLiteral("literal")))
                        v << at + key + QStringLiteral(": a name has neither family nor literal");
                }
            } else if (dateKeys.contains(key)) {
                const QJsonObject date = it->toObject();
                if (!it->isObject()) {
                    v << at + key + QStringLiteral(" is not a date object");
                    continue;
                }
                for (auto p = date.begin(); p != date.end(); ++p)
                    if (!dateProperties.contains(p.key()))
                        v << at + key + QStringLiteral(": unknown date property ") + p.key();
                if (date.contains(QStringLiteral("date-parts"))) {
                    const QJsonArray parts = date.value(QStringLiteral("date-parts")).toArray();
                    if (parts.isEmpty() || parts.size() > 2)
                        v << at + key + QStringLiteral(": date-parts must hold one or two dates");
                    for (const QJsonValue &d : parts) {
                        const QJsonArray ymd = d.toArray();
                        if (!d.isArray() || ymd.isEmpty() || ymd.size() > 3) {
                            v << at + key + QStringLiteral(": a date must be [year], [year, month] or [year, month, day]");
                            continue;
                        }
                        for (const QJsonValue &n : ymd)
                            if (!n.isDouble() || n.toDouble() != double(n.toInt()))
                                v << at + key + QStringLiteral(": date parts must be integers");
                        const int y = ymd.at(0).toInt(), m = ymd.size() > 1 ? ymd.at(1).toInt() : 1,
                                  day = ymd.size() > 2 ? ymd.at(2).toInt() : 1;
                        if (!QDate(y, m, day).isValid())
                            v << at + key + QStringLiteral(": %1-%2-%3 is not a date").arg(y).arg(m).arg(day);
                    }
                }
            } else if (key != QLatin1String("id") && key != QLatin1String("type")
                       && key != QLatin1String("custom") && !it->isString() && !it->isDouble()) {
                v << at + key + QStringLiteral(" must be a string or number");
            }
        }
    }
    return v;
}

/// One RIS record: its tags in order, and their values.
struct RisRecord
{
    QStringList tags;
    QMultiMap<QString, QString> values;
    QString value(const char *tag) const { return values.value(QLatin1String(tag)); }
    QStringList all(const char *tag) const
    {
        QStringList out = values.values(QLatin1String(tag));
        std::reverse(out.begin(), out.end()); // QMultiMap returns the latest insert first
        return out;
    }
};

/// Parses RIS as the format defines it: "XX  - value" lines (two capitals or a capital and a
/// digit, two spaces, a hyphen, a space), TY opening each record, ER closing it, blank lines
/// between records. Any other line is an error, reported in *error.
inline QVector<RisRecord> parseRis(const QString &text, QString *error)
{
    static const QRegularExpression line(QStringLiteral("^([A-Z][A-Z0-9])  - ?(.*)$"));
    QVector<RisRecord> out;
    bool open = false;
    int number = 0;
    for (const QString &raw : text.split(QStringLiteral("\r\n"))) {
        ++number;
        if (raw.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = line.match(raw);
        if (!m.hasMatch()) {
            *error = QStringLiteral("line %1 is not a tag line: %2").arg(number).arg(raw);
            return {};
        }
        const QString tag = m.captured(1);
        if (tag == QLatin1String("TY")) {
            if (open) {
                *error = QStringLiteral("line %1: TY before ER").arg(number);
                return {};
            }
            open = true;
            out.append(RisRecord{});
        } else if (!open) {
            *error = QStringLiteral("line %1: %2 outside a record").arg(number).arg(tag);
            return {};
        }
        out.last().tags << tag;
        out.last().values.insert(tag, m.captured(2));
        if (tag == QLatin1String("ER"))
            open = false;
    }
    if (open)
        *error = QStringLiteral("the last record has no ER");
    return out;
}

} // namespace summit::test
