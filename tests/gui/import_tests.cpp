// Import through the real window: a folder of generated articles lands on the timeline.
#include "fixture.h"
#include "test_paths.h"
#include "ui_helpers.h"

#include "import/import_controller.h"
#include "state/session.h"
#include "timeline/event_layer.h"
#include "timeline/overview_strip.h"
#include "timeline/timeline_view.h"

#include <QLineSeries>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

TEST_CASE("Importing a folder grows the timeline", "[ui]")
{
    test::SampleLibrary sample;
    QTemporaryDir folder;
    QProcess gen;
    gen.start(test::genCorpusPath(), {QStringLiteral("--articles"), QStringLiteral("12"), QStringLiteral("--seed"),
                                      QStringLiteral("7"), QStringLiteral("--out"), folder.path()});
    REQUIRE(gen.waitForFinished(60000));
    REQUIRE(gen.exitCode() == 0);

    auto w = test::openWindow(sample.path);
    const int articlesBefore = w->session().library().counts().articles;
    const int eventsBefore = int(w->session().events().size());
    REQUIRE(eventsBefore == 4);
    const int weeksBefore = int(w->session().library().weeklyCounts().size());
    ImportController *importer = w->importer();
    importer->setShowResults(false);
    importer->importPaths({folder.path()});
    REQUIRE(importer->isBusy());
    REQUIRE(QTest::qWaitFor([&] { return !importer->isBusy(); }, 120000));

    int imported = 0;
    for (const auto &r : importer->lastResults())
        imported += r.status == FileResult::Status::Imported;
    CHECK(imported == 12);
    CHECK(w->session().library().counts().articles == articlesBefore + 12);
    // The generated articles report events the catalog does not hold: new marks appear.
    CHECK(int(w->session().events().size()) > eventsBefore);
    auto *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
    view->fitAll();
    CHECK(view->eventLayer()->currentLayout().visibleEvents == int(w->session().events().size()));
    CHECK(int(w->session().library().weeklyCounts().size()) > weeksBefore);

    // Importing the same folder again reports duplicates and changes nothing.
    importer->importPaths({folder.path()});
    REQUIRE(QTest::qWaitFor([&] { return !importer->isBusy(); }, 120000));
    for (const auto &r : importer->lastResults())
        CHECK(r.status == FileResult::Status::Duplicate);
    CHECK(w->session().library().counts().articles == articlesBefore + 12);
}
