#pragma once

#include "library/records.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace summit::gui {

class Session;

/// The selected event: date, place, participants, how many outlets reported it, its quotes
/// (fragments only on request), excerpts grouped by article, and notes where a source
/// disagrees with the record. Activating a quote or excerpt asks for the passage.
class EventPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit EventPanel(Session &session, QWidget *parent = nullptr);

    void showEvent(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    QTreeWidget *quoteList() const { return m_quotes; }
    /// Buttons for the user's own edits of the shown event (Edit, Delete, Star, Note, Tags).
    void setEventActions(const QList<QAction *> &actions);

Q_SIGNALS:
    void passageRequested(qint64 articleId, int start, int end);
    void quoteActivated(qint64 quoteId, qint64 eventId);

private:
    void refresh();
    void fillQuotes(const library::EventDetail &detail);
    void fillExcerpts(const library::EventDetail &detail);
    void fillNotes(const library::EventDetail &detail);
    void activate(QTreeWidgetItem *item);

    Session &m_session;
    qint64 m_eventId = 0;
    QLabel *m_header = nullptr;
    QToolBar *m_userBar = nullptr; ///< the buttons of setEventActions
    QCheckBox *m_fragments = nullptr;
    QTreeWidget *m_quotes = nullptr;
    QTreeWidget *m_excerpts = nullptr;
    QTreeWidget *m_notes = nullptr;
    QLabel *m_quotesTitle = nullptr;
    QLabel *m_excerptsTitle = nullptr;
    QLabel *m_notesTitle = nullptr;
};

} // namespace summit::gui
