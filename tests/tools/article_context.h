#pragma once

#include "cast.h"
#include "date_words.h"
#include "prng.h"
#include "topics.h"

#include <QMap>
#include <QSet>
#include <QString>

namespace summit::gen {

/// What one article is about and who is in it, plus the template filler every part of the
/// article shares, so the headline, caption and body name the same people and places.
class ArticleContext final
{
public:
    ArticleContext(Prng &rng, QDate published);

    Prng &rng() { return m_rng; }
    QDate published() const { return m_published; }
    const Topic &topic() const { return *m_topic; }
    const Person &usPrincipal() const { return m_us; }
    const Person &ruPrincipal() const { return m_ru; }
    const QVector<Person> &speakers() const { return m_speakers; }
    QString venue() const { return m_venue; }
    DateWords &dates() { return m_dates; }

    /// The speaker {speaker}, {pronoun} and {partial} refer to in the next fill().
    void setSpeaker(const Person &person) { m_speaker = person; }
    void setPartial(const QString &partial) { m_partial = partial; }

    /// Replaces every {slot} in `pattern`. Names are given in full with title the first time,
    /// then by surname, as newspapers do. Unknown slots are kept verbatim so a typo shows.
    QString fill(const QString &pattern);
    /// How the person is named at this point of the article (full first, surname after).
    QString mention(const Person &person);
    bool wasMentioned(const Person &person) const { return m_mentioned.contains(person.last); }
    /// A template from `pool` this article has not used yet (a repeat only once all are used),
    /// so a quote or fact is not printed twice in one article.
    QString fresh(const QStringList &pool);
    /// Like fresh(), but gives up (returns false) once every entry of `pool` has been used.
    bool tryFresh(const QStringList &pool, QString *out);

private:
    QString slot(const QString &name);

    Prng &m_rng;
    QDate m_published;
    DateWords m_dates;
    const Topic *m_topic = nullptr;
    Person m_us;
    Person m_ru;
    QVector<Person> m_speakers; ///< principals first, then officials and allies
    Person m_speaker;
    QString m_partial;
    QString m_venue;
    QSet<QString> m_mentioned;
    QSet<QString> m_used;
};

/// Capitalizes the first letter ("de Hoop Scheffer said" at a sentence start).
QString capitalizedFirst(QString text);

} // namespace summit::gen
