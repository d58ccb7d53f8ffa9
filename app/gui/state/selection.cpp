#include "state/selection.h"

namespace summit::gui {

void Selection::selectEvent(qint64 eventId)
{
    if (eventId == m_event && m_quote == 0)
        return;
    m_event = eventId;
    m_quote = 0;
    Q_EMIT changed(m_event, m_quote);
}

void Selection::selectQuote(qint64 quoteId, qint64 eventId)
{
    if (quoteId == m_quote && eventId == m_event)
        return;
    m_quote = quoteId;
    m_event = eventId;
    Q_EMIT changed(m_event, m_quote);
}

} // namespace summit::gui
