#include "extract/entities/topic_gazetteer.h"

#include "extract/entities/knowledge_file.h"

#include <QJsonArray>

namespace summit {

TopicGazetteer::TopicGazetteer(const QJsonObject &json)
{
    const QJsonArray array = json.value(QLatin1String("topics")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Topic t;
        t.key = o.value(QLatin1String("key")).toString();
        if (t.key.isEmpty() || find(t.key))
            continue;
        t.label = o.value(QLatin1String("label")).toString(t.key);
        t.aliases = jsonStrings(o.value(QLatin1String("aliases")));
        t.cues = jsonStrings(o.value(QLatin1String("cues")));
        const int index = int(m_topics.size());
        for (const QString &alias : std::as_const(t.aliases))
            m_matcher.add(alias, index, CaseRule::Exact);
        for (const QString &cue : std::as_const(t.cues))
            m_matcher.add(cue, index, CaseRule::Folded);
        m_topics.append(t);
    }
}

const Topic *TopicGazetteer::find(const QString &key) const
{
    for (const Topic &t : m_topics)
        if (t.key == key)
            return &t;
    return nullptr;
}

} // namespace summit
