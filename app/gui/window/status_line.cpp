#include "window/status_line.h"

#include "state/session.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

namespace summit::gui {

StatusLine::StatusLine(Session &session, QStatusBar *bar) : QObject(bar), m_session(session)
{
    m_counts = new QLabel(bar);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_date = new QLabel(bar);
    m_date->setObjectName(QStringLiteral("statusDate"));
    m_date->setMinimumWidth(130);
    m_busyText = new QLabel(bar);
    m_busy = new QProgressBar(bar);
    m_busy->setObjectName(QStringLiteral("statusBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->hide();
    bar->addWidget(m_busyText);
    bar->addWidget(m_busy);
    bar->addPermanentWidget(m_date);
    bar->addPermanentWidget(m_counts);
    connect(&m_session, &Session::dataReloaded, this, &StatusLine::refreshCounts);
    connect(&m_session, &Session::filterChanged, this, &StatusLine::refreshCounts);
    refreshCounts();
}

void StatusLine::setHoveredDate(QDate date)
{
    m_date->setText(date.isValid() ? QLocale::c().toString(date, QStringLiteral("ddd d MMM yyyy"))
                                   : QString());
}

void StatusLine::setBusy(const QString &what)
{
    m_busyText->setText(what);
    m_busy->setVisible(!what.isEmpty());
}

void StatusLine::refreshCounts()
{
    const auto c = m_session.library().counts();
    QString text = QStringLiteral("%1 articles · %2 quotes · %3 events").arg(c.articles).arg(c.quotes).arg(c.events);
    if (!m_session.filter().isEmpty())
        text += QStringLiteral(" (%1 shown)").arg(m_session.shownEvents().size());
    m_counts->setText(text);
}

} // namespace summit::gui
