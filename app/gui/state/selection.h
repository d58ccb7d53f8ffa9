#pragma once

#include <QObject>

namespace summit::gui {

/// The one selection the timeline, the events table and the quotes table share: an event,
/// and optionally one of its quotes. Setting the same value again emits nothing, so views
/// can echo a selection back without loops.
class Selection final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    qint64 eventId() const { return m_event; }
    qint64 quoteId() const { return m_quote; }

    void selectEvent(qint64 eventId);
    /// A quote (and its event, 0 when it has none).
    void selectQuote(qint64 quoteId, qint64 eventId);

Q_SIGNALS:
    void changed(qint64 eventId, qint64 quoteId);

private:
    qint64 m_event = 0;
    qint64 m_quote = 0;
};

} // namespace summit::gui
