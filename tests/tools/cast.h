#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace summit::gen {

/// The offices articles quote. Who holds an office depends on the publication date.
enum class Role {
    UsPresident,
    RuPresident,
    RuPresidentElect,
    RuPrimeMinister,
    UsSecretaryOfState,
    RuForeignMinister,
    UsDefenseSecretary,
    RuDefenseMinister,
    UsSecurityAdviser,
    NatoSecretaryGeneral,
    KremlinSpokesperson,
    StateDepartmentSpokesperson,
    WhiteHouseSpokesperson,
    PentagonSpokesperson,
    RuDeputyForeignMinister,
    PolishForeignMinister,
    CzechDeputyPrimeMinister,
    EuSpokesperson,
    RuGeneralStaffOfficer,
    UsAmbassadorToMoscow,
    RuEnvoyToNato,
};

/// Which side of the story a speaker stands on; articles balance the two.
enum class Side { Washington, Moscow, Other };

struct Person
{
    QString first;
    QString last;
    QString preTitle;   ///< goes before the name: "Russian Foreign Minister"
    QString descriptor; ///< appositive: "Russia's foreign minister"
    bool female = false;
    Side side = Side::Other;

    QString fullName() const { return first + u' ' + last; }
    QString pronoun() const { return female ? QStringLiteral("she") : QStringLiteral("he"); }
};

/// The holder of `role` on `date`, if the office is staffed then in our table.
std::optional<Person> holderOn(Role role, QDate date);

} // namespace summit::gen
