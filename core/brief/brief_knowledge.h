#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace summit::brief {

/// A topic of resources/knowledge/topics.json, in file order.
struct TopicLabel
{
    QString key;
    QString label;
};

/// The topics of the bundled gazetteer; empty when it is missing.
const QVector<TopicLabel> &knownTopics();
/// The topic's label, or the key made readable ("missile-defense" -> "Missile defense").
QString topicLabel(const QString &key);

/// Which side (us or russia) a person speaks for, read from the people gazetteer in
/// resources/knowledge (any of people.json / persons.json; entries carry a key, a name,
/// optional aliases and a side, country or affiliation field). Matching is case-insensitive
/// on key, name and aliases, so quotes.speaker and mentions.key both resolve.
class SideDirectory final
{
public:
    enum class Side { Unknown, Us, Russia };

    /// The bundled gazetteer (loaded once).
    static const SideDirectory &bundled();
    /// A directory from explicit name -> side pairs (tests, or callers with their own list).
    static SideDirectory fromPairs(const QVector<QPair<QString, Side>> &pairs);

    Side sideOf(const QString &person) const;
    bool isEmpty() const { return m_sides.isEmpty(); }

private:
    void add(const QString &name, Side side);
    static Side parseSide(const QString &value);
    QHash<QString, Side> m_sides;
};

} // namespace summit::brief
