#pragma once

#include "extract/text/phrase_matcher.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QStringList>
#include <QVector>
#include <optional>

namespace summit {

/// An office a person held, with the phrases that name its holder.
struct PersonRole
{
    QString title;
    QDate from;                    ///< first day held (inclusive)
    QDate to;                      ///< last day held (inclusive); invalid = still held
    QStringList descriptors;       ///< unambiguous on a date: "Russian president"
    QStringList contextDescriptors; ///< shared by several people at once: "foreign minister"

    bool heldOn(QDate date) const
    {
        return date.isValid() && date >= from && (!to.isValid() || date <= to);
    }
};

struct Person
{
    QString name;   ///< canonical name, the key every extractor stores
    QString gender; ///< "male" or "female"
    QString actor;  ///< "us", "russia", "nato", ...
    QStringList aliases;
    QVector<PersonRole> roles;
};

/// A person named in a text: [start, end) in UTF-16 units of the searched text.
struct PersonMatch
{
    int start = 0;
    int end = 0;
    QString name; ///< canonical name
};

/// A role descriptor found in a text; resolve it with PeopleDirectory::holders().
struct DescriptorMatch
{
    int start = 0;
    int end = 0;
    QString key; ///< normalised descriptor ("russian president")
};

/// The people gazetteer (resources/knowledge/people.json): canonical names, aliases, gender,
/// actor, and dated roles whose descriptors resolve "the Russian president" to whoever held the
/// office on a given date. Immutable after construction, so one instance is shared by threads.
class PeopleDirectory final
{
public:
    /// Builds the directory from the people.json format. Throws std::runtime_error when the
    /// document is not that format (missing name, bad date, unknown gender).
    explicit PeopleDirectory(const QJsonDocument &document);
    Q_DISABLE_COPY_MOVE(PeopleDirectory)

    const QVector<Person> &people() const { return m_people; }
    /// The person with this canonical name, or nullptr.
    const Person *person(QStringView name) const;
    /// Canonical name for exactly this alias or canonical name (case-sensitive); empty if none.
    QString canonicalName(QStringView alias) const;
    /// Like canonicalName() but ignoring case ("PRESIDENT PUTIN" in a transcript label); empty
    /// when the folded alias is unknown or belongs to more than one person.
    QString canonicalNameIgnoringCase(QStringView alias) const;
    /// The one person whose canonical name ends in this surname ("Clinton"); empty when none
    /// or several do.
    QString personBySurname(const QString &surname) const;
    /// The one person with this first name whose surname in some alias is one letter away from
    /// surname (a misspelling such as "Sergei Lavrow"); empty otherwise. Surnames under five
    /// letters never match.
    QString nearSpelling(const QString &first, const QString &surname) const;
    /// Longest alias that starts exactly at pos (on word boundaries), if any.
    std::optional<PersonMatch> aliasAt(QStringView text, int pos) const;
    /// Every alias match in text, left to right, longest match first, never overlapping.
    QVector<PersonMatch> findAliases(QStringView text) const;

    /// Who the descriptor ("the Russian president", "Russia's foreign minister") named on date.
    /// Empty when nobody or more than one person fits: the directory never guesses.
    QString resolveDescriptor(QStringView text, QDate date) const;
    /// Everyone a descriptor may name on date; context descriptors ("the foreign minister")
    /// usually return several people, which a caller narrows with the people it has seen.
    QStringList descriptorCandidates(QStringView text, QDate date) const;
    /// Longest descriptor at pos in text already folded with fold(); a leading "the " is part of
    /// the match when present.
    std::optional<DescriptorMatch> descriptorAt(QStringView foldedText, int pos) const;
    /// Candidates for a key from descriptorAt(); contextual is set when the descriptor is a bare
    /// title shared by several offices.
    QStringList holders(const QString &key, QDate date, bool *contextual = nullptr) const;

    /// "male", "female", or empty for unknown names.
    QString gender(QStringView name) const;
    /// The person's actor ("us", "russia", ...), or empty.
    QString actor(QStringView name) const;

    /// Case and typography folding used for descriptors: lower case, curly apostrophes to "'",
    /// any whitespace to one space per character. Keeps the length, so offsets carry over.
    static QString fold(QStringView text);

private:
    struct Holder
    {
        int person;
        int role;
        bool contextual;
    };

    QVector<Person> m_people;
    QHash<QString, int> m_byAlias; ///< alias or canonical name -> index into m_people
    QHash<QString, int> m_byFoldedAlias; ///< folded alias -> index, or -1 when shared
    QHash<QString, int> m_bySurname; ///< last word of the canonical name -> index, or -1 when shared
    QHash<QString, QVector<QPair<QString, int>>> m_byFirstName; ///< first word of an alias -> (surname, index)
    PhraseMatcher m_aliases;         ///< payload: index into m_people
    PhraseMatcher m_descriptors;     ///< folded descriptors; payload: index into m_descriptorKeys
    QStringList m_descriptorKeys;
    QHash<QString, QVector<Holder>> m_holders; ///< descriptor key -> roles carrying it
};

} // namespace summit
