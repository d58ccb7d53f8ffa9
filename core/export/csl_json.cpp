#include "export/csl_json.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace summit::exporting {

namespace {

void insertText(QJsonObject &o, const QString &key, const QString &value)
{
    // CSL processors print an empty string as an empty field: leave unknowns out instead.
    if (!value.trimmed().isEmpty())
        o.insert(key, value.trimmed());
}

} // namespace

QJsonArray cslItems(const QVector<CitationItem> &items)
{
    QJsonArray out;
    for (const CitationItem &item : items) {
        QJsonObject o{{QStringLiteral("id"), item.id}, {QStringLiteral("type"), QStringLiteral("article-newspaper")}};
        insertText(o, QStringLiteral("title"), item.title);
        insertText(o, QStringLiteral("container-title"), item.outlet);
        insertText(o, QStringLiteral("URL"), item.url);
        insertText(o, QStringLiteral("note"), quoteNote(item));
        if (item.published.isValid()) {
            // Our article dates are days; date-parts is [[year, month, day]] as integers.
            const QJsonArray parts{item.published.year(), item.published.month(), item.published.day()};
            o.insert(QStringLiteral("issued"), QJsonObject{{QStringLiteral("date-parts"), QJsonArray{parts}}});
        }
        QJsonArray authors;
        for (const PersonName &p : bylinePeople(item.byline, item.outlet))
            authors.append(QJsonObject{{QStringLiteral("family"), p.family}, {QStringLiteral("given"), p.given}});
        if (!authors.isEmpty())
            o.insert(QStringLiteral("author"), authors);
        out.append(o);
    }
    return out;
}

QByteArray toCslJson(const QVector<CitationItem> &items)
{
    return QJsonDocument(cslItems(items)).toJson(QJsonDocument::Indented);
}

} // namespace summit::exporting
