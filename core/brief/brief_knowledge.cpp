#include "brief/brief_knowledge.h"

#include "extract/knowledge.h"
#include "extract/entities/topic_gazetteer.h"
#include "extract/people/people_directory.h"

#include <QRegularExpression>

namespace summit::brief {

const QVector<TopicLabel> &knownTopics()
{
    // The topic gazetteer the extractors use (loaded once, loudly: a broken file is an error
    // naming it), not a second reading of topics.json that would fail silently.
    static const QVector<TopicLabel> topics = [] {
        QVector<TopicLabel> out;
        for (const Topic &topic : Knowledge::bundled().topics->topics())
            out.append({topic.key, topic.label.isEmpty() ? topic.key : topic.label});
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
    static const SideDirectory directory = fromPeople(*Knowledge::bundled().people);
    return directory;
}

SideDirectory SideDirectory::fromPeople(const PeopleDirectory &people)
{
    SideDirectory out;
    for (const Person &person : people.people()) {
        const Side side = parseSide(person.actor);
        QVector<Office> offices;
        for (const PersonRole &role : person.roles)
            offices.append({role.title, role.from, role.to});
        QStringList names = person.aliases;
        names.prepend(person.name);
        for (const QString &name : names) {
            if (side != Side::Unknown)
                out.add(name, side);
            out.m_offices.insert(name.simplified().toLower(), offices);
        }
    }
    return out;
}

SideDirectory SideDirectory::fromPairs(const QVector<QPair<QString, Side>> &pairs)
{
    SideDirectory out;
    for (const auto &[name, side] : pairs)
        out.add(name, side);
    return out;
}

SideDirectory::Side SideDirectory::sideOf(const QString &person, const QString &introducedAs) const
{
    const Side known = m_sides.value(person.simplified().toLower(), Side::Unknown);
    if (known != Side::Unknown || m_offices.contains(person.simplified().toLower()))
        return known;
    return sideOfWords(introducedAs);
}

QString SideDirectory::roleOf(const QString &person, QDate date, const QString &introducedAs) const
{
    const auto it = m_offices.constFind(person.simplified().toLower());
    if (it != m_offices.cend()) {
        for (const Office &o : *it) {
            if (date.isValid() && date >= o.from && (!o.to.isValid() || date <= o.to))
                return o.title;
        }
        return {};
    }
    // "Ivan Petrov, a Kremlin aide": the apposition after the name is how the source
    // introduced the speaker.
    const int comma = introducedAs.indexOf(u',');
    if (comma < 0)
        return {};
    QString role = introducedAs.mid(comma + 1).simplified();
    role.remove(QRegularExpression(QStringLiteral("^(a|an|the)\\s+"), QRegularExpression::CaseInsensitiveOption));
    return role.size() <= 60 ? role : QString();
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
    if (v == u"us" || v == u"usa" || v == u"united states")
        return Side::Us;
    if (v == u"russia" || v == u"ru")
        return Side::Russia;
    return Side::Unknown;
}

// Institutions that speak for one side; a description naming both (or neither) places nobody.
SideDirectory::Side SideDirectory::sideOfWords(const QString &words)
{
    if (words.isEmpty())
        return Side::Unknown;
    static const QRegularExpression us(QStringLiteral(
        "\\b(White House|State Department|Pentagon|U\\.S\\.|US|American|Washington)\\b"));
    static const QRegularExpression russia(QStringLiteral("\\b(Kremlin|Russian|Russia's|Moscow)\\b"));
    const bool isUs = us.match(words).hasMatch();
    const bool isRussia = russia.match(words).hasMatch();
    if (isUs == isRussia)
        return Side::Unknown;
    return isUs ? Side::Us : Side::Russia;
}

} // namespace summit::brief
