#pragma once

#include "extract/text/phrase_matcher.h"

#include <QJsonObject>
#include <QStringList>

namespace summit {

/// A topic of the record (missile defense, NATO enlargement, ...) with the words that signal it.
struct Topic
{
    QString key;   ///< e.g. "missile-defense"
    QString label; ///< display label
    QStringList aliases; ///< names and acronyms, matched case-sensitively ("START", "Iran")
    QStringList cues;    ///< words and phrases, matched case-insensitively ("missile shield")
};

/// Topics with cue terms, loaded from :/knowledge/topics.json.
class TopicGazetteer final
{
public:
    explicit TopicGazetteer(const QJsonObject &json);

    const QVector<Topic> &topics() const { return m_topics; }
    const Topic *find(const QString &key) const;
    /// Phrase matcher whose payloads are indexes into topics().
    const PhraseMatcher &matcher() const { return m_matcher; }

private:
    QVector<Topic> m_topics;
    PhraseMatcher m_matcher;
};

} // namespace summit
