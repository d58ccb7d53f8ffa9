#include "timeline/empty_filter_notice.h"

#include "state/selection.h"
#include "state/session.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace summit::gui {

EmptyFilterNotice::EmptyFilterNotice(Session &session, Selection &selection, QWidget *over)
    : QFrame(over), m_session(session), m_selection(selection)
{
    setObjectName(QStringLiteral("emptyFilterNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emptyFilterText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextFormat(Qt::RichText);
    m_clear = new QPushButton(QStringLiteral("Clear Filters"), this);
    m_clear->setObjectName(QStringLiteral("emptyFilterClear"));
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(m_text);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    setAccessibleName(QStringLiteral("No events match the filter"));

    connect(m_clear, &QPushButton::clicked, this, [this] { m_session.setFilter({}); });
    connect(&m_session, &Session::filterChanged, this, &EmptyFilterNotice::refresh);
    connect(&m_session, &Session::dataReloaded, this, &EmptyFilterNotice::refresh);
    over->installEventFilter(this); // stays centred when the timeline is resized
    refresh();
}

void EmptyFilterNotice::refresh()
{
    const auto &shown = m_session.shownEvents();
    const qint64 selected = m_selection.eventId();
    if (selected) {
        bool visible = false;
        for (int i : shown)
            visible = visible || m_session.events().at(i).id == selected;
        if (!visible)
            m_selection.selectEvent(0); // the Event panel must not show a hidden event
    }
    const auto &filter = m_session.filter();
    const bool hidesAll = shown.isEmpty() && !m_session.events().isEmpty() && !filter.isEmpty();
    if (hidesAll) {
        m_text->setText(QStringLiteral("<b>No events match the filter</b><br>%1<br>"
                                       "All %2 events are hidden.")
                            .arg(filter.describe().toHtmlEscaped())
                            .arg(m_session.events().size()));
        place();
        raise();
    }
    setVisible(hidesAll);
}

void EmptyFilterNotice::place()
{
    const QWidget *over = parentWidget();
    const int width = std::min(440, std::max(200, over->width() - 40));
    m_text->setMinimumWidth(width - 40);
    adjustSize();
    const QSize size(width, sizeHint().height());
    setGeometry(QRect(QPoint((over->width() - size.width()) / 2, (over->height() - size.height()) / 2),
                      size));
}

bool EmptyFilterNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace summit::gui
