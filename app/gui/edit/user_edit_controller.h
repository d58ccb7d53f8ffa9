#pragma once

#include "library/records.h"

#include <QObject>

#include <functional>
#include <optional>

class QAbstractItemView;
class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace summit::gui {

class Selection;
class Session;

/// The user's own edits: stars, notes and tags on events and quotes, speaker review, and
/// New/Edit/Delete Event. It asks with dialogs, validates, then pushes one undo command per
/// edit; views learn of the change from the session's reload, never from here.
class UserEditController final : public QObject
{
    Q_OBJECT
public:
    UserEditController(Session &session, Selection &selection, QUndoStack *undo, QMainWindow *window);

    /// Adds the Event menu (before Help) to the window's menu bar.
    void buildMenu();
    /// Right-click on a quote row of `view` (rows carry the quote id in IdRole or a passage)
    /// selects the quote and offers the quote actions.
    void addQuoteContextMenu(QAbstractItemView *view);
    QList<QAction *> eventActions() const;
    QList<QAction *> quoteActions() const;
    /// Star, note and tags of the article open in the reader (its right-click menu offers them).
    QList<QAction *> openArticleActions() const;

    // Pushing without dialogs (the dialogs end in these; tests drive them directly). Each
    // returns false, pushing nothing, when the edit is not valid or changes nothing.
    bool annotate(const library::AnnotationTarget &target, const library::Annotation &after, const QString &text);
    bool toggleStar(const library::AnnotationTarget &target);
    bool reviewSpeaker(qint64 quoteId, const QString &speaker);
    /// Returns the new event's id, or 0.
    qint64 createEvent(const library::EventFields &fields);
    bool editEvent(qint64 eventId, const library::EventFields &fields);
    bool deleteEvent(qint64 eventId);
    /// Links a quote, or a whole article, to an event (it then counts as reporting it).
    bool linkQuote(qint64 quoteId, qint64 eventId);
    bool linkArticle(qint64 articleId, qint64 eventId);
    /// Where "Link Open Article to Event" finds the article (the reader's).
    void setOpenArticle(std::function<qint64()> openArticle) { m_openArticle = std::move(openArticle); }

    std::optional<library::QuoteRecord> quote(qint64 quoteId) const;

    /// Star, note and tags for one article (a row of the Articles panel right-clicked): the
    /// actions act on that article, whatever the reader shows, until the next call.
    QList<QAction *> articleActions(qint64 articleId);

    /// The note and tags dialogs; what names the item ("event", "quote", "article").
    void askNote(const library::AnnotationTarget &target, const QString &what);
    void askTags(const library::AnnotationTarget &target, const QString &what);

private:
    void updateActions();
    void askSpeaker();
    void askNewEvent();
    void askEditEvent();
    void askDeleteEvent();
    void askLinkQuote();
    std::optional<library::AnnotationTarget> selectedEventTarget() const;
    std::optional<library::AnnotationTarget> selectedQuoteTarget() const;

    Session &m_session;
    Selection &m_selection;
    QUndoStack *m_undo;
    QMainWindow *m_window;
    QAction *m_newEvent, *m_editEvent, *m_deleteEvent, *m_starEvent, *m_noteEvent, *m_tagsEvent;
    QAction *m_linkArticle, *m_starArticle, *m_noteArticle, *m_tagsArticle;
    QAction *m_starRow = nullptr, *m_noteRow = nullptr, *m_tagsRow = nullptr; ///< articleActions()
    qint64 m_rowArticle = 0;
    QAction *m_starQuote, *m_noteQuote, *m_tagsQuote, *m_reviewSpeaker, *m_linkQuote;
    std::function<qint64()> m_openArticle;
};

} // namespace summit::gui
