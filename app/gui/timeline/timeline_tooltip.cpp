#include "timeline/timeline_tooltip.h"

#include "state/session.h"
#include "timeline/event_layer.h"
#include "timeline/time_scale.h"
#include "timeline/timeline_view.h"

#include <QHelpEvent>
#include <QToolTip>

namespace summit::gui {

namespace {

constexpr int kQuotesShown = 2;
constexpr int kClusterMembersShown = 8;
constexpr int kQuoteChars = 160;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString whenAndWhere(const library::EventRecord &e)
{
    QString line = esc(dateExtentText(e.start, e.end, e.granularity));
    if (!e.place.isEmpty())
        line += QStringLiteral(" · ") + esc(e.place);
    return line;
}

} // namespace

QString eventToolTip(const library::EventRecord &e, const library::EventDetail *detail)
{
    QString html = QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b><br>%2")
                       .arg(esc(e.title), whenAndWhere(e));
    if (e.sourceCount > 0)
        html += QStringLiteral("<br>Sources (%1): %2")
                    .arg(e.sourceCount)
                    .arg(esc(e.sources.join(QStringLiteral(", "))));
    else if (!e.outlets.isEmpty())
        html += QStringLiteral("<br>Mentioned by: %1").arg(esc(e.outlets.join(QStringLiteral(", "))));
    else
        html += QStringLiteral("<br><i>No article links this event yet.</i>");
    html += QStringLiteral("</p>");

    // Whole quotes only: a fragment without its sentence misleads more than it tells.
    QStringList quotes;
    int total = 0;
    if (detail) {
        for (const library::QuoteRecord &q : detail->quotes) {
            if (q.fragment)
                continue;
            ++total;
            if (quotes.size() >= kQuotesShown)
                continue;
            QString text = q.text.simplified();
            if (text.size() > kQuoteChars)
                text = text.left(kQuoteChars - 1).trimmed() + QChar(0x2026);
            const QString who = q.speaker.isEmpty() ? q.speakerText : q.speaker;
            quotes << QStringLiteral("“%1”%2").arg(esc(text),
                                                   who.isEmpty() ? QString() : QStringLiteral(" — ") + esc(who));
        }
    }
    if (!quotes.isEmpty()) {
        html += QStringLiteral("<p>") + quotes.join(QStringLiteral("<br>"));
        if (total > quotes.size())
            html += QStringLiteral("<br><i>%1 more in the Event panel</i>").arg(total - quotes.size());
        html += QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p><i>No quotes.</i></p>");
    }
    return html;
}

QString clusterToolTip(const QVector<library::EventRecord> &events, const QVector<int> &members)
{
    QString html = QStringLiteral("<p><b>%1 events</b> close together — zoom in to tell them apart:</p><p>")
                       .arg(members.size());
    QStringList lines;
    for (int i = 0; i < members.size() && i < kClusterMembersShown; ++i) {
        const library::EventRecord &e = events.at(members.at(i));
        lines << QStringLiteral("%1 · %2").arg(esc(e.title), whenAndWhere(e));
    }
    if (members.size() > kClusterMembersShown)
        lines << QStringLiteral("<i>and %1 more</i>").arg(members.size() - kClusterMembersShown);
    return html + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

TimelineToolTips::TimelineToolTips(TimelineView &view, Session &session)
    : QObject(&view), m_view(view), m_session(session)
{
    setObjectName(QStringLiteral("timelineToolTips"));
    view.viewport()->installEventFilter(this);
}

bool TimelineToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view.viewport())
        return QObject::eventFilter(watched, event);
    auto *help = static_cast<QHelpEvent *>(event);
    EventLayer *layer = m_view.eventLayer();
    const int hit = layer->itemAt(m_view.mapToScene(help->pos()));
    if (hit < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const PlacedItem &item = layer->currentLayout().items.at(hit);
    const auto &events = m_view.events();
    QString text;
    if (item.isCluster()) {
        text = clusterToolTip(events, item.events);
    } else {
        const library::EventRecord &e = events.at(item.events.first());
        const auto detail = m_session.library().eventDetail(e.id);
        text = eventToolTip(e, detail ? &*detail : nullptr);
    }
    // The tip stays while the pointer is over the same mark and label.
    const QRect area = m_view.mapFromScene(item.mark.united(item.label)).boundingRect();
    QToolTip::showText(help->globalPos(), text, m_view.viewport(), area);
    return true;
}

} // namespace summit::gui
