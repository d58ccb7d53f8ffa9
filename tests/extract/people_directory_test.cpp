#include "extract/people/people_directory.h"
#include "extract/knowledge.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <stdexcept>

using summit::Knowledge;
using summit::PeopleDirectory;

namespace {

QString s(const char *utf8) { return QString::fromUtf8(utf8); }
QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

} // namespace

TEST_CASE("bundled directory loads and knows the core cast", "[people]")
{
    const PeopleDirectory &dir = *Knowledge::bundled().people;
    REQUIRE(&dir == &*Knowledge::bundled().people);
    for (const char *name : {"George W. Bush", "Vladimir Putin", "Dmitry Medvedev", "Condoleezza Rice",
                             "Robert Gates", "Sergey Lavrov", "Anatoly Serdyukov", "Stephen Hadley",
                             "Dana Perino", "Nicolas Sarkozy", "Angela Merkel", "Jaap de Hoop Scheffer",
                             "Mahmoud Ahmadinejad", "Barack Obama", "Viktor Yushchenko",
                             "Mikheil Saakashvili", "Dick Cheney"}) {
        INFO(name);
        CHECK(dir.person(s(name)) != nullptr);
    }
    CHECK(dir.gender(u"Condoleezza Rice") == QLatin1String("female"));
    CHECK(dir.gender(u"Vladimir Putin") == QLatin1String("male"));
    CHECK(dir.actor(u"Sergey Lavrov") == QLatin1String("russia"));
    CHECK(dir.actor(u"Dana Perino") == QLatin1String("us"));
    CHECK(dir.gender(u"Nobody Known").isEmpty());
}

TEST_CASE("aliases map to canonical names", "[people]")
{
    const PeopleDirectory &dir = *Knowledge::bundled().people;
    CHECK(dir.canonicalName(u"Vladimir V. Putin") == QLatin1String("Vladimir Putin"));
    CHECK(dir.canonicalName(u"President Putin") == QLatin1String("Vladimir Putin"));
    CHECK(dir.canonicalName(u"Sergei Lavrov") == QLatin1String("Sergey Lavrov"));
    CHECK(dir.canonicalName(u"George W Bush") == QLatin1String("George W. Bush"));
    CHECK(dir.canonicalName(u"President Bush") == QLatin1String("George W. Bush"));
    CHECK(dir.canonicalName(u"putin").isEmpty()); // case matters: aliases are proper names
}

TEST_CASE("longest alias wins, so the father is not the son", "[people]")
{
    const PeopleDirectory &dir = *Knowledge::bundled().people;
    const QString text = s("Former President George H.W. Bush hosted his son, President George W. Bush, "
                           "and Vladimir V. Putin’s delegation at the compound.");
    const auto found = dir.findAliases(text);
    REQUIRE(found.size() == 3);
    CHECK(found[0].name == QLatin1String("George H. W. Bush"));
    CHECK(text.mid(found[0].start, found[0].end - found[0].start) == QLatin1String("George H.W. Bush"));
    CHECK(found[1].name == QLatin1String("George W. Bush"));
    CHECK(text.mid(found[1].start, found[1].end - found[1].start) == QLatin1String("President George W. Bush"));
    CHECK(found[2].name == QLatin1String("Vladimir Putin"));
    CHECK(text.mid(found[2].start, found[2].end - found[2].start) == QLatin1String("Vladimir V. Putin"));

    // Word boundaries: no match inside other words.
    CHECK(dir.findAliases(u"Bushehr reactor and Ricefield").isEmpty());
}

TEST_CASE("descriptors resolve by date", "[people]")
{
    const PeopleDirectory &dir = *Knowledge::bundled().people;
    CHECK(dir.resolveDescriptor(u"the Russian president", d("2008-04-06")) == QLatin1String("Vladimir Putin"));
    CHECK(dir.resolveDescriptor(u"the Russian president", d("2008-05-06")) == QLatin1String("Vladimir Putin"));
    CHECK(dir.resolveDescriptor(u"the Russian president", d("2008-05-07")) == QLatin1String("Dmitry Medvedev"));
    CHECK(dir.resolveDescriptor(u"Russia’s president", d("2008-08-12")) == QLatin1String("Dmitry Medvedev"));
    CHECK(dir.resolveDescriptor(u"the Kremlin leader", d("2007-07-02")) == QLatin1String("Vladimir Putin"));
    CHECK(dir.resolveDescriptor(u"the Russian prime minister", d("2008-06-01")) == QLatin1String("Vladimir Putin"));
    CHECK(dir.resolveDescriptor(u"the Russian prime minister", d("2008-01-15")) == QLatin1String("Viktor Zubkov"));
    CHECK(dir.resolveDescriptor(u"Russian president-elect", d("2008-04-06")) == QLatin1String("Dmitry Medvedev"));
    CHECK(dir.resolveDescriptor(u"Russian president-elect", d("2008-06-01")).isEmpty());
    CHECK(dir.resolveDescriptor(u"the U.S. president", d("2008-12-01")) == QLatin1String("George W. Bush"));
    CHECK(dir.resolveDescriptor(u"the U.S. president", d("2009-01-20")) == QLatin1String("Barack Obama"));
    CHECK(dir.resolveDescriptor(u"the secretary of state", d("2008-03-18")) == QLatin1String("Condoleezza Rice"));
    CHECK(dir.resolveDescriptor(u"The Russian Foreign Minister", d("2008-03-18")) == QLatin1String("Sergey Lavrov"));
    CHECK(dir.resolveDescriptor(u"the Russian president", QDate()).isEmpty()); // no date, no guess
}

TEST_CASE("bare titles are never resolved without context", "[people]")
{
    const PeopleDirectory &dir = *Knowledge::bundled().people;
    CHECK(dir.resolveDescriptor(u"the foreign minister", d("2008-03-18")).isEmpty());
    const QStringList ministers = dir.descriptorCandidates(u"the foreign minister", d("2008-03-18"));
    CHECK(ministers.contains(QLatin1String("Sergey Lavrov")));
    CHECK(ministers.contains(QLatin1String("Bernard Kouchner")));
    CHECK(dir.resolveDescriptor(u"the president", d("2008-03-18")).isEmpty());
}

TEST_CASE("descriptorAt finds descriptors in folded text", "[people]")
{
    const PeopleDirectory &dir = *Knowledge::bundled().people;
    const QString folded = PeopleDirectory::fold(u"Later, the Russian President said");
    REQUIRE(folded.size() == 33);
    const auto m = dir.descriptorAt(folded, 7);
    REQUIRE(m.has_value());
    CHECK(m->key == QLatin1String("russian president"));
    CHECK(m->end == 28);
    // "president-elect" is its own descriptor, never "president" followed by noise.
    const QString elect = PeopleDirectory::fold(u"Russian president-elect Dmitry Medvedev");
    const auto e = dir.descriptorAt(elect, 0);
    REQUIRE(e.has_value());
    CHECK(e->key == QLatin1String("russian president-elect"));
}

TEST_CASE("a directory can be built from a test document and rejects bad data", "[people]")
{
    const QByteArray json = R"({"people": [
        {"name": "Ann Example", "gender": "female", "actor": "us", "aliases": ["Example"],
         "roles": [{"title": "Mayor", "from": "2001-01-01", "to": null, "descriptors": ["the mayor"]}]}]})";
    const PeopleDirectory dir(QJsonDocument::fromJson(json));
    CHECK(dir.canonicalName(u"Example") == QLatin1String("Ann Example"));
    CHECK(dir.resolveDescriptor(u"The mayor", d("2020-01-01")) == QLatin1String("Ann Example"));
    CHECK(dir.resolveDescriptor(u"the mayor", d("2000-01-01")).isEmpty());

    const QByteArray noGender = R"({"people": [{"name": "X"}]})";
    CHECK_THROWS_AS(PeopleDirectory(QJsonDocument::fromJson(noGender)), std::runtime_error);
    CHECK_THROWS_AS(PeopleDirectory(QJsonDocument::fromJson("{}")), std::runtime_error);
}
