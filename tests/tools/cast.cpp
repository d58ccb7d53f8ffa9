#include "cast.h"

#include <QVector>

using namespace Qt::Literals::StringLiterals;

namespace summit::gen {
namespace {

struct Tenure
{
    Role role;
    QDate from; ///< first day in office
    QDate to;   ///< first day out of office (exclusive)
    Person person;
};

QDate d(int y, int m, int day) { return QDate(y, m, day); }

// Real office holders for the period the corpus covers, plus invented spokespeople, envoys and
// allies (marked) so quotes are not all pinned on the handful of famous names.
const QVector<Tenure> &tenures()
{
    static const QVector<Tenure> table = {
        {Role::UsPresident, d(2001, 1, 20), d(2009, 1, 20),
         {u"George W."_s, u"Bush"_s, u"President"_s, u"the U.S. president"_s, false, Side::Washington}},
        {Role::UsPresident, d(2009, 1, 20), d(2017, 1, 20),
         {u"Barack"_s, u"Obama"_s, u"President"_s, u"the U.S. president"_s, false, Side::Washington}},
        {Role::RuPresident, d(2000, 5, 7), d(2008, 5, 7),
         {u"Vladimir"_s, u"Putin"_s, u"Russian President"_s, u"Russia's president"_s, false, Side::Moscow}},
        {Role::RuPresident, d(2008, 5, 7), d(2012, 5, 7),
         {u"Dmitry"_s, u"Medvedev"_s, u"Russian President"_s, u"Russia's president"_s, false, Side::Moscow}},
        {Role::RuPresidentElect, d(2008, 3, 3), d(2008, 5, 7),
         {u"Dmitry"_s, u"Medvedev"_s, u"Russian President-elect"_s, u"Russia's president-elect"_s, false,
          Side::Moscow}},
        {Role::RuPrimeMinister, d(2004, 3, 5), d(2007, 9, 12),
         {u"Mikhail"_s, u"Fradkov"_s, u"Russian Prime Minister"_s, u"Russia's prime minister"_s, false,
          Side::Moscow}},
        {Role::RuPrimeMinister, d(2008, 5, 8), d(2012, 5, 7),
         {u"Vladimir"_s, u"Putin"_s, u"Russian Prime Minister"_s, u"Russia's prime minister"_s, false,
          Side::Moscow}},
        {Role::UsSecretaryOfState, d(2001, 1, 20), d(2005, 1, 26),
         {u"Colin"_s, u"Powell"_s, u"Secretary of State"_s, u"the U.S. secretary of state"_s, false,
          Side::Washington}},
        {Role::UsSecretaryOfState, d(2005, 1, 26), d(2009, 1, 21),
         {u"Condoleezza"_s, u"Rice"_s, u"Secretary of State"_s, u"the U.S. secretary of state"_s, true,
          Side::Washington}},
        {Role::UsSecretaryOfState, d(2009, 1, 21), d(2013, 2, 1),
         {u"Hillary"_s, u"Clinton"_s, u"Secretary of State"_s, u"the U.S. secretary of state"_s, true,
          Side::Washington}},
        {Role::RuForeignMinister, d(1998, 9, 11), d(2004, 3, 9),
         {u"Igor"_s, u"Ivanov"_s, u"Russian Foreign Minister"_s, u"Russia's foreign minister"_s, false,
          Side::Moscow}},
        {Role::RuForeignMinister, d(2004, 3, 9), d(2030, 1, 1),
         {u"Sergei"_s, u"Lavrov"_s, u"Russian Foreign Minister"_s, u"Russia's foreign minister"_s, false,
          Side::Moscow}},
        {Role::UsDefenseSecretary, d(2001, 1, 20), d(2006, 12, 18),
         {u"Donald"_s, u"Rumsfeld"_s, u"Defense Secretary"_s, u"the U.S. defense secretary"_s, false,
          Side::Washington}},
        {Role::UsDefenseSecretary, d(2006, 12, 18), d(2011, 7, 1),
         {u"Robert"_s, u"Gates"_s, u"Defense Secretary"_s, u"the U.S. defense secretary"_s, false,
          Side::Washington}},
        {Role::RuDefenseMinister, d(2001, 3, 28), d(2007, 2, 15),
         {u"Sergei"_s, u"Ivanov"_s, u"Russian Defense Minister"_s, u"Russia's defense minister"_s, false,
          Side::Moscow}},
        {Role::RuDefenseMinister, d(2007, 2, 15), d(2012, 11, 6),
         {u"Anatoly"_s, u"Serdyukov"_s, u"Russian Defense Minister"_s, u"Russia's defense minister"_s, false,
          Side::Moscow}},
        {Role::UsSecurityAdviser, d(2005, 1, 26), d(2009, 1, 20),
         {u"Stephen"_s, u"Hadley"_s, u"National Security Adviser"_s, u"the president's national security adviser"_s,
          false, Side::Washington}},
        {Role::NatoSecretaryGeneral, d(2004, 1, 1), d(2009, 8, 1),
         {u"Jaap"_s, u"de Hoop Scheffer"_s, u"NATO Secretary-General"_s, u"NATO's secretary-general"_s, false,
          Side::Other}},
        // Invented officials from here on.
        {Role::KremlinSpokesperson, d(2000, 1, 1), d(2030, 1, 1),
         {u"Yuri"_s, u"Adamov"_s, u"Kremlin spokesman"_s, u"a Kremlin spokesman"_s, false, Side::Moscow}},
        {Role::StateDepartmentSpokesperson, d(2000, 1, 1), d(2030, 1, 1),
         {u"Thomas"_s, u"Wexley"_s, u"State Department spokesman"_s, u"a State Department spokesman"_s, false,
          Side::Washington}},
        {Role::WhiteHouseSpokesperson, d(2000, 1, 1), d(2030, 1, 1),
         {u"Karen"_s, u"Dellafield"_s, u"White House spokeswoman"_s, u"a White House spokeswoman"_s, true,
          Side::Washington}},
        {Role::PentagonSpokesperson, d(2000, 1, 1), d(2030, 1, 1),
         {u"Mark"_s, u"Ostrander"_s, u"Pentagon press secretary"_s, u"the Pentagon's press secretary"_s, false,
          Side::Washington}},
        {Role::RuDeputyForeignMinister, d(2000, 1, 1), d(2030, 1, 1),
         {u"Anatoly"_s, u"Verkhov"_s, u"Deputy Foreign Minister"_s, u"a Russian deputy foreign minister"_s, false,
          Side::Moscow}},
        {Role::PolishForeignMinister, d(2000, 1, 1), d(2030, 1, 1),
         {u"Tomasz"_s, u"Karski"_s, u"Polish Foreign Minister"_s, u"Poland's foreign minister"_s, false,
          Side::Other}},
        {Role::CzechDeputyPrimeMinister, d(2000, 1, 1), d(2030, 1, 1),
         {u"Alena"_s, u"Hrubá"_s, u"Czech Deputy Prime Minister"_s, u"the Czech deputy prime minister"_s, true,
          Side::Other}},
        {Role::EuSpokesperson, d(2000, 1, 1), d(2030, 1, 1),
         {u"Ilse"_s, u"Vandermeer"_s, u"EU spokeswoman"_s, u"a spokeswoman for the European Commission"_s, true,
          Side::Other}},
        {Role::RuGeneralStaffOfficer, d(2000, 1, 1), d(2030, 1, 1),
         {u"Nikolai"_s, u"Sorokin"_s, u"Col. Gen."_s, u"a deputy chief of the Russian general staff"_s, false,
          Side::Moscow}},
        {Role::UsAmbassadorToMoscow, d(2000, 1, 1), d(2030, 1, 1),
         {u"Richard"_s, u"Haldane"_s, u"U.S. Ambassador"_s, u"the U.S. ambassador in Moscow"_s, false,
          Side::Washington}},
        {Role::RuEnvoyToNato, d(2000, 1, 1), d(2030, 1, 1),
         {u"Oleg"_s, u"Tarasenko"_s, u"Russian NATO envoy"_s, u"Russia's envoy to NATO"_s, false, Side::Moscow}},
    };
    return table;
}

} // namespace

std::optional<Person> holderOn(Role role, QDate date)
{
    for (const Tenure &t : tenures()) {
        if (t.role == role && date >= t.from && date < t.to)
            return t.person;
    }
    return std::nullopt;
}

} // namespace summit::gen
