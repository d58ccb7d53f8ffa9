// MainWindow's saved state: geometry, dock layout, visible range, lanes and filter.
#include "main_window.h"

#include "state/session.h"
#include "timeline/timeline_panel.h"
#include "timeline/timeline_view.h"

#include <QComboBox>
#include <QScreen>
#include <QSettings>

namespace summit::gui {

void MainWindow::restoreState()
{
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    // A size and dock layout saved on a wider screen (or at a smaller scale) overflow or squeeze
    // the panels on this one; then the first-start size and layout, which fit the screen, apply.
    const int room = screen() ? screen()->availableGeometry().width() : 0;
    const bool sameRoom = room >= s.value(QStringLiteral("screenWidth")).toInt() * 9 / 10;
    if (sameRoom && s.contains(QStringLiteral("geometry")))
        restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
    if (sameRoom && s.contains(QStringLiteral("state")))
        m_stateRestored = QMainWindow::restoreState(s.value(QStringLiteral("state")).toByteArray());
    m_session->setFilter(library::LibraryFilter::fromVariantMap(s.value(QStringLiteral("filter")).toMap()));
    if (QComboBox *lanes = m_timeline->laneSelector(); s.contains(QStringLiteral("lanes")))
        lanes->setCurrentIndex(std::max(0, lanes->findData(s.value(QStringLiteral("lanes")).toInt())));
    const double t0 = s.value(QStringLiteral("rangeStart")).toDouble();
    const double t1 = s.value(QStringLiteral("rangeEnd")).toDouble();
    if (t1 > t0)
        m_timeline->view()->setVisibleRange(t0, t1);
}

void MainWindow::saveState() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), QMainWindow::saveState());
    if (screen())
        s.setValue(QStringLiteral("screenWidth"), screen()->availableGeometry().width());
    s.setValue(QStringLiteral("filter"), m_session->filter().toVariantMap());
    s.setValue(QStringLiteral("lanes"), m_timeline->laneSelector()->currentData());
    s.setValue(QStringLiteral("rangeStart"), m_timeline->view()->visibleStart());
    s.setValue(QStringLiteral("rangeEnd"), m_timeline->view()->visibleEnd());
}

} // namespace summit::gui
