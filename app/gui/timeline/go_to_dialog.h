#pragma once

#include "library/records.h"

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;

namespace summit::gui {

class Selection;
class TimelineView;

/// Where Go to lands: an event, or a stretch of days (one day, a month or a year).
struct GoToTarget
{
    qint64 eventId = 0;
    QDate from; ///< inclusive
    QDate to;   ///< inclusive
    QString error; ///< why the text is neither, for the user
    bool isValid() const { return eventId != 0 || from.isValid(); }
};

/// Reads what the user typed: an event title (exact, else the earliest shown event whose title
/// contains it), or a date as people write one: "2008-04-06", "6 Apr 2008", "April 6, 2008"
/// (the importer's own date reading), "April 2008", "2008-04" or "2008". Titles win over dates
/// only when they match exactly, so "2008" goes to the year, not to an event named after it.
GoToTarget readGoToText(const QString &text, const QVector<library::EventRecord> &events,
                        const QVector<int> &shown);

/// Moves the timeline there: an event is zoomed to, focused and opened; a date range is shown
/// with some air and the shown event nearest to it gets the focus.
void goTo(TimelineView &view, Selection &selection, const GoToTarget &target);

/// Ctrl+G: a line with completion over the shown events' titles that also takes dates.
class GoToDialog final : public QDialog
{
    Q_OBJECT
public:
    GoToDialog(TimelineView &view, Selection &selection, QWidget *parent);

    QLineEdit *field() const { return m_field; }

    void accept() override;

private:
    TimelineView &m_view;
    Selection &m_selection;
    QLineEdit *m_field = nullptr;
    QLabel *m_error = nullptr;
};

/// The Go → "Go to Date or Event…" command (Ctrl+G); each trigger opens a fresh dialog.
QAction *createGoToAction(QWidget *window, TimelineView &view, Selection &selection);

} // namespace summit::gui
