#include "article_context.h"

#include "places.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace summit::gen {
namespace {

struct Candidate
{
    Role role;
    int weight;
};

// Principals are drawn with weights so presidents and foreign ministers lead most stories.
Person pickHolder(Prng &rng, QDate date, const QVector<Candidate> &candidates)
{
    QVector<Person> people;
    QVector<int> weights;
    for (const Candidate &c : candidates) {
        if (auto p = holderOn(c.role, date)) {
            people << *p;
            weights << c.weight;
        }
    }
    return people.at(rng.weighted(weights));
}

} // namespace

QString capitalizedFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

ArticleContext::ArticleContext(Prng &rng, QDate published)
    : m_rng(rng), m_published(published), m_dates(published, rng)
{
    const auto topics = topicsFor(published.year());
    m_topic = topics.at(rng.below(int(topics.size())));
    m_us = pickHolder(rng, published,
                      {{Role::UsPresident, 5}, {Role::UsSecretaryOfState, 3}, {Role::UsDefenseSecretary, 1},
                       {Role::UsSecurityAdviser, 1}});
    m_ru = pickHolder(rng, published,
                      {{Role::RuPresident, 5}, {Role::RuForeignMinister, 3}, {Role::RuDefenseMinister, 1},
                       {Role::RuPresidentElect, 1}, {Role::RuPrimeMinister, 1}});
    m_speakers = {m_us, m_ru};
    const std::array extras = {Role::KremlinSpokesperson,     Role::StateDepartmentSpokesperson,
                               Role::WhiteHouseSpokesperson,  Role::PentagonSpokesperson,
                               Role::RuDeputyForeignMinister, Role::PolishForeignMinister,
                               Role::CzechDeputyPrimeMinister, Role::EuSpokesperson,
                               Role::RuGeneralStaffOfficer,   Role::UsAmbassadorToMoscow,
                               Role::RuEnvoyToNato,           Role::NatoSecretaryGeneral,
                               Role::RuForeignMinister,       Role::UsSecretaryOfState,
                               Role::UsSecurityAdviser,       Role::RuDefenseMinister};
    const int wanted = rng.between(1, 3);
    for (int tries = 0; tries < 12 && m_speakers.size() < 2 + wanted; ++tries) {
        const auto person = holderOn(extras.at(rng.below(int(extras.size()))), published);
        if (!person)
            continue;
        bool known = false;
        for (const Person &p : m_speakers)
            known = known || p.last == person->last;
        if (!known)
            m_speakers << *person;
    }
    m_speaker = m_us;
    m_venue = rng.pick(venues());
}

QString ArticleContext::mention(const Person &person)
{
    if (!m_mentioned.contains(person.last)) {
        m_mentioned.insert(person.last);
        return person.preTitle + u' ' + person.fullName();
    }
    // Presidents keep their title now and then on later mentions, as wire copy does.
    if (person.preTitle == u"President"_s && m_rng.chance(1, 4))
        return u"President "_s + person.last;
    return person.last;
}

bool ArticleContext::tryFresh(const QStringList &pool, QString *out)
{
    // Scan from a random start so the choice stays spread over the unused entries.
    const int start = m_rng.below(int(pool.size()));
    for (int k = 0; k < pool.size(); ++k) {
        const QString &candidate = pool.at((start + k) % pool.size());
        if (!m_used.contains(candidate)) {
            m_used.insert(candidate);
            *out = candidate;
            return true;
        }
    }
    return false;
}

QString ArticleContext::fresh(const QStringList &pool)
{
    QString out;
    return tryFresh(pool, &out) ? out : m_rng.pick(pool);
}

QString ArticleContext::slot(const QString &name)
{
    if (name == u"us")
        return mention(m_us);
    if (name == u"ru")
        return mention(m_ru);
    if (name == u"speaker")
        return mention(m_speaker);
    if (name == u"pronoun")
        return m_speaker.pronoun();
    if (name == u"usLast")
        return m_us.last;
    if (name == u"ruLast")
        return m_ru.last;
    if (name == u"usFull")
        return m_us.preTitle + u' ' + m_us.fullName();
    if (name == u"ruFull")
        return m_ru.preTitle + u' ' + m_ru.fullName();
    if (name == u"topic")
        return m_rng.pick(m_topic->names);
    if (name == u"short")
        return m_topic->key;
    if (name == u"third")
        return m_rng.pick(m_topic->places);
    if (name == u"venue")
        return m_rng.chance(3, 4) ? m_venue : m_rng.pick(venues());
    if (name == u"moscow")
        return m_rng.chance(1, 2) ? u"Moscow"_s : u"the Kremlin"_s;
    if (name == u"washington")
        return m_rng.chance(1, 2) ? u"Washington"_s : u"the White House"_s;
    if (name == u"partial")
        return m_partial;
    if (name == u"day")
        return m_dates.day();
    if (name == u"weekday")
        return DateWords::weekdayName(m_published.addDays(-m_rng.between(0, 4)).dayOfWeek());
    if (name == u"period")
        return m_dates.period();
    if (name == u"past")
        return m_dates.past();
    if (name == u"future")
        return m_dates.future();
    if (name == u"soon")
        return m_dates.soon();
    if (name == u"abs")
        return m_dates.absolute();
    if (name == u"lastAbs")
        return m_dates.absolute(-1);
    if (name == u"nextAbs")
        return m_dates.absolute(1);
    if (name == u"range")
        return m_dates.range();
    return u'{' + name + u'}';
}

QString ArticleContext::fill(const QString &pattern)
{
    static const QRegularExpression slotPattern(u"\\{([a-zA-Z]+)\\}"_s);
    QString out;
    out.reserve(pattern.size() + 64);
    qsizetype last = 0;
    auto it = slotPattern.globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        out += pattern.mid(last, match.capturedStart() - last);
        out += slot(match.captured(1));
        last = match.capturedEnd();
    }
    out += pattern.mid(last);
    return out;
}

} // namespace summit::gen
