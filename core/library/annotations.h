#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace summit::library {

/// What a star, a note or tags are about. The key never uses a row id that re-extraction
/// re-creates: an event is named by its slug, a quote by its article and span (the same text
/// always yields the same span), an article by its id (re-extraction keeps articles).
struct AnnotationTarget
{
    enum class Kind { Event, Quote, Article };
    Kind kind = Kind::Event;
    QString eventSlug; ///< Event
    qint64 articleId = 0; ///< Quote, Article
    int start = -1;       ///< Quote: UTF-16 span in the article's clean text
    int end = -1;

    static AnnotationTarget event(const QString &slug) { return {Kind::Event, slug, 0, -1, -1}; }
    static AnnotationTarget quote(qint64 articleId, int start, int end) { return {Kind::Quote, {}, articleId, start, end}; }
    static AnnotationTarget article(qint64 articleId) { return {Kind::Article, {}, articleId, -1, -1}; }

    /// "event:<slug>", "quote:<article>:<start>:<end>" or "article:<id>": the stored key.
    QString key() const;
    QString kindName() const;
    bool isValid() const;
    friend bool operator==(const AnnotationTarget &, const AnnotationTarget &) = default;
};

/// The user's own words about an item. An empty annotation (no star, note or tag) is not stored.
struct Annotation
{
    bool starred = false;
    QString note;
    QStringList tags; ///< trimmed, unique, in the user's order

    bool isEmpty() const { return !starred && note.trimmed().isEmpty() && tags.isEmpty(); }
    friend bool operator==(const Annotation &, const Annotation &) = default;
};

/// An annotated item with what it is, for lists (the briefing, a "starred" view, note search).
struct AnnotatedItem
{
    AnnotationTarget target;
    Annotation annotation;
    QString title;     ///< event title, quote text or article title
    QDate date;        ///< event start or article date
    QString updatedAt; ///< UTC ISO time of the last change
};

/// One step of speaker review: who changed a quote's speaker from what to what, and when.
struct SpeakerCorrection
{
    qint64 id = 0;
    qint64 articleId = 0;
    int start = 0;
    int end = 0;
    QString quoteText;
    QString oldSpeaker; ///< empty = unknown
    QString newSpeaker; ///< empty = unknown
    QString changedBy;  ///< the OS user name
    QDateTime changedAt; ///< UTC
    bool undone = false; ///< taken back with Undo; kept so the trail stays whole
};

/// The fields of an event a user can write.
struct EventFields
{
    QString title;
    QString kind;        ///< summit | ministerial | announcement | milestone | ...
    QDate start;
    QDate end;           ///< inclusive
    QString granularity; ///< day | month | season | year
    QString place;
    QStringList participants;
    QString summary;
    friend bool operator==(const EventFields &, const EventFields &) = default;
};

/// The precisions an event date can have, finest first.
QStringList eventGranularities();

/// Normalises tags as typed: trimmed, empty ones dropped, duplicates (ignoring case) removed.
QStringList cleanTags(const QStringList &typed);

/// The name of the person using this computer (USER, else USERNAME), for the audit trail.
QString currentUserName();

} // namespace summit::library
