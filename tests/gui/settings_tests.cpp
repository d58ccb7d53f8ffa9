// Window state survives a restart: visible range, lanes and filter come back from QSettings.
#include "fixture.h"
#include "ui_helpers.h"

#include "state/session.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_panel.h"
#include "timeline/timeline_view.h"

#include <QComboBox>
#include <QSettings>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

TEST_CASE("Visible range, lanes and filter are restored on the next start", "[ui]")
{
    QSettings().remove(QStringLiteral("mainWindow"));
    test::SampleLibrary sample;
    const double t0 = axisValue(QDate(2008, 3, 1));
    const double t1 = axisValue(QDate(2008, 5, 1));
    {
        MainWindow w(sample.path, MainWindow::Options{false, true});
        w.show();
        library::LibraryFilter f;
        f.speaker = QStringLiteral("Lavrov");
        w.session().setFilter(f);
        w.timeline()->laneSelector()->setCurrentIndex(2);
        w.timeline()->view()->setVisibleRange(t0, t1);
        w.close();
    }
    MainWindow again(sample.path, MainWindow::Options{false, true});
    again.show();
    CHECK(again.session().filter().speaker == QStringLiteral("Lavrov"));
    CHECK(again.timeline()->laneSelector()->currentIndex() == 2);
    CHECK(again.timeline()->view()->visibleStart() == Approx(t0));
    CHECK(again.timeline()->view()->visibleEnd() == Approx(t1));
    QSettings().remove(QStringLiteral("mainWindow"));
}
