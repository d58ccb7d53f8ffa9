// A rule file that cannot be read or parsed is an error naming the file and the place, never a
// silent run with no rules (the dateline and boilerplate loaders once ignored both).

#include "extract/entities/knowledge_file.h"
#include "extract/knowledge.h"
#include "ingest/boilerplate_classifier.h"
#include "ingest/dateline_parser.h"
#include "ingest/page_rules.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace summit;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("A malformed rule file names the file and the offset", "[ingest][rules]")
{
    CHECK_THROWS_WITH(parseKnowledgeJson("{\"patterns\": [ }", u"datelines.json"_s),
                      Catch::Contains("datelines.json: invalid JSON at offset"));
    CHECK_THROWS_WITH(readKnowledgeFile(u":/rules/no-such-file.json"_s),
                      Catch::Contains(":/rules/no-such-file.json: cannot open"));
}

TEST_CASE("A dateline pattern that is not a valid expression is an error naming it", "[ingest][rules]")
{
    const QJsonObject rules{{u"patterns"_s, QJsonArray{QJsonObject{{u"name"_s, u"broken-one"_s},
                                                                   {u"regex"_s, u"^(?<place>[A-Z"_s}}}}};
    CHECK_THROWS_WITH(DatelineParser(rules), Catch::Contains("broken-one") && Catch::Contains("not a valid"));
}

TEST_CASE("The bundled rule files load", "[ingest][rules]")
{
    CHECK_NOTHROW(PageRules::bundled());
    CHECK_NOTHROW(Knowledge::bundled());
}
