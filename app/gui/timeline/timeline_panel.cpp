#include "timeline/timeline_panel.h"

#include "state/selection.h"
#include "state/session.h"
#include "timeline/empty_filter_notice.h"
#include "timeline/overview_strip.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_tooltip.h"
#include "timeline/timeline_view.h"
#include "window/fitting_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace summit::gui {

TimelinePanel::TimelinePanel(Session &session, Selection &selection, QWidget *parent)
    : QWidget(parent), m_session(session), m_selection(selection)
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_view = new TimelineView(this);
    m_overview = new OverviewStrip(this);
    m_lanes = new QComboBox(this);
    m_lanes->setObjectName(QStringLiteral("laneSelector"));
    m_lanes->setAccessibleName(QStringLiteral("Lanes"));
    for (LaneMode mode : {LaneMode::Actor, LaneMode::Kind, LaneMode::Topic})
        m_lanes->addItem(laneModeName(mode), int(mode));
    auto *laneLabel = new QLabel(QStringLiteral("&Lanes by:"), this);
    laneLabel->setBuddy(m_lanes);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(laneLabel);
    top->addWidget(m_lanes);
    auto *gaps = new QCheckBox(QStringLiteral("Compress ga&ps"), this);
    gaps->setObjectName(QStringLiteral("compressGaps"));
    gaps->setToolTip(QStringLiteral("Draw long stretches without any event as short marked breaks"));
    connect(gaps, &QCheckBox::toggled, m_view, &TimelineView::setGapsCompressed);
    top->addWidget(gaps);
    // On a narrow panel the hint keeps its first whole parts; the tooltip has all of them.
    auto *hint = new FittingLabel(this);
    hint->setParts({QStringLiteral("Wheel: zoom"), QStringLiteral("Drag: pan"), QStringLiteral("Shift+drag: zoom to range"),
                    QStringLiteral("Home: all")});
    hint->setObjectName(QStringLiteral("timelineHint"));
    hint->setToolTip(QStringLiteral("Mouse wheel zooms around the pointer; drag pans; Shift+drag zooms to a range; "
                                    "double-click an event zooms to it; + and − zoom, Home shows everything. Arrows step "
                                    "from event to event, Enter opens one, Shift+arrows move the view, Ctrl+G goes to a date."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    top->addWidget(hint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_overview);

    connect(m_lanes, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setLaneMode(LaneMode(m_lanes->currentData().toInt()));
    });
    connect(m_view, &TimelineView::visibleRangeChanged, m_overview, &OverviewStrip::setWindow);
    connect(m_overview, &OverviewStrip::windowMoved, this, [this](double center) {
        const double half = (m_view->visibleEnd() - m_view->visibleStart()) / 2;
        m_view->setVisibleRange(center - half, center + half);
    });
    connect(m_view, &TimelineView::eventClicked, &m_selection, &Selection::selectEvent);
    connect(&m_selection, &Selection::changed, m_view,
            [this](qint64 eventId, qint64) { m_view->setSelectedEvent(eventId); });
    connect(&m_session, &Session::dataReloaded, this, &TimelinePanel::reloadData);
    connect(&m_session, &Session::filterChanged, this,
            [this] { m_view->setShown(m_session.shownEvents()); });
    connect(&m_session, &Session::highlightChanged, this,
            [this] { m_view->setHighlightedEvents(m_session.highlightedEvents()); });
    new TimelineToolTips(*m_view, m_session);
    new EmptyFilterNotice(m_session, m_selection, m_view);
    reloadData();
    m_view->frameStory(); // the story, not the outliers: Home shows all
}

void TimelinePanel::reloadData()
{
    m_view->setEvents(m_session.events(), m_session.shownEvents());
    refreshOverview();
}

void TimelinePanel::refreshOverview()
{
    const auto &events = m_session.events();
    const auto weeks = m_session.library().weeklyCounts();
    QDate first = events.isEmpty() ? QDate() : events.first().start;
    QDate last = first;
    for (const auto &e : events)
        last = std::max(last, e.end);
    for (const auto &w : weeks) {
        first = first.isValid() ? std::min(first, w.weekStart) : w.weekStart;
        last = last.isValid() ? std::max(last, w.weekStart.addDays(7)) : w.weekStart.addDays(7);
    }
    if (!first.isValid()) {
        first = QDate::currentDate().addYears(-1);
        last = QDate::currentDate();
    }
    const double pad = std::max((axisValue(last) - axisValue(first)) * 0.04, 15 * kDayMs);
    m_overview->setCounts(weeks, axisValue(first) - pad, axisValue(last) + pad);
    m_overview->setWindow(m_view->visibleStart(), m_view->visibleEnd());
}

} // namespace summit::gui

namespace summit::gui {

void TimelinePanel::resizeEvent(QResizeEvent *event)
{
    // On a short panel (a laptop screen, or 1.5x scaling) the overview gives up height to the
    // lanes: the timeline is what the user reads, the overview only says where it is.
    m_overview->setMaximumHeight(height() < 420 ? 60 : 96);
    m_overview->setMinimumHeight(height() < 420 ? 52 : 72);
    QWidget::resizeEvent(event);
}

} // namespace summit::gui
