#include "edit/user_edit_controller.h"

#include "edit/event_dialog.h"
#include "edit/speaker_review_dialog.h"
#include "edit/user_edit_commands.h"
#include "library/user_edits.h"
#include "models/record_roles.h"
#include "panels/passage_roles.h"
#include "state/selection.h"
#include "state/session.h"

#include <QAbstractItemView>
#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

namespace summit::gui {

namespace {

QAction *makeAction(QObject *parent, const QString &name, const QString &text, const QKeySequence &keys = {})
{
    auto *a = new QAction(text, parent);
    a->setObjectName(name);
    a->setShortcut(keys);
    return a;
}

library::EventFields fieldsOf(const library::EventRecord &e)
{
    return {e.title, e.kind, e.start, e.end, e.granularity.isEmpty() ? QStringLiteral("day") : e.granularity,
            e.place, e.participants, e.summary};
}

/// Pushes cmd; true when the stack kept it (an obsolete one, whose write failed, is deleted).
bool pushKept(QUndoStack *undo, QUndoCommand *cmd)
{
    undo->push(cmd);
    return undo->index() > 0 && undo->command(undo->index() - 1) == cmd;
}

} // namespace

UserEditController::UserEditController(Session &session, Selection &selection, QUndoStack *undo, QMainWindow *window)
    : QObject(window), m_session(session), m_selection(selection), m_undo(undo), m_window(window)
{
    setObjectName(QStringLiteral("userEdits"));
    m_newEvent = makeAction(this, QStringLiteral("actionNewEvent"), QStringLiteral("&New Event…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editEvent = makeAction(this, QStringLiteral("actionEditEvent"), QStringLiteral("&Edit Event…"));
    m_deleteEvent = makeAction(this, QStringLiteral("actionDeleteEvent"), QStringLiteral("&Delete Event"));
    m_starEvent = makeAction(this, QStringLiteral("actionStarEvent"), QStringLiteral("&Star Event"),
                             QKeySequence(Qt::CTRL | Qt::Key_D));
    m_noteEvent = makeAction(this, QStringLiteral("actionNoteEvent"), QStringLiteral("Add N&ote to Event…"));
    m_tagsEvent = makeAction(this, QStringLiteral("actionTagsEvent"), QStringLiteral("Event &Tags…"));
    m_linkArticle = makeAction(this, QStringLiteral("actionLinkArticle"), QStringLiteral("&Link Open Article to Event"));
    m_starArticle = makeAction(this, QStringLiteral("actionStarArticle"), QStringLiteral("Star Open &Article"));
    m_noteArticle = makeAction(this, QStringLiteral("actionNoteArticle"), QStringLiteral("Add Note to Open Article…"));
    m_tagsArticle = makeAction(this, QStringLiteral("actionTagsArticle"), QStringLiteral("Open Article Tags…"));
    m_starQuote = makeAction(this, QStringLiteral("actionStarQuote"), QStringLiteral("Star"));
    m_noteQuote = makeAction(this, QStringLiteral("actionNoteQuote"), QStringLiteral("Add Note…"));
    m_tagsQuote = makeAction(this, QStringLiteral("actionTagsQuote"), QStringLiteral("Tags…"));
    m_reviewSpeaker = makeAction(this, QStringLiteral("actionReviewSpeaker"), QStringLiteral("Review Speaker…"));
    m_linkQuote = makeAction(this, QStringLiteral("actionLinkQuote"), QStringLiteral("Link to Event…"));
    for (QAction *a : {m_starEvent, m_starQuote})
        a->setCheckable(true);
    // The Event panel's bar (event_panel.cpp) shows the event actions under the event's title,
    // where short words fit a narrow dock; the Event menu keeps the full names. (Star Event
    // keeps its name: the keyboard shortcuts list shows icon texts.)
    m_editEvent->setIconText(QStringLiteral("Edit…"));
    m_deleteEvent->setIconText(QStringLiteral("Delete"));
    m_noteEvent->setIconText(QStringLiteral("Note…"));
    m_tagsEvent->setIconText(QStringLiteral("Tags…"));

    connect(m_newEvent, &QAction::triggered, this, &UserEditController::askNewEvent);
    connect(m_editEvent, &QAction::triggered, this, &UserEditController::askEditEvent);
    connect(m_deleteEvent, &QAction::triggered, this, &UserEditController::askDeleteEvent);
    connect(m_starEvent, &QAction::triggered, this, [this] {
        if (const auto t = selectedEventTarget())
            toggleStar(*t);
    });
    connect(m_noteEvent, &QAction::triggered, this, [this] {
        if (const auto t = selectedEventTarget())
            askNote(*t, QStringLiteral("event"));
    });
    connect(m_tagsEvent, &QAction::triggered, this, [this] {
        if (const auto t = selectedEventTarget())
            askTags(*t, QStringLiteral("event"));
    });
    connect(m_starQuote, &QAction::triggered, this, [this] {
        if (const auto t = selectedQuoteTarget())
            toggleStar(*t);
    });
    connect(m_noteQuote, &QAction::triggered, this, [this] {
        if (const auto t = selectedQuoteTarget())
            askNote(*t, QStringLiteral("quote"));
    });
    connect(m_tagsQuote, &QAction::triggered, this, [this] {
        if (const auto t = selectedQuoteTarget())
            askTags(*t, QStringLiteral("quote"));
    });
    connect(m_reviewSpeaker, &QAction::triggered, this, &UserEditController::askSpeaker);
    connect(m_linkQuote, &QAction::triggered, this, &UserEditController::askLinkQuote);
    // The open article is the reader's; it may change without a selection change, so these
    // check it when triggered.
    auto openArticle = [this]() -> std::optional<library::AnnotationTarget> {
        const qint64 id = m_openArticle ? m_openArticle() : 0;
        return id > 0 ? std::optional(library::AnnotationTarget::article(id)) : std::nullopt;
    };
    connect(m_starArticle, &QAction::triggered, this, [this, openArticle] {
        if (const auto t = openArticle())
            toggleStar(*t);
    });
    connect(m_noteArticle, &QAction::triggered, this, [this, openArticle] {
        if (const auto t = openArticle())
            askNote(*t, QStringLiteral("article"));
    });
    connect(m_tagsArticle, &QAction::triggered, this, [this, openArticle] {
        if (const auto t = openArticle())
            askTags(*t, QStringLiteral("article"));
    });
    connect(m_linkArticle, &QAction::triggered, this, [this] {
        if (m_openArticle)
            linkArticle(m_openArticle(), m_selection.eventId());
    });
    connect(&m_selection, &Selection::changed, this, &UserEditController::updateActions);
    connect(&m_session, &Session::dataReloaded, this, &UserEditController::updateActions);
    // A failed write is told by the window (Session::editFailed, library_actions.cpp), once.
    updateActions();
}

void UserEditController::buildMenu()
{
    QMenuBar *bar = m_window->menuBar();
    auto *menu = new QMenu(QStringLiteral("Eve&nt"), bar);
    menu->setObjectName(QStringLiteral("eventMenu"));
    menu->addActions({m_newEvent, m_editEvent, m_deleteEvent});
    menu->addSeparator();
    menu->addActions({m_starEvent, m_noteEvent, m_tagsEvent});
    menu->addSeparator();
    menu->addActions({m_starArticle, m_noteArticle, m_tagsArticle, m_linkArticle});
    QAction *before = nullptr;
    for (QAction *a : bar->actions())
        if (a->text() == QLatin1String("&Help"))
            before = a;
    bar->insertMenu(before, menu);
    for (QAction *a : quoteActions())
        m_window->addAction(a); // shortcuts work wherever the focus is
}

QList<QAction *> UserEditController::eventActions() const
{
    return {m_newEvent, m_editEvent, m_deleteEvent, m_starEvent, m_noteEvent, m_tagsEvent};
}

QList<QAction *> UserEditController::articleActions(qint64 articleId)
{
    if (!m_starRow) {
        auto target = [this] { return library::AnnotationTarget::article(m_rowArticle); };
        m_starRow = makeAction(this, QStringLiteral("menuStarArticle"), QStringLiteral("Star Article"));
        connect(m_starRow, &QAction::triggered, this, [this, target] { toggleStar(target()); });
        m_noteRow = makeAction(this, QStringLiteral("menuNoteArticle"), QStringLiteral("Add Note to Article…"));
        connect(m_noteRow, &QAction::triggered, this, [this, target] { askNote(target(), QStringLiteral("article")); });
        m_tagsRow = makeAction(this, QStringLiteral("menuTagsArticle"), QStringLiteral("Article Tags…"));
        connect(m_tagsRow, &QAction::triggered, this, [this, target] { askTags(target(), QStringLiteral("article")); });
    }
    m_rowArticle = articleId;
    const bool starred = m_session.library().annotation(library::AnnotationTarget::article(articleId)).starred;
    m_starRow->setText(starred ? QStringLiteral("Unstar Article") : QStringLiteral("Star Article"));
    return {m_starRow, m_noteRow, m_tagsRow};
}

QList<QAction *> UserEditController::openArticleActions() const
{
    return {m_starArticle, m_noteArticle, m_tagsArticle};
}

QList<QAction *> UserEditController::quoteActions() const
{
    return {m_starQuote, m_noteQuote, m_tagsQuote, m_reviewSpeaker, m_linkQuote};
}

void UserEditController::addQuoteContextMenu(QAbstractItemView *view)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
        const QModelIndex index = view->indexAt(at).siblingAtColumn(0);
        // Table rows carry the quote id in IdRole, event-panel rows in their passage.
        const QVariantList passage = index.data(kPassageRole).toList();
        qint64 quoteId = passage.size() == 4 ? passage.at(3).toLongLong() : 0;
        if (!quoteId && view->objectName() == QLatin1String("quotesTable"))
            quoteId = index.data(IdRole).toLongLong();
        const auto q = quoteId ? quote(quoteId) : std::nullopt;
        if (!q)
            return;
        m_selection.selectQuote(q->id, q->eventId);
        updateActions();
        QMenu menu(view);
        menu.addActions(quoteActions());
        menu.exec(view->viewport()->mapToGlobal(at));
    });
}

std::optional<library::QuoteRecord> UserEditController::quote(qint64 quoteId) const
{
    return m_session.library().quote(quoteId);
}

std::optional<library::AnnotationTarget> UserEditController::selectedEventTarget() const
{
    if (const library::EventRecord *e = m_session.eventById(m_selection.eventId()))
        return e->target();
    return std::nullopt;
}

std::optional<library::AnnotationTarget> UserEditController::selectedQuoteTarget() const
{
    // Runs on every selection change: the key alone, not the whole quote list.
    return m_selection.quoteId() ? m_session.library().quoteTarget(m_selection.quoteId()) : std::nullopt;
}

void UserEditController::updateActions()
{
    const library::EventRecord *e = m_session.eventById(m_selection.eventId());
    for (QAction *a : {m_editEvent, m_deleteEvent, m_starEvent, m_noteEvent, m_tagsEvent})
        a->setEnabled(e != nullptr);
    m_starEvent->setChecked(e && e->annotation.starred);
    m_linkArticle->setEnabled(e != nullptr);
    const bool hasQuote = m_selection.quoteId() != 0;
    for (QAction *a : quoteActions())
        a->setEnabled(hasQuote);
    const auto t = hasQuote ? selectedQuoteTarget() : std::nullopt;
    m_starQuote->setChecked(t && m_session.library().annotation(*t).starred);
}

bool UserEditController::annotate(const library::AnnotationTarget &target, const library::Annotation &after,
                                  const QString &text)
{
    library::Annotation next = after;
    next.note = next.note.trimmed();
    next.tags = library::cleanTags(next.tags);
    const library::Annotation before = m_session.library().annotation(target);
    if (!target.isValid() || before == next)
        return false;
    return pushKept(m_undo, new AnnotationCommand(m_session, target, before, next, text));
}

bool UserEditController::toggleStar(const library::AnnotationTarget &target)
{
    library::Annotation a = m_session.library().annotation(target);
    a.starred = !a.starred;
    return annotate(target, a, a.starred ? QStringLiteral("Star") : QStringLiteral("Remove Star"));
}

void UserEditController::askNote(const library::AnnotationTarget &target, const QString &what)
{
    library::Annotation a = m_session.library().annotation(target);
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(m_window, QStringLiteral("Note"),
                                                        QStringLiteral("Your note on this %1:").arg(what), a.note, &ok);
    if (!ok)
        return;
    a.note = note;
    annotate(target, a, a.note.trimmed().isEmpty() ? QStringLiteral("Remove Note") : QStringLiteral("Edit Note"));
}

void UserEditController::askTags(const library::AnnotationTarget &target, const QString &what)
{
    library::Annotation a = m_session.library().annotation(target);
    bool ok = false;
    const QString typed = QInputDialog::getText(m_window, QStringLiteral("Tags"),
                                                QStringLiteral("Tags of this %1, separated by commas:").arg(what),
                                                QLineEdit::Normal, a.tags.join(QStringLiteral(", ")), &ok);
    if (!ok)
        return;
    a.tags = typed.split(u',');
    annotate(target, a, QStringLiteral("Edit Tags"));
}

bool UserEditController::reviewSpeaker(qint64 quoteId, const QString &speaker)
{
    if (!quote(quoteId))
        return false;
    return pushKept(m_undo, new SpeakerReviewCommand(m_session, quoteId, speaker.simplified(), library::currentUserName()));
}

void UserEditController::askSpeaker()
{
    const auto q = m_selection.quoteId() ? quote(m_selection.quoteId()) : std::nullopt;
    if (!q)
        return;
    SpeakerReviewDialog dialog(*q, m_session.library().speakerCorrections(q->target()), m_window);
    if (dialog.exec() == QDialog::Accepted)
        reviewSpeaker(q->id, dialog.speaker());
}

qint64 UserEditController::createEvent(const library::EventFields &fields)
{
    if (!library::eventFieldsProblem(fields).isEmpty())
        return 0;
    auto *cmd = new NewEventCommand(m_session, fields);
    if (!pushKept(m_undo, cmd))
        return 0;
    m_selection.selectEvent(cmd->eventId());
    return cmd->eventId();
}

bool UserEditController::editEvent(qint64 eventId, const library::EventFields &fields)
{
    const library::EventRecord *e = m_session.eventById(eventId);
    if (!e || !library::eventFieldsProblem(fields).isEmpty() || fieldsOf(*e) == fields)
        return false;
    return pushKept(m_undo, new EditEventCommand(m_session, eventId, fieldsOf(*e), e->editedAt, fields));
}

bool UserEditController::deleteEvent(qint64 eventId)
{
    const library::EventRecord *e = m_session.eventById(eventId);
    if (!e)
        return false;
    const QString title = e->title;
    if (m_selection.eventId() == eventId)
        m_selection.selectEvent(0);
    return pushKept(m_undo, new DeleteEventCommand(m_session, eventId, title));
}

void UserEditController::askNewEvent()
{
    library::EventFields blank;
    blank.granularity = QStringLiteral("day");
    if (const library::EventRecord *e = m_session.eventById(m_selection.eventId()))
        blank.start = blank.end = e->start; // near what the user is looking at
    EventDialog dialog(blank, true, m_window);
    if (dialog.exec() == QDialog::Accepted)
        createEvent(dialog.fields());
}

void UserEditController::askEditEvent()
{
    const library::EventRecord *e = m_session.eventById(m_selection.eventId());
    if (!e)
        return;
    const qint64 id = e->id;
    EventDialog dialog(fieldsOf(*e), false, m_window);
    if (dialog.exec() == QDialog::Accepted)
        editEvent(id, dialog.fields());
}

void UserEditController::askDeleteEvent()
{
    const library::EventRecord *e = m_session.eventById(m_selection.eventId());
    if (!e)
        return;
    const qint64 id = e->id;
    const auto answer = QMessageBox::question(
        m_window, QStringLiteral("Delete Event"),
        QStringLiteral("Delete “%1”? Its quotes and articles stay in the library. Undo brings it back.").arg(e->title));
    if (answer == QMessageBox::Yes)
        deleteEvent(id);
}

bool UserEditController::linkQuote(qint64 quoteId, qint64 eventId)
{
    const auto q = quote(quoteId);
    const library::EventRecord *e = m_session.eventById(eventId);
    if (!q || !e || q->eventId == eventId)
        return false;
    return pushKept(m_undo, new LinkCommand(m_session, eventId, e->title, q->articleId, q->start, q->end));
}

bool UserEditController::linkArticle(qint64 articleId, qint64 eventId)
{
    const library::EventRecord *e = m_session.eventById(eventId);
    if (!e || articleId <= 0 || !m_session.library().article(articleId) || e->articleIds.contains(articleId))
        return false;
    return pushKept(m_undo, new LinkCommand(m_session, eventId, e->title, articleId, -1, -1));
}

void UserEditController::askLinkQuote()
{
    const auto q = m_selection.quoteId() ? quote(m_selection.quoteId()) : std::nullopt;
    if (!q)
        return;
    QStringList titles;
    QVector<qint64> ids;
    for (const library::EventRecord &e : m_session.events()) {
        titles << QStringLiteral("%1 — %2").arg(e.start.toString(Qt::ISODate), e.title);
        ids << e.id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, QStringLiteral("Link to Event"),
                                                 QStringLiteral("The event this quote belongs to:"), titles,
                                                 std::max(0, int(ids.indexOf(q->eventId))), false, &ok);
    if (ok && titles.contains(chosen))
        linkQuote(q->id, ids.at(titles.indexOf(chosen)));
}

} // namespace summit::gui
