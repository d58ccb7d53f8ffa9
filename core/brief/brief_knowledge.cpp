#include "brief/brief_knowledge.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::brief {

namespace {

QJsonDocument readJsonResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

// Gazetteers wrap their entries as {"topics": [...]} or {"people": [...]}; accept a bare array too.
QJsonArray entriesOf(const QJsonDocument &doc, const QStringList &keys)
{
    if (doc.isArray())
        return doc.array();
    const QJsonObject root = doc.object();
    for (const QString &key : keys) {
        if (root.value(key).isArray())
            return root.value(key).toArray();
    }
    return {};
}

} // namespace

const QVector<TopicLabel> &knownTopics()
{
    static const QVector<TopicLabel> topics = [] {
        QVector<TopicLabel> out;
        const QJsonArray entries = entriesOf(readJsonResource(QStringLiteral(":/knowledge/topics.json")),
                                             {QStringLiteral("topics")});
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QString key = entry.value(u"key").toString();
            if (!key.isEmpty())
                out.append({key, entry.value(u"label").toString(key)});
        }
        return out;
    }();
    return topics;
}

QString topicLabel(const QString &key)
{
    for (const TopicLabel &topic : knownTopics()) {
        if (topic.key == key)
            return topic.label;
    }
    QString label = key;
    label.replace(u'-', u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

const SideDirectory &SideDirectory::bundled()
{
    static const SideDirectory directory = [] {
        SideDirectory out;
        for (const QString &name : {QStringLiteral("people.json"), QStringLiteral("persons.json")}) {
            const QJsonArray entries = entriesOf(readJsonResource(QStringLiteral(":/knowledge/") + name),
                                                 {QStringLiteral("people"), QStringLiteral("persons")});
            for (const QJsonValue &value : entries) {
                const QJsonObject entry = value.toObject();
                Side side = Side::Unknown;
                for (const char *field : {"side", "country", "affiliation", "actor"}) {
                    side = parseSide(entry.value(QLatin1String(field)).toString());
                    if (side != Side::Unknown)
                        break;
                }
                if (side == Side::Unknown)
                    continue;
                out.add(entry.value(u"key").toString(), side);
                out.add(entry.value(u"name").toString(), side);
                for (const QJsonValue &alias : entry.value(u"aliases").toArray())
                    out.add(alias.toString(), side);
            }
        }
        return out;
    }();
    return directory;
}

SideDirectory SideDirectory::fromPairs(const QVector<QPair<QString, Side>> &pairs)
{
    SideDirectory out;
    for (const auto &[name, side] : pairs)
        out.add(name, side);
    return out;
}

SideDirectory::Side SideDirectory::sideOf(const QString &person) const
{
    return m_sides.value(person.simplified().toLower(), Side::Unknown);
}

void SideDirectory::add(const QString &name, Side side)
{
    const QString key = name.simplified().toLower();
    if (!key.isEmpty())
        m_sides.insert(key, side);
}

SideDirectory::Side SideDirectory::parseSide(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"us" || v == u"usa" || v == u"united states" || v == u"washington" || v == u"american")
        return Side::Us;
    if (v == u"russia" || v == u"ru" || v == u"moscow" || v == u"russian")
        return Side::Russia;
    return Side::Unknown;
}

} // namespace summit::brief
