// Reads of the user's own layer (schema v7): annotations, tags, the speaker-review trail.
#include "library/library.h"

#include "library/json_list.h"
#include "store/database.h"
#include "store/statement.h"

#include <QSet>

#include <algorithm>

namespace summit::library {

QString AnnotationTarget::kindName() const
{
    switch (kind) {
    case Kind::Event: return QStringLiteral("event");
    case Kind::Quote: return QStringLiteral("quote");
    case Kind::Article: return QStringLiteral("article");
    }
    return {};
}

QString AnnotationTarget::key() const
{
    switch (kind) {
    case Kind::Event: return QStringLiteral("event:") + eventSlug;
    case Kind::Quote: return QStringLiteral("quote:%1:%2:%3").arg(articleId).arg(start).arg(end);
    case Kind::Article: return QStringLiteral("article:%1").arg(articleId);
    }
    return {};
}

bool AnnotationTarget::isValid() const
{
    switch (kind) {
    case Kind::Event: return !eventSlug.isEmpty();
    case Kind::Quote: return articleId > 0 && start >= 0 && end > start;
    case Kind::Article: return articleId > 0;
    }
    return false;
}

QStringList eventGranularities()
{
    return {QStringLiteral("day"), QStringLiteral("month"), QStringLiteral("season"), QStringLiteral("year")};
}

QStringList cleanTags(const QStringList &typed)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &t : typed) {
        const QString tag = t.simplified();
        if (!tag.isEmpty() && !seen.contains(tag.toCaseFolded())) {
            seen.insert(tag.toCaseFolded());
            out << tag;
        }
    }
    return out;
}

QString currentUserName()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(var); !name.isEmpty())
            return name;
    return QStringLiteral("unknown user");
}

namespace {

Annotation readAnnotation(const Statement &st, int first)
{
    Annotation a;
    a.starred = st.integer(first) != 0;
    a.note = st.text(first + 1);
    a.tags = jsonStringList(st.text(first + 2));
    return a;
}

} // namespace

QHash<QString, Annotation> Library::annotationsByKey() const
{
    QHash<QString, Annotation> out;
    Statement st(m_db, "SELECT target, starred, note, tags FROM annotations");
    while (st.step())
        out.insert(st.text(0), readAnnotation(st, 1));
    return out;
}

Annotation Library::annotation(const AnnotationTarget &target) const
{
    Statement st(m_db, "SELECT starred, note, tags FROM annotations WHERE target = ?");
    st.bind(1, target.key());
    return st.step() ? readAnnotation(st, 0) : Annotation{};
}

QVector<AnnotatedItem> Library::annotatedItems(bool starredOnly, const QString &noteText) const
{
    // Titles come from the item itself: an event by slug (hidden if the user deleted it), a
    // quote by its span (gone if re-extraction no longer finds it: then the trail's text).
    Statement st(m_db,
                 "SELECT n.target, n.kind, n.article_id, n.starred, n.note, n.tags, n.updated_at, "
                 "CASE n.kind WHEN 'event' THEN (SELECT title FROM events WHERE 'event:' || slug = n.target "
                 "AND deleted = 0) WHEN 'quote' THEN (SELECT q.text FROM quotes q WHERE 'quote:' || "
                 "q.article_id || ':' || q.start || ':' || q.end = n.target LIMIT 1) "
                 "ELSE (SELECT title FROM articles WHERE id = n.article_id) END, "
                 "CASE n.kind WHEN 'event' THEN (SELECT start FROM events WHERE 'event:' || slug = n.target) "
                 "ELSE (SELECT published FROM articles WHERE id = n.article_id) END "
                 "FROM annotations n WHERE ?1 = 0 OR n.starred = 1 ORDER BY 9, n.target");
    st.bind(1, starredOnly ? 1 : 0);
    // Every typed word must be in the note or the tags, as search matches event titles. The
    // user's annotations are few, so they are matched here rather than in SQL.
    const QStringList words = noteText.simplified().split(u' ', Qt::SkipEmptyParts);
    QVector<AnnotatedItem> out;
    while (st.step()) {
        if (st.isNull(7))
            continue; // a deleted event or a quote extraction no longer finds
        AnnotatedItem item;
        const QString key = st.text(0);
        const QString kind = st.text(1);
        if (kind == QLatin1String("event")) {
            item.target = AnnotationTarget::event(key.mid(int(qstrlen("event:"))));
        } else if (kind == QLatin1String("quote")) {
            const QStringList parts = key.split(u':');
            item.target = AnnotationTarget::quote(st.int64(2), parts.value(2).toInt(), parts.value(3).toInt());
        } else {
            item.target = AnnotationTarget::article(st.int64(2));
        }
        item.annotation = readAnnotation(st, 3);
        const QString haystack = item.annotation.note + u' ' + item.annotation.tags.join(u' ');
        if (!std::all_of(words.begin(), words.end(), [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); }))
            continue;
        item.updatedAt = st.text(6);
        item.title = st.text(7);
        item.date = QDate::fromString(st.text(8), Qt::ISODate);
        out << item;
    }
    return out;
}

std::optional<AnnotationTarget> Library::quoteTarget(qint64 quoteId) const
{
    Statement st(m_db, "SELECT article_id, start, end FROM quotes WHERE id = ?");
    st.bind(1, quoteId);
    if (!st.step())
        return std::nullopt;
    return AnnotationTarget::quote(st.int64(0), st.integer(1), st.integer(2));
}

QStringList Library::tags() const
{
    Statement st(m_db, "SELECT DISTINCT j.value FROM annotations, json_each(annotations.tags) j ORDER BY 1");
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QVector<SpeakerCorrection> Library::speakerCorrections(const AnnotationTarget &quote) const
{
    Statement st(m_db, "SELECT id, article_id, start, end, quote_text, old_speaker, new_speaker, changed_by, "
                       "changed_at, undone FROM speaker_corrections WHERE ?1 = 0 OR (article_id = ?1 AND "
                       "start = ?2 AND end = ?3) ORDER BY id");
    st.bind(1, quote.articleId).bind(2, quote.start).bind(3, quote.end);
    QVector<SpeakerCorrection> out;
    while (st.step()) {
        SpeakerCorrection c;
        c.id = st.int64(0);
        c.articleId = st.int64(1);
        c.start = st.integer(2);
        c.end = st.integer(3);
        c.quoteText = st.text(4);
        c.oldSpeaker = st.text(5);
        c.newSpeaker = st.text(6);
        c.changedBy = st.text(7);
        c.changedAt = QDateTime::fromString(st.text(8), Qt::ISODateWithMs);
        c.undone = st.integer(9) != 0;
        out << c;
    }
    return out;
}

} // namespace summit::library
