#include "extract/entities/place_gazetteer.h"

#include "extract/entities/knowledge_file.h"

#include <QJsonArray>

namespace summit {

PlaceGazetteer::PlaceGazetteer(const QJsonObject &json)
{
    const QJsonArray array = json.value(QLatin1String("places")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Place p;
        p.key = o.value(QLatin1String("key")).toString();
        if (p.key.isEmpty() || m_byKey.contains(p.key))
            continue; // a place needs a unique key; duplicates would split its mentions
        p.name = o.value(QLatin1String("name")).toString(p.key);
        p.kind = o.value(QLatin1String("kind")).toString(QStringLiteral("city"));
        p.hasCoordinates = o.contains(QLatin1String("lat")) && o.contains(QLatin1String("lon"));
        p.lat = o.value(QLatin1String("lat")).toDouble();
        p.lon = o.value(QLatin1String("lon")).toDouble();
        p.within = jsonStrings(o.value(QLatin1String("within")));
        p.aliases = jsonStrings(o.value(QLatin1String("aliases")));
        p.descriptors = jsonStrings(o.value(QLatin1String("descriptors")));
        const int index = int(m_places.size());
        for (const QString &alias : std::as_const(p.aliases))
            m_matcher.add(alias, index, CaseRule::Exact);
        for (const QString &descriptor : std::as_const(p.descriptors))
            m_matcher.add(descriptor, index, CaseRule::Folded);
        m_byKey.insert(p.key, index);
        m_places.append(p);
    }
    for (const Place &p : std::as_const(m_places))
        for (const QString &alias : p.aliases)
            m_names.add(alias, 0, CaseRule::Exact);
    computeAncestors();
}

const Place *PlaceGazetteer::find(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.constEnd() ? nullptr : &m_places.at(*it);
}

QString PlaceGazetteer::lookupName(const QString &text) const
{
    QString folded;
    const QVector<WordToken> tokens = tokenizeWords(text, folded);
    const QVector<PhraseMatch> matches = m_matcher.find(text, tokens, /*ignoreCase=*/true);
    return matches.isEmpty() ? QString() : m_places.at(matches.first().payload).key;
}

bool PlaceGazetteer::isWithin(const QString &inner, const QString &outer) const
{
    const auto it = m_ancestors.constFind(inner);
    return it != m_ancestors.constEnd() && it->contains(outer);
}

void PlaceGazetteer::computeAncestors()
{
    // "within" lists may be partial (only the nearest container), so close them transitively
    // once here; the depth bound guards against a cycle in a hand-edited file.
    for (const Place &place : std::as_const(m_places)) {
        QSet<QString> all;
        QStringList frontier = place.within;
        for (int depth = 0; depth < 8 && !frontier.isEmpty(); ++depth) {
            QStringList next;
            for (const QString &key : std::as_const(frontier)) {
                if (all.contains(key))
                    continue;
                all.insert(key);
                if (const Place *p = find(key))
                    next += p->within;
            }
            frontier = next;
        }
        m_ancestors.insert(place.key, all);
    }
}

PlaceRelation PlaceGazetteer::relation(const QString &mentioned, const QString &reference) const
{
    if (mentioned.isEmpty() || reference.isEmpty())
        return PlaceRelation::Unrelated;
    if (mentioned == reference)
        return PlaceRelation::Same;
    if (isWithin(reference, mentioned))
        return PlaceRelation::Contains;
    if (isWithin(mentioned, reference))
        return PlaceRelation::Inside;
    return PlaceRelation::Unrelated;
}

} // namespace summit
