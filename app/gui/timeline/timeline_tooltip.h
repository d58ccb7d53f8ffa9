#pragma once

#include "library/records.h"

#include <QObject>

namespace summit::gui {

class Session;
class TimelineView;

/// The tooltip of one event: title, dates and place, who reported it, and up to two of its
/// quotes (rich text, every field escaped). detail may be null when it could not be read.
QString eventToolTip(const library::EventRecord &event, const library::EventDetail *detail);
/// The tooltip of a cluster: how many events, and the first few with their dates.
QString clusterToolTip(const QVector<library::EventRecord> &events, const QVector<int> &members);

/// Shows an event's tooltip when the pointer rests on it. It watches the view's viewport for
/// tooltip requests, so the view itself needs no code for it.
class TimelineToolTips final : public QObject
{
    Q_OBJECT
public:
    TimelineToolTips(TimelineView &view, Session &session);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TimelineView &m_view;
    Session &m_session;
};

} // namespace summit::gui
