#pragma once

#include "library/annotations.h"

#include <QUndoCommand>

#include <functional>

namespace summit::gui {

class Session;

/// Base of the user's own edits. redo()/undo() only write data (each write is one transaction
/// in UserEdits) and then tell every view through Session::reload(). They open no dialog:
/// callers validate before pushing. When the database still refuses a write (a full disk),
/// the command makes itself obsolete, so QUndoStack drops it and the stack never claims a
/// state the file does not hold, and Session::editFailed tells the window.
class UserEditCommand : public QUndoCommand
{
public:
    explicit UserEditCommand(Session &session) : m_session(session) {}

protected:
    void write(const std::function<void()> &change);
    Session &m_session;
};

/// Sets an item's star, note and tags (Star, Add Note…, Tags… are all this command).
class AnnotationCommand final : public UserEditCommand
{
public:
    AnnotationCommand(Session &session, library::AnnotationTarget target, library::Annotation before,
                      library::Annotation after, const QString &text);
    void redo() override;
    void undo() override;

private:
    library::AnnotationTarget m_target;
    library::Annotation m_before;
    library::Annotation m_after;
};

/// Speaker review of one quote. The first redo adds a row to the audit trail; undo marks it
/// undone and redo marks it done again, so the trail keeps every step.
class SpeakerReviewCommand final : public UserEditCommand
{
public:
    SpeakerReviewCommand(Session &session, qint64 quoteId, QString speaker, QString who);
    void redo() override;
    void undo() override;
    qint64 correctionId() const { return m_correction; }

private:
    qint64 m_quoteId;
    QString m_speaker;
    QString m_who;
    qint64 m_correction = 0;
};

/// A new event of the user's. Undo hides it (the row stays, so redo brings back the same id
/// and whatever annotations hang on its slug).
class NewEventCommand final : public UserEditCommand
{
public:
    NewEventCommand(Session &session, library::EventFields fields);
    void redo() override;
    void undo() override;
    qint64 eventId() const { return m_eventId; }

private:
    library::EventFields m_fields;
    qint64 m_eventId = 0;
};

/// Edits any event, the catalog's too. Undo writes back the fields and the edit mark it had
/// (none for an untouched catalog event, which catalog sync then owns again).
class EditEventCommand final : public UserEditCommand
{
public:
    EditEventCommand(Session &session, qint64 eventId, library::EventFields before, QString beforeEditedAt,
                     library::EventFields after);
    void redo() override;
    void undo() override;

private:
    qint64 m_eventId;
    library::EventFields m_before;
    QString m_beforeEditedAt;
    library::EventFields m_after;
    QString m_editedAt;
};

/// Deletes (hides) any event; undo shows it again.
class DeleteEventCommand final : public UserEditCommand
{
public:
    DeleteEventCommand(Session &session, qint64 eventId, const QString &title);
    void redo() override;
    void undo() override;

private:
    qint64 m_eventId;
};

/// Links a quote, or a whole article (start = end = -1), to an event; undo removes the link
/// and gives a quote back the event extraction gave it.
class LinkCommand final : public UserEditCommand
{
public:
    LinkCommand(Session &session, qint64 eventId, const QString &eventTitle, qint64 articleId, int start, int end);
    void redo() override;
    void undo() override;

private:
    qint64 m_eventId;
    qint64 m_articleId;
    int m_start;
    int m_end;
};

} // namespace summit::gui
