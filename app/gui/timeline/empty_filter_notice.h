#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace summit::gui {

class Selection;
class Session;

/// Says so over the timeline when the filter hides every event, with a button that clears
/// the filter; an empty timeline must never look like an empty library. It also drops the
/// selection of an event the filter hides, so the Event panel never shows what the view hides.
class EmptyFilterNotice final : public QFrame
{
    Q_OBJECT
public:
    /// Floats centred over `over` (the timeline view), as its child.
    EmptyFilterNotice(Session &session, Selection &selection, QWidget *over);

    QPushButton *clearButton() const { return m_clear; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void place();

    Session &m_session;
    Selection &m_selection;
    QLabel *m_text = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace summit::gui
