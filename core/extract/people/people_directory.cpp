#include "extract/people/people_directory.h"
#include "extract/text/words.h"

#include <QJsonArray>
#include <QJsonObject>
#include <stdexcept>

namespace summit {

namespace {

[[noreturn]] void fail(const QString &why)
{
    throw std::runtime_error(QStringLiteral("people.json: %1").arg(why).toStdString());
}

QDate parseDate(const QJsonValue &value, const QString &who, bool required)
{
    if (value.isNull() || value.isUndefined()) {
        if (required)
            fail(QStringLiteral("%1: role without a start date").arg(who));
        return {};
    }
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid())
        fail(QStringLiteral("%1: bad date \"%2\"").arg(who, value.toString()));
    return date;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (!v.toString().trimmed().isEmpty())
            out << v.toString().trimmed();
    return out;
}

Person parsePerson(const QJsonObject &o)
{
    Person p;
    p.name = o.value(QLatin1String("name")).toString().trimmed();
    if (p.name.isEmpty())
        fail(QStringLiteral("a person without a name"));
    p.gender = o.value(QLatin1String("gender")).toString();
    if (p.gender != QLatin1String("male") && p.gender != QLatin1String("female"))
        fail(QStringLiteral("%1: gender must be male or female").arg(p.name));
    p.actor = o.value(QLatin1String("actor")).toString();
    p.aliases = strings(o.value(QLatin1String("aliases")));
    for (const QJsonValue &rv : o.value(QLatin1String("roles")).toArray()) {
        const QJsonObject r = rv.toObject();
        PersonRole role;
        role.title = r.value(QLatin1String("title")).toString();
        role.from = parseDate(r.value(QLatin1String("from")), p.name, true);
        role.to = parseDate(r.value(QLatin1String("to")), p.name, false);
        role.descriptors = strings(r.value(QLatin1String("descriptors")));
        role.contextDescriptors = strings(r.value(QLatin1String("contextDescriptors")));
        p.roles.append(role);
    }
    return p;
}

/// Folded descriptor key without a leading article.
QString descriptorKey(QStringView text)
{
    QString key = PeopleDirectory::fold(text).simplified();
    if (key.startsWith(QLatin1String("the ")))
        key.remove(0, 4);
    return key;
}

} // namespace

PeopleDirectory::PeopleDirectory(const QJsonDocument &document)
{
    const QJsonArray people = document.object().value(QLatin1String("people")).toArray();
    if (people.isEmpty())
        fail(QStringLiteral("no \"people\" array"));
    for (const QJsonValue &v : people)
        m_people.append(parsePerson(v.toObject()));

    for (int i = 0; i < m_people.size(); ++i) {
        const Person &p = m_people[i];
        QStringList names = p.aliases;
        names << p.name;
        const QString surname = p.name.section(u' ', -1);
        const auto bySurname = m_bySurname.constFind(surname);
        m_bySurname.insert(surname, bySurname == m_bySurname.constEnd() || *bySurname == i ? i : -1);
        for (const QString &alias : std::as_const(names)) {
            m_byAlias.insert(alias, i);
            m_aliases.add(alias, i, CaseRule::Exact);
            if (const int space = int(alias.indexOf(u' ')); space > 0)
                m_byFirstName[alias.left(space)].append({alias.section(u' ', -1), i});
            const QString folded = fold(alias);
            const auto known = m_byFoldedAlias.constFind(folded);
            m_byFoldedAlias.insert(folded, known == m_byFoldedAlias.constEnd() || *known == i ? i : -1);
        }
        for (int r = 0; r < p.roles.size(); ++r) {
            const auto addAll = [&](const QStringList &list, bool contextual) {
                for (const QString &d : list) {
                    const QString key = descriptorKey(d);
                    if (!m_holders.contains(key)) {
                        m_descriptorKeys << key;
                        const int id = int(m_descriptorKeys.size()) - 1;
                        m_descriptors.add(key, id, CaseRule::Folded);
                        m_descriptors.add(QStringLiteral("the ") + key, id, CaseRule::Folded);
                    }
                    m_holders[key].append({i, r, contextual});
                }
            };
            addAll(p.roles[r].descriptors, false);
            addAll(p.roles[r].contextDescriptors, true);
        }
    }
}

const Person *PeopleDirectory::person(QStringView name) const
{
    const auto it = m_byAlias.constFind(name.toString());
    if (it == m_byAlias.constEnd() || m_people[*it].name != name)
        return nullptr;
    return &m_people[*it];
}

QString PeopleDirectory::canonicalName(QStringView alias) const
{
    const auto it = m_byAlias.constFind(alias.toString());
    return it == m_byAlias.constEnd() ? QString() : m_people[*it].name;
}

QString PeopleDirectory::personBySurname(const QString &surname) const
{
    const int i = m_bySurname.value(surname, -1);
    return i >= 0 ? m_people[i].name : QString();
}

namespace {

/// True when a and b differ by exactly one inserted, deleted or replaced letter.
bool oneEditApart(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (b.size() - a.size() > 1 || a == b)
        return false;
    int i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    if (a.size() == b.size())
        return a.mid(i + 1) == b.mid(i + 1);
    return a.mid(i) == b.mid(i + 1);
}

} // namespace

QString PeopleDirectory::nearSpelling(const QString &first, const QString &surname) const
{
    if (surname.size() < 5)
        return {};
    int found = -1;
    for (const auto &[aliasSurname, person] : m_byFirstName.value(first)) {
        if (!oneEditApart(aliasSurname, surname))
            continue;
        if (found >= 0 && found != person)
            return {};
        found = person;
    }
    return found >= 0 ? m_people[found].name : QString();
}

QString PeopleDirectory::canonicalNameIgnoringCase(QStringView alias) const
{
    const int i = m_byFoldedAlias.value(fold(alias).simplified(), -1);
    return i < 0 ? QString() : m_people[i].name;
}

std::optional<PersonMatch> PeopleDirectory::aliasAt(QStringView text, int pos) const
{
    if (pos < 0 || pos >= text.size())
        return std::nullopt;
    if (pos > 0 && (isWordChar(text[pos - 1]) || text[pos - 1] == u'-'))
        return std::nullopt;
    const PhraseMatcher::Hit hit = m_aliases.longestAt(text, pos);
    if (hit.length == 0)
        return std::nullopt;
    return PersonMatch{pos, pos + hit.length, m_people[hit.payload].name};
}

QVector<PersonMatch> PeopleDirectory::findAliases(QStringView text) const
{
    QVector<PersonMatch> out;
    int pos = 0;
    while (pos < text.size()) {
        if (text[pos].isLetter()) {
            if (const auto m = aliasAt(text, pos)) {
                out.append(*m);
                pos = m->end;
                continue;
            }
            while (pos < text.size() && text[pos].isLetter())
                ++pos; // aliases start on a word, never inside one
            continue;
        }
        ++pos;
    }
    return out;
}

std::optional<DescriptorMatch> PeopleDirectory::descriptorAt(QStringView foldedText, int pos) const
{
    if (pos < 0 || pos >= foldedText.size())
        return std::nullopt;
    if (pos > 0 && (isWordChar(foldedText[pos - 1]) || foldedText[pos - 1] == u'-'))
        return std::nullopt;
    const PhraseMatcher::Hit hit = m_descriptors.longestAt(foldedText, pos);
    if (hit.length == 0)
        return std::nullopt;
    return DescriptorMatch{pos, pos + hit.length, m_descriptorKeys[hit.payload]};
}

QStringList PeopleDirectory::holders(const QString &key, QDate date, bool *contextual) const
{
    QStringList out;
    bool anyContextual = false;
    for (const Holder &h : m_holders.value(key)) {
        if (!m_people[h.person].roles[h.role].heldOn(date))
            continue;
        anyContextual = anyContextual || h.contextual;
        if (!out.contains(m_people[h.person].name))
            out << m_people[h.person].name;
    }
    if (contextual)
        *contextual = anyContextual;
    return out;
}

QStringList PeopleDirectory::descriptorCandidates(QStringView text, QDate date) const
{
    return holders(descriptorKey(text), date);
}

QString PeopleDirectory::resolveDescriptor(QStringView text, QDate date) const
{
    bool contextual = false;
    const QStringList names = holders(descriptorKey(text), date, &contextual);
    // A bare title ("the president") needs the article's context even if one holder is known.
    if (names.size() != 1 || contextual)
        return {};
    return names.first();
}

QString PeopleDirectory::gender(QStringView name) const
{
    const Person *p = person(name);
    return p ? p->gender : QString();
}

QString PeopleDirectory::actor(QStringView name) const
{
    const Person *p = person(name);
    return p ? p->actor : QString();
}

QString PeopleDirectory::fold(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\u2019' || c == u'\u2018' || c == u'`')
            d[i] = u'\'';
        else if (c.isSpace())
            d[i] = u' ';
        else if (c == u'\u2010' || c == u'\u2011')
            d[i] = u'-';
        else
            d[i] = c.toLower();
    }
    return out;
}

} // namespace summit
