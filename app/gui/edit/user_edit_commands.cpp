#include "edit/user_edit_commands.h"

#include "library/user_edits.h"
#include "state/session.h"
#include "store/database.h"

namespace summit::gui {

namespace {

/// The undo menu shows the text: long titles are cut so the toolbar keeps its layout.
QString shortTitle(const QString &title)
{
    constexpr int kChars = 32;
    return title.size() > kChars ? title.left(kChars - 1).trimmed() + u'…' : title;
}

} // namespace

void UserEditCommand::write(const std::function<void()> &change)
{
    try {
        change();
    } catch (const StoreError &e) {
        setObsolete(true);
        m_session.reportEditFailure(text(), e.message());
        return;
    }
    m_session.reload();
}

AnnotationCommand::AnnotationCommand(Session &session, library::AnnotationTarget target, library::Annotation before,
                                     library::Annotation after, const QString &text)
    : UserEditCommand(session), m_target(std::move(target)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void AnnotationCommand::redo()
{
    write([this] { library::UserEdits(m_session.database()).setAnnotation(m_target, m_after); });
}

void AnnotationCommand::undo()
{
    write([this] { library::UserEdits(m_session.database()).setAnnotation(m_target, m_before); });
}

SpeakerReviewCommand::SpeakerReviewCommand(Session &session, qint64 quoteId, QString speaker, QString who)
    : UserEditCommand(session), m_quoteId(quoteId), m_speaker(std::move(speaker)), m_who(std::move(who))
{
    setText(QStringLiteral("Set Speaker to %1").arg(m_speaker.isEmpty() ? QStringLiteral("Unknown") : m_speaker));
}

void SpeakerReviewCommand::redo()
{
    write([this] {
        library::UserEdits edits(m_session.database());
        if (m_correction == 0)
            m_correction = edits.correctSpeaker(m_quoteId, m_speaker, m_who, QDateTime::currentDateTimeUtc());
        else
            edits.setCorrectionUndone(m_correction, false);
    });
}

void SpeakerReviewCommand::undo()
{
    write([this] { library::UserEdits(m_session.database()).setCorrectionUndone(m_correction, true); });
}

NewEventCommand::NewEventCommand(Session &session, library::EventFields fields)
    : UserEditCommand(session), m_fields(std::move(fields))
{
    setText(QStringLiteral("New Event “%1”").arg(shortTitle(m_fields.title)));
}

void NewEventCommand::redo()
{
    write([this] {
        library::UserEdits edits(m_session.database());
        if (m_eventId == 0)
            m_eventId = edits.createEvent(m_fields, QDateTime::currentDateTimeUtc());
        else
            edits.setEventDeleted(m_eventId, false);
    });
}

void NewEventCommand::undo()
{
    write([this] { library::UserEdits(m_session.database()).setEventDeleted(m_eventId, true); });
}

EditEventCommand::EditEventCommand(Session &session, qint64 eventId, library::EventFields before,
                                   QString beforeEditedAt, library::EventFields after)
    : UserEditCommand(session), m_eventId(eventId), m_before(std::move(before)),
      m_beforeEditedAt(std::move(beforeEditedAt)), m_after(std::move(after)),
      m_editedAt(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
{
    setText(QStringLiteral("Edit Event “%1”").arg(shortTitle(m_after.title)));
}

void EditEventCommand::redo()
{
    write([this] { library::UserEdits(m_session.database()).writeEvent(m_eventId, m_after, m_editedAt); });
}

void EditEventCommand::undo()
{
    write([this] { library::UserEdits(m_session.database()).writeEvent(m_eventId, m_before, m_beforeEditedAt); });
}

DeleteEventCommand::DeleteEventCommand(Session &session, qint64 eventId, const QString &title)
    : UserEditCommand(session), m_eventId(eventId)
{
    setText(QStringLiteral("Delete Event “%1”").arg(shortTitle(title)));
}

void DeleteEventCommand::redo()
{
    write([this] { library::UserEdits(m_session.database()).setEventDeleted(m_eventId, true); });
}

void DeleteEventCommand::undo()
{
    write([this] { library::UserEdits(m_session.database()).setEventDeleted(m_eventId, false); });
}

LinkCommand::LinkCommand(Session &session, qint64 eventId, const QString &eventTitle, qint64 articleId, int start,
                         int end)
    : UserEditCommand(session), m_eventId(eventId), m_articleId(articleId), m_start(start), m_end(end)
{
    setText(QStringLiteral("Link %1 to “%2”").arg(start < 0 ? QStringLiteral("Article") : QStringLiteral("Quote"),
                                                  shortTitle(eventTitle)));
}

void LinkCommand::redo()
{
    write([this] { library::UserEdits(m_session.database()).link(m_eventId, m_articleId, m_start, m_end); });
}

void LinkCommand::undo()
{
    write([this] { library::UserEdits(m_session.database()).unlink(m_eventId, m_articleId, m_start, m_end); });
}

} // namespace summit::gui
