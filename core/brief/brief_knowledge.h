#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

namespace summit {
class PeopleDirectory;
}

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

/// Which side (us or russia) a speaker speaks for, and the office they held on a date. The
/// bundled directory reads the people gazetteer through PeopleDirectory (each person's actor
/// and dated roles), the same knowledge the extractors use. A speaker the gazetteer does not
/// know (found in the open world) is placed by the words that introduced them ("a Kremlin
/// spokesman", "the U.S. envoy"); with no such word the side stays unknown: never a guess.
class SideDirectory final
{
public:
    enum class Side { Unknown, Us, Russia };

    /// The bundled gazetteer (loaded once).
    static const SideDirectory &bundled();
    /// A directory over a people gazetteer.
    static SideDirectory fromPeople(const PeopleDirectory &people);
    /// A directory from explicit name -> side pairs (tests, or callers with their own list).
    static SideDirectory fromPairs(const QVector<QPair<QString, Side>> &pairs);

    /// The side of a canonical name; else of the words that named the speaker.
    Side sideOf(const QString &person, const QString &introducedAs = {}) const;
    /// The office the person held on date ("White House Press Secretary"); else the
    /// apposition that introduced them ("a Kremlin aide"); else empty.
    QString roleOf(const QString &person, QDate date, const QString &introducedAs = {}) const;
    bool isEmpty() const { return m_sides.isEmpty(); }

private:
    struct Office
    {
        QString title;
        QDate from;
        QDate to;
    };
    void add(const QString &name, Side side);
    static Side parseSide(const QString &value);
    static Side sideOfWords(const QString &words);
    QHash<QString, Side> m_sides;
    QHash<QString, QVector<Office>> m_offices; ///< folded name or alias -> dated offices
};

} // namespace summit::brief
