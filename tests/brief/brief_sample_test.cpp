// Hidden: writes the fixture briefing to $SUMMITLINE_BRIEF_SAMPLE for looking at its pages.

#include "brief_test_support.h"

#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::test;

TEST_CASE("write a sample briefing from the fixture", "[.sample]")
{
    const QString out = qEnvironmentVariable("SUMMITLINE_BRIEF_SAMPLE", QStringLiteral("/tmp/brief_sample.pdf"));
    BriefFixture f;
    f.fillSummits();
    brief::BriefRequest request;
    request.title = QStringLiteral("Bush\u2013Putin Summits, 2007\u20132008");
    CHECK(writeFixtureBriefing(f, request, out) > 0);
}
