#pragma once

#include <QWidget>

class QComboBox;

namespace summit::gui {

class OverviewStrip;
class Selection;
class Session;
class TimelineView;

/// The central area: lane switcher, the timeline and the overview strip, kept in step with
/// the session (data, filter, highlights) and the shared selection.
class TimelinePanel final : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(Session &session, Selection &selection, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    OverviewStrip *overview() const { return m_overview; }
    QComboBox *laneSelector() const { return m_lanes; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reloadData();
    void refreshOverview();

    Session &m_session;
    Selection &m_selection;
    TimelineView *m_view = nullptr;
    OverviewStrip *m_overview = nullptr;
    QComboBox *m_lanes = nullptr;
};

} // namespace summit::gui
