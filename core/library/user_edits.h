#pragma once

#include "library/annotations.h"

namespace summit {
class Database;
}

namespace summit::library {

/// Writes the user's own layer: stars, notes and tags, speaker review, and the user's events
/// (new ones, edits and deletions of any event). Each call is one transaction with its
/// consequences (a corrected speaker lands on the quote row too), so the database never holds
/// half an edit. Bad input throws StoreError naming what is wrong; callers that must not fail
/// half-way (undo commands) check with the *Problem() functions first.
class UserEdits final
{
public:
    explicit UserEdits(Database &db) : m_db(db) {}

    /// Stores the annotation of target; an empty one removes the row.
    void setAnnotation(const AnnotationTarget &target, const Annotation &annotation);

    /// Records that `who` set the speaker of quote `quoteId` to `speaker` (empty = unknown) at
    /// `when`, and applies it. Returns the id of the audit-trail row.
    qint64 correctSpeaker(qint64 quoteId, const QString &speaker, const QString &who, const QDateTime &when);
    /// Marks a correction undone (or done again) and re-applies the quote's newest live one.
    void setCorrectionUndone(qint64 correctionId, bool undone);

    /// A new event of the user's (origin "user"); returns its id.
    qint64 createEvent(const EventFields &fields, const QDateTime &when);
    /// Overwrites an event's fields. editedAt (UTC ISO) marks it edited by the user; an empty
    /// editedAt hands a catalog or extracted event back to its source (undo of the first edit).
    void writeEvent(qint64 eventId, const EventFields &fields, const QString &editedAt);
    /// Hides (or shows again) an event. The row stays so catalog sync does not bring it back.
    void setEventDeleted(qint64 eventId, bool deleted);

    /// Links a quote (its span) to an event, or with start = end = -1 the whole article (it
    /// then counts as reporting the event). Kept in event_user_links by the event's slug.
    void link(qint64 eventId, qint64 articleId, int start, int end);
    /// Removes a link; a quote goes back to the event extraction gave it.
    void unlink(qint64 eventId, qint64 articleId, int start, int end);

private:
    Database &m_db;
};

/// Why fields cannot be an event, or empty when they can.
QString eventFieldsProblem(const EventFields &fields);

/// Re-applies speaker corrections and the user's event links to an article's quotes. Re-extraction re-creates quote rows,
/// so it calls this (inside its transaction) right after writing them.
void applyUserLayer(Database &db, qint64 articleId);

} // namespace summit::library
