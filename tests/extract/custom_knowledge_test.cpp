// The extractors read the rules and knowledge they are given, not a bundled singleton: a test
// can pass its own people list and see it used.
#include "extract/extractor.h"
#include "extract/people/people_directory.h"
#include "quote_test_article.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace summit;

namespace {

/// The bundled knowledge with its people list replaced by one made-up person.
Knowledge withMadeUpPerson()
{
    Knowledge k = Knowledge::bundled();
    const QByteArray people = R"({"people": [
        {"name": "Orla Fenwhistle", "gender": "female", "actor": "us", "aliases": ["Fenwhistle"],
         "roles": [{"title": "Harbour Commissioner", "from": "2005-01-01", "to": null,
                    "descriptors": ["the harbour commissioner"]}]}]})";
    k.people = std::make_shared<const PeopleDirectory>(QJsonDocument::fromJson(people));
    return k;
}

const QString kText = QStringLiteral(
    "Orla Fenwhistle arrived in Moscow on Monday for talks with Vladimir Putin.\n\n"
    "\"We have come to listen,\" the harbour commissioner said after the meeting.");

QStringList personKeys(const QVector<Mention> &mentions)
{
    QStringList out;
    for (const Mention &m : mentions)
        if (m.kind == QLatin1String("person"))
            out << m.key;
    return out;
}

} // namespace

TEST_CASE("an extractor reads the people list it is given", "[knowledge]")
{
    const ArticleText article = test::articleFromLiteral(kText, QDate(2008, 3, 3));

    const Extractor custom(withMadeUpPerson());
    const Extraction x = custom.run(article);
    const QStringList keys = personKeys(x.mentions);
    CHECK(keys.contains(QStringLiteral("Orla Fenwhistle")));
    // The replaced list knows nobody else: Putin is no person mention any more.
    CHECK_FALSE(keys.contains(QStringLiteral("Vladimir Putin")));
    REQUIRE(x.quotes.size() == 1);
    CHECK(x.quotes.first().speaker == QLatin1String("Orla Fenwhistle")); // through her dated title

    const Extractor bundled(Knowledge::bundled());
    const Extraction b = bundled.run(article);
    CHECK_FALSE(personKeys(b.mentions).contains(QStringLiteral("Orla Fenwhistle")));
    CHECK(personKeys(b.mentions).contains(QStringLiteral("Vladimir Putin")));
    REQUIRE(b.quotes.size() == 1);
    CHECK(b.quotes.first().speaker != QLatin1String("Orla Fenwhistle"));
}

TEST_CASE("copies of a knowledge set share its tables", "[knowledge]")
{
    const Knowledge a = Knowledge::bundled();
    const Knowledge b = a;
    CHECK(a.people == b.people);
    CHECK(a.quoteRules == b.quoteRules);
    CHECK(&*a.places == &*Knowledge::bundled().places);
    const Extractor x(a);
    CHECK(x.knowledge().dates == a.dates);
}
