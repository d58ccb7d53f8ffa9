#include "extract/events/event_catalog.h"

#include "extract/entities/knowledge_file.h"

#include <QJsonArray>
#include <algorithm>
#include <stdexcept>

namespace summit {

namespace {

[[noreturn]] void fail(const QString &slug, const QString &why)
{
    throw std::runtime_error(QStringLiteral("events.json: event '%1': %2").arg(slug, why).toStdString());
}

QVector<CueSet> readCueSets(const QJsonValue &value)
{
    QVector<CueSet> out;
    const QJsonArray sets = value.toArray();
    for (const QJsonValue &set : sets) {
        CueSet cue;
        const QJsonArray groups = set.toArray();
        for (const QJsonValue &group : groups) {
            const QStringList terms = jsonStrings(group);
            if (!terms.isEmpty())
                cue.groups.append(terms);
        }
        if (!cue.groups.isEmpty())
            out.append(cue);
    }
    return out;
}

QDate readDate(const QJsonObject &o, QLatin1String field, const QString &slug)
{
    const QString text = o.value(field).toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        fail(slug, QStringLiteral("%1 '%2' is not YYYY-MM-DD").arg(field, text));
    return date;
}

} // namespace

EventCatalog::EventCatalog(const QJsonObject &json)
{
    static const QStringList kinds{QStringLiteral("summit"), QStringLiteral("ministerial talks"),
                                   QStringLiteral("announcement"), QStringLiteral("milestone")};
    static const QStringList actors{QStringLiteral("us"), QStringLiteral("russia"),
                                    QStringLiteral("joint"), QStringLiteral("multilateral")};
    const QJsonArray array = json.value(QLatin1String("events")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        CatalogEvent e;
        e.slug = o.value(QLatin1String("slug")).toString();
        if (e.slug.isEmpty())
            fail(QStringLiteral("?"), QStringLiteral("missing slug"));
        if (m_bySlug.contains(e.slug))
            fail(e.slug, QStringLiteral("slug repeated"));
        e.title = o.value(QLatin1String("title")).toString(e.slug);
        e.kind = o.value(QLatin1String("kind")).toString();
        if (!kinds.contains(e.kind))
            fail(e.slug, QStringLiteral("kind '%1' is not one of %2").arg(e.kind, kinds.join(u", ")));
        e.start = readDate(o, QLatin1String("start"), e.slug);
        e.end = readDate(o, QLatin1String("end"), e.slug);
        if (e.end < e.start)
            fail(e.slug, QStringLiteral("end precedes start"));
        e.place = o.value(QLatin1String("place")).toString();
        e.hasCoordinates = o.value(QLatin1String("lat")).isDouble() && o.value(QLatin1String("lon")).isDouble();
        e.lat = o.value(QLatin1String("lat")).toDouble();
        e.lon = o.value(QLatin1String("lon")).toDouble();
        e.participants = jsonStrings(o.value(QLatin1String("participants")));
        e.actor = o.value(QLatin1String("actor")).toString();
        if (!actors.contains(e.actor))
            fail(e.slug, QStringLiteral("actor '%1' is not one of %2").arg(e.actor, actors.join(u", ")));
        e.topics = jsonStrings(o.value(QLatin1String("topics")));
        e.summary = o.value(QLatin1String("summary")).toString();
        e.aliases = jsonStrings(o.value(QLatin1String("aliases")));
        e.happening = o.value(QLatin1String("happening")).toString();
        e.series = jsonStrings(o.value(QLatin1String("series")));
        e.cues = readCueSets(o.value(QLatin1String("cues")));
        const QJsonArray claims = o.value(QLatin1String("claims")).toArray();
        for (const QJsonValue &c : claims) {
            const QJsonObject co = c.toObject();
            EventClaim claim{co.value(QLatin1String("key")).toString(),
                             co.value(QLatin1String("text")).toString(),
                             readCueSets(co.value(QLatin1String("cues")))};
            if (!claim.key.isEmpty() && !claim.cues.isEmpty())
                e.claims.append(claim);
        }
        e.sources = jsonStrings(o.value(QLatin1String("sources")));
        e.confidence = o.value(QLatin1String("confidence")).toString();
        m_bySlug.insert(e.slug, 0);
        m_events.append(e);
    }
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const CatalogEvent &a, const CatalogEvent &b) { return a.start < b.start; });
    for (int i = 0; i < m_events.size(); ++i)
        m_bySlug[m_events.at(i).slug] = i;
}

const CatalogEvent *EventCatalog::find(const QString &slug) const
{
    const auto it = m_bySlug.constFind(slug);
    return it == m_bySlug.constEnd() ? nullptr : &m_events.at(*it);
}

} // namespace summit
