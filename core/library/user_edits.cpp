// Writes of the user's own layer (schema v7): annotations, speaker review, user events.
#include "library/user_edits.h"

#include "store/database.h"
#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace summit::library {

namespace {

QString jsonArray(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

/// Puts the newest live correction of one quote span on its quote row, or gives the row back
/// extraction's speaker when none is left.
void applySpeaker(Database &db, qint64 articleId, int start, int end)
{
    Statement newest(db, "SELECT new_speaker FROM speaker_corrections WHERE article_id = ? AND start = ? "
                         "AND end = ? AND undone = 0 ORDER BY id DESC LIMIT 1");
    newest.bindAll(articleId, start, end);
    if (newest.step()) {
        Statement set(db, "UPDATE quotes SET found_speaker = CASE WHEN speaker_by_user = 0 THEN speaker "
                          "ELSE found_speaker END, speaker = ?, speaker_by_user = 1 "
                          "WHERE article_id = ? AND start = ? AND end = ?");
        set.bind(1, nullIfEmpty(newest.text(0))).bind(2, articleId).bind(3, start).bind(4, end).run();
        return;
    }
    Statement reset(db, "UPDATE quotes SET speaker = found_speaker, found_speaker = NULL, speaker_by_user = 0 "
                        "WHERE article_id = ? AND start = ? AND end = ? AND speaker_by_user = 1");
    reset.bindAll(articleId, start, end).run();
}

void requireEvent(Database &db, qint64 eventId)
{
    Statement st(db, "SELECT 1 FROM events WHERE id = ?");
    st.bind(1, eventId);
    if (!st.step())
        throw StoreError(QStringLiteral("There is no event %1").arg(eventId));
}

void requireSound(const EventFields &fields)
{
    if (const QString why = eventFieldsProblem(fields); !why.isEmpty())
        throw StoreError(why);
}

} // namespace

QString eventFieldsProblem(const EventFields &f)
{
    if (f.title.trimmed().isEmpty())
        return QStringLiteral("An event needs a title.");
    if (f.kind.trimmed().isEmpty())
        return QStringLiteral("An event needs a kind (summit, announcement, …).");
    if (!f.start.isValid())
        return QStringLiteral("An event needs a start date.");
    if (f.end.isValid() && f.end < f.start)
        return QStringLiteral("The end date (%1) is before the start date (%2).")
            .arg(f.end.toString(Qt::ISODate), f.start.toString(Qt::ISODate));
    // Extraction may also have written "week" or "range" for a date it read that way; an edit
    // that keeps such a precision is fine, the dialog just does not offer it for new events.
    if (!eventGranularities().contains(f.granularity) && f.granularity != QLatin1String("week")
        && f.granularity != QLatin1String("range"))
        return QStringLiteral("Precision '%1' is not one of %2.").arg(f.granularity, eventGranularities().join(u", "));
    return {};
}

void UserEdits::setAnnotation(const AnnotationTarget &target, const Annotation &annotation)
{
    if (!target.isValid())
        throw StoreError(QStringLiteral("Cannot annotate '%1': it names no event, quote or article.").arg(target.key()));
    Transaction tx(m_db);
    if (annotation.isEmpty()) {
        Statement del(m_db, "DELETE FROM annotations WHERE target = ?");
        del.bind(1, target.key()).run();
    } else {
        Statement put(m_db, "INSERT INTO annotations (target, kind, article_id, starred, note, tags, updated_at) "
                            "VALUES (?,?,?,?,?,?,?) ON CONFLICT(target) DO UPDATE SET starred = excluded.starred, "
                            "note = excluded.note, tags = excluded.tags, updated_at = excluded.updated_at");
        put.bind(1, target.key()).bind(2, target.kindName());
        if (target.kind == AnnotationTarget::Kind::Event)
            put.bindNull(3);
        else
            put.bind(3, target.articleId);
        put.bind(4, annotation.starred ? 1 : 0)
            .bind(5, annotation.note.trimmed().isEmpty() ? QStringLiteral("") : annotation.note.trimmed()) // NOT NULL
            .bind(6, jsonArray(cleanTags(annotation.tags)))
            .bind(7, isoUtc(QDateTime::currentDateTimeUtc()))
            .run();
    }
    tx.commit();
}

qint64 UserEdits::correctSpeaker(qint64 quoteId, const QString &speaker, const QString &who, const QDateTime &when)
{
    if (who.trimmed().isEmpty())
        throw StoreError(QStringLiteral("A speaker correction needs the name of who made it."));
    Transaction tx(m_db);
    Statement q(m_db, "SELECT article_id, start, end, text, speaker FROM quotes WHERE id = ?");
    q.bind(1, quoteId);
    if (!q.step())
        throw StoreError(QStringLiteral("There is no quote %1").arg(quoteId));
    const qint64 articleId = q.int64(0);
    const int start = q.integer(1);
    const int end = q.integer(2);
    Statement add(m_db, "INSERT INTO speaker_corrections (article_id, start, end, quote_text, old_speaker, "
                        "new_speaker, changed_by, changed_at) VALUES (?,?,?,?,?,?,?,?)");
    add.bind(1, articleId).bind(2, start).bind(3, end).bind(4, q.text(3)).bind(5, nullIfEmpty(q.text(4)));
    add.bind(6, nullIfEmpty(speaker.trimmed())).bind(7, who.trimmed()).bind(8, isoUtc(when)).run();
    const qint64 id = m_db.lastInsertId();
    applySpeaker(m_db, articleId, start, end);
    tx.commit();
    return id;
}

void UserEdits::setCorrectionUndone(qint64 correctionId, bool undone)
{
    Transaction tx(m_db);
    Statement c(m_db, "SELECT article_id, start, end FROM speaker_corrections WHERE id = ?");
    c.bind(1, correctionId);
    if (!c.step())
        throw StoreError(QStringLiteral("There is no speaker correction %1").arg(correctionId));
    Statement set(m_db, "UPDATE speaker_corrections SET undone = ? WHERE id = ?");
    set.bind(1, undone ? 1 : 0).bind(2, correctionId).run();
    applySpeaker(m_db, c.int64(0), c.integer(1), c.integer(2));
    tx.commit();
}

qint64 UserEdits::createEvent(const EventFields &fields, const QDateTime &when)
{
    requireSound(fields);
    Transaction tx(m_db);
    // A slug of its own that no catalog or extracted event can take: annotations key on it.
    const QString slug = QStringLiteral("user-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Statement add(m_db, "INSERT INTO events (slug, title, kind, start, end, granularity, place, participants, "
                        "topics, summary, origin, edited_at) VALUES (?,?,?,?,?,?,?,?,'[]',?,'user',?)");
    add.bind(1, slug).bind(2, fields.title.trimmed()).bind(3, fields.kind.trimmed());
    add.bind(4, fields.start.toString(Qt::ISODate));
    add.bind(5, (fields.end.isValid() ? fields.end : fields.start).toString(Qt::ISODate));
    add.bind(6, fields.granularity).bind(7, nullIfEmpty(fields.place.trimmed())).bind(8, jsonArray(fields.participants));
    add.bind(9, nullIfEmpty(fields.summary.trimmed())).bind(10, isoUtc(when)).run();
    const qint64 id = m_db.lastInsertId();
    tx.commit();
    return id;
}

void UserEdits::writeEvent(qint64 eventId, const EventFields &fields, const QString &editedAt)
{
    requireSound(fields);
    Transaction tx(m_db);
    requireEvent(m_db, eventId);
    Statement set(m_db, "UPDATE events SET title = ?, kind = ?, start = ?, end = ?, granularity = ?, place = ?, "
                        "participants = ?, summary = ?, edited_at = ? WHERE id = ?");
    set.bind(1, fields.title.trimmed()).bind(2, fields.kind.trimmed()).bind(3, fields.start.toString(Qt::ISODate));
    set.bind(4, (fields.end.isValid() ? fields.end : fields.start).toString(Qt::ISODate));
    set.bind(5, fields.granularity).bind(6, nullIfEmpty(fields.place.trimmed())).bind(7, jsonArray(fields.participants));
    set.bind(8, nullIfEmpty(fields.summary.trimmed())).bind(9, nullIfEmpty(editedAt)).bind(10, eventId).run();
    tx.commit();
}

void UserEdits::setEventDeleted(qint64 eventId, bool deleted)
{
    Transaction tx(m_db);
    requireEvent(m_db, eventId);
    Statement set(m_db, "UPDATE events SET deleted = ? WHERE id = ?");
    set.bind(1, deleted ? 1 : 0).bind(2, eventId).run();
    tx.commit();
}

namespace {

const char kUserReport[] = "[\"user:linked\"]"; // event_reports.evidence of an article the user linked

/// Puts one link on the rows it names: a quote's event, or a report of the whole article.
void applyLink(Database &db, const QString &slug, qint64 articleId, int start, int end)
{
    if (start < 0) {
        Statement r(db, "INSERT OR IGNORE INTO event_reports (article_id, event_id, evidence) "
                        "SELECT ?, id, ? FROM events WHERE slug = ?");
        r.bind(1, articleId).bind(2, QString::fromLatin1(kUserReport)).bind(3, slug).run();
        return;
    }
    Statement q(db, "UPDATE quotes SET found_event_id = CASE WHEN event_by_user = 0 THEN event_id "
                    "ELSE found_event_id END, event_id = (SELECT id FROM events WHERE slug = ?), event_by_user = 1 "
                    "WHERE article_id = ? AND start = ? AND end = ?");
    q.bind(1, slug).bind(2, articleId).bind(3, start).bind(4, end).run();
}

QString slugOf(Database &db, qint64 eventId)
{
    Statement st(db, "SELECT slug FROM events WHERE id = ?");
    st.bind(1, eventId);
    if (!st.step())
        throw StoreError(QStringLiteral("There is no event %1").arg(eventId));
    return st.text(0);
}

void requireSpan(Database &db, qint64 articleId, int start, int end)
{
    Statement st(db, start < 0 ? "SELECT 1 FROM articles WHERE id = ?"
                               : "SELECT 1 FROM quotes WHERE article_id = ? AND start = ? AND end = ?");
    st.bind(1, articleId);
    if (start >= 0)
        st.bind(2, start).bind(3, end);
    if (!st.step())
        throw StoreError(start < 0 ? QStringLiteral("There is no article %1").arg(articleId)
                                   : QStringLiteral("Article %1 has no quote at %2–%3").arg(articleId).arg(start).arg(end));
}

} // namespace

void UserEdits::link(qint64 eventId, qint64 articleId, int start, int end)
{
    Transaction tx(m_db);
    const QString slug = slugOf(m_db, eventId);
    requireSpan(m_db, articleId, start, end);
    Statement add(m_db, "INSERT OR IGNORE INTO event_user_links (event_slug, article_id, start, end) VALUES (?,?,?,?)");
    add.bind(1, slug).bind(2, articleId).bind(3, start < 0 ? -1 : start).bind(4, start < 0 ? -1 : end).run();
    applyLink(m_db, slug, articleId, start < 0 ? -1 : start, end);
    tx.commit();
}

void UserEdits::unlink(qint64 eventId, qint64 articleId, int start, int end)
{
    Transaction tx(m_db);
    const QString slug = slugOf(m_db, eventId);
    Statement del(m_db, "DELETE FROM event_user_links WHERE event_slug = ? AND article_id = ? AND start = ? AND end = ?");
    del.bind(1, slug).bind(2, articleId).bind(3, start < 0 ? -1 : start).bind(4, start < 0 ? -1 : end).run();
    if (start < 0) {
        Statement r(m_db, "DELETE FROM event_reports WHERE article_id = ? AND event_id = ? AND evidence = ?");
        r.bind(1, articleId).bind(2, eventId).bind(3, QString::fromLatin1(kUserReport)).run();
    } else {
        Statement q(m_db, "UPDATE quotes SET event_id = found_event_id, found_event_id = NULL, event_by_user = 0 "
                          "WHERE article_id = ? AND start = ? AND end = ? AND event_by_user = 1");
        q.bind(1, articleId).bind(2, start).bind(3, end).run();
    }
    tx.commit();
}

void applyUserLayer(Database &db, qint64 articleId)
{
    Statement links(db, "SELECT event_slug, start, end FROM event_user_links WHERE article_id = ?");
    links.bind(1, articleId);
    while (links.step())
        applyLink(db, links.text(0), articleId, links.integer(1), links.integer(2));
    Statement spans(db, "SELECT DISTINCT start, end FROM speaker_corrections WHERE article_id = ?");
    spans.bind(1, articleId);
    while (spans.step())
        applySpeaker(db, articleId, spans.integer(0), spans.integer(1));
}

} // namespace summit::library
