// A cluster's label counts distinct articles and independent sources, never a sum over its
// events (an article linked to three events once read as three articles).
#include "timeline/timeline_layout.h"

#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

TEST_CASE("Cluster labels count distinct articles and sources", "[ui]")
{
    library::EventRecord a, b;
    a.start = a.end = QDate(2008, 3, 17);
    b.start = b.end = QDate(2008, 3, 18);
    a.place = b.place = QStringLiteral("Moscow");
    a.granularity = b.granularity = QStringLiteral("day");
    a.articleIds = {1, 2, 3};
    b.articleIds = {2, 3, 4};
    a.sources = {QStringLiteral("AP"), QStringLiteral("RIA Novosti")};
    b.sources = {QStringLiteral("AP")};
    a.quoteCount = 2;
    b.quoteCount = 1;
    a.title = QStringLiteral("Second 2+2 talks");
    b.title = QStringLiteral("Press briefing");
    a.sourceCount = 2;
    b.sourceCount = 1;
    const QString label = clusterLabel({a, b}, {0, 1});
    INFO(label.toStdString());
    CHECK(label.contains(QStringLiteral("4 articles, 2 sources · 3 quotes")));
    // Named after its most important member (more sources, more quotes), listed in any order.
    CHECK(label.startsWith(QStringLiteral("Second 2+2 talks + 1 more · 17–18 Mar 2008")));
    CHECK(clusterLabel({b, a}, {0, 1}).startsWith(QStringLiteral("Second 2+2 talks + 1 more")));
}
