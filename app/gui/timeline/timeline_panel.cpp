#include "timeline/timeline_panel.h"

#include "state/selection.h"
#include "state/session.h"
#include "timeline/empty_filter_notice.h"
#include "timeline/overview_strip.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_tooltip.h"
#include "timeline/timeline_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace summit::gui {

namespace {

/// The mouse hint beside the lane list. On a narrow panel it shows the first few of its parts
/// that fit, whole, rather than a part cut off mid-word (the tooltip always has all of them).
class HintLabel final : public QLabel
{
public:
    HintLabel(QStringList parts, QWidget *parent) : QLabel(parent), m_parts(std::move(parts))
    {
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        setText(m_parts.join(separator()));
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        fit();
    }
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            fit();
    }

private:
    static QString separator() { return QStringLiteral(" · "); }
    void fit()
    {
        const QFontMetrics metrics(font());
        const int room = contentsRect().width() - 2 * margin() - 2;
        QString shown;
        for (const QString &part : m_parts) {
            const QString longer = shown.isEmpty() ? part : shown + separator() + part;
            if (metrics.horizontalAdvance(longer) > room)
                break;
            shown = longer;
        }
        if (shown != text())
            setText(shown);
    }
    QStringList m_parts;
};

} // namespace

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
    auto *gaps = new QCheckBox(QStringLiteral("Compress &gaps"), this);
    gaps->setObjectName(QStringLiteral("compressGaps"));
    gaps->setToolTip(QStringLiteral("Draw long stretches without any event as short marked breaks"));
    connect(gaps, &QCheckBox::toggled, m_view, &TimelineView::setGapsCompressed);
    top->addWidget(gaps);
    auto *hint = new HintLabel({QStringLiteral("Wheel: zoom"), QStringLiteral("Drag: pan"),
                                QStringLiteral("Shift+drag: zoom to range"), QStringLiteral("Home: all")},
                               this);
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
