// The analyst's starred and noted items in a briefing's scope (BriefRequest::includeNotes).
#include "brief/loader_steps.h"

namespace summit::brief {

QVector<AnalystItem> analystItems(const library::Library &library, const QVector<EventBrief> &events,
                                  const QVector<ScopedQuote> &quotes, const QSet<qint64> &reporting)
{
    QSet<QString> eventSlugs;
    for (const EventBrief &e : events)
        eventSlugs.insert(e.slug);
    QHash<QString, const ScopedQuote *> quoteOf;
    for (const ScopedQuote &q : quotes)
        quoteOf.insert(q.record.target().key(), &q);
    QVector<AnalystItem> out;
    for (const library::AnnotatedItem &item : library.annotatedItems()) {
        const library::AnnotationTarget &t = item.target;
        const QString note = item.annotation.note.trimmed();
        if (!item.annotation.starred && note.isEmpty())
            continue; // tags alone are the analyst's filing, not a statement
        AnalystItem a;
        switch (t.kind) {
        case library::AnnotationTarget::Kind::Event:
            if (!eventSlugs.contains(t.eventSlug))
                continue;
            a.kind = QStringLiteral("Event");
            break;
        case library::AnnotationTarget::Kind::Quote:
        {
            const ScopedQuote *q = quoteOf.value(t.key());
            if (!q)
                continue;
            a.kind = QStringLiteral("Quote");
            a.articleId = q->record.articleId;
            const QString speaker = q->record.speaker.isEmpty() ? q->record.speakerText.simplified()
                                                                : q->record.speaker.simplified();
            a.quote = {Excerpt::Kind::Quote, q->record.text, speaker, q->record.articleId, q->role,
                       item.annotation.starred, note};
            break;
        }
        case library::AnnotationTarget::Kind::Article:
            if (!reporting.contains(t.articleId))
                continue;
            a.kind = QStringLiteral("Article");
            a.articleId = t.articleId;
            break;
        }
        a.about = item.title.simplified();
        a.date = item.date;
        a.starred = item.annotation.starred;
        a.note = note;
        out << a;
    }
    return out;
}

} // namespace summit::brief
