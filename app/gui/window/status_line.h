#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace summit::gui {

class Session;

/// Status bar content: article/quote/event counts, the date under the cursor, and a busy
/// indicator for background work.
class StatusLine final : public QObject
{
    Q_OBJECT
public:
    StatusLine(Session &session, QStatusBar *bar);

    void setHoveredDate(QDate date);
    void setBusy(const QString &what); ///< empty: not busy
    QLabel *countsLabel() const { return m_counts; }

private:
    void refreshCounts();

    Session &m_session;
    QLabel *m_counts = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_busy = nullptr;
};

} // namespace summit::gui
