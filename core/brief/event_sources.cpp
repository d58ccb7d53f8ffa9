// What each event section shows, selected from Library's reads.
#include "brief/loader_steps.h"

#include <QSet>
#include <algorithm>

namespace summit::brief {

namespace {

// Wire copies repeat sentences word for word; compare on letters and digits only.
QString dedupeKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

// Evidence that ties a sentence to this very happening (its name, date, place or kind), not
// merely to people or topics it shares with many events.
bool ownEvidence(const library::LinkedSentence &s)
{
    for (const QString &e : s.evidence) {
        if (e.startsWith(u"alias:") || e.startsWith(u"date:") || e.startsWith(u"place:")
            || e.startsWith(u"happening:") || e.startsWith(u"cue:"))
            return true;
    }
    return s.lede;
}

QVector<Excerpt> pickSentences(const QVector<const library::LinkedSentence *> &links, const SelectionLimits &limits,
                               const QHash<qint64, QDate> &published)
{
    QVector<const library::LinkedSentence *> chosen;
    QSet<QString> seen;
    QHash<qint64, int> perArticle;
    for (const library::LinkedSentence *l : links) { // best score first
        if (chosen.size() >= limits.sentencesPerEvent)
            break;
        // Only an article that reports the event tells what happened at it; a sentence inside
        // a quotation is the speaker's, not the narration.
        if (!l->articleReports || l->inQuote || !ownEvidence(*l) || !isNarration(l->text))
            continue;
        if (perArticle.value(l->articleId) >= limits.sentencesPerArticle)
            continue;
        const QString key = dedupeKey(l->text);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        ++perArticle[l->articleId];
        chosen.append(l);
    }
    // Read as a narrative: by article date, then in the article's own order.
    std::sort(chosen.begin(), chosen.end(), [&published](const auto *a, const auto *b) {
        const QDate da = published.value(a->articleId), db = published.value(b->articleId);
        if (da != db)
            return da < db;
        return a->articleId != b->articleId ? a->articleId < b->articleId : a->ord < b->ord;
    });
    QVector<Excerpt> out;
    for (const library::LinkedSentence *l : chosen)
        out.append(sentenceExcerpt(l->text.simplified(), l->articleId));
    return out;
}

QVector<Framing> pickFramings(const QVector<const library::LinkedSentence *> &links,
                              const QHash<qint64, library::ArticleHead> &heads)
{
    // The outlet's strongest reporting article on the event speaks for the outlet.
    QHash<qint64, double> articleScore;
    for (const library::LinkedSentence *l : links)
        if (l->articleReports)
            articleScore[l->articleId] += l->score;
    QHash<QString, qint64> bestOfOutlet;
    for (auto it = articleScore.begin(); it != articleScore.end(); ++it) {
        const QString &outlet = heads.value(it.key()).outlet;
        const auto best = bestOfOutlet.constFind(outlet);
        if (best == bestOfOutlet.cend() || articleScore.value(*best) < it.value())
            bestOfOutlet.insert(outlet, it.key());
    }
    if (bestOfOutlet.size() < 2)
        return {};
    QVector<Framing> out;
    for (auto it = bestOfOutlet.begin(); it != bestOfOutlet.end(); ++it) {
        const library::LinkedSentence *pick = nullptr;
        for (const library::LinkedSentence *l : links) { // best score first; the lede wins
            if (l->articleId != it.value() || !isNarration(l->text))
                continue;
            if (l->lede) {
                pick = l;
                break;
            }
            if (!pick)
                pick = l;
        }
        if (!pick)
            continue;
        const library::ArticleHead &a = heads.value(it.value());
        out.append({a.outlet.isEmpty() ? QStringLiteral("Unknown outlet") : a.outlet, a.id, a.title,
                    pick->text.simplified()});
    }
    std::sort(out.begin(), out.end(), [&heads](const Framing &a, const Framing &b) {
        const QDate da = heads.value(a.articleId).published, db = heads.value(b.articleId).published;
        return da != db ? da < db : a.outlet < b.outlet;
    });
    return out.size() >= 2 ? out : QVector<Framing>{};
}

} // namespace

bool isNarration(const QString &sentence)
{
    const QString s = sentence.trimmed();
    if (s.isEmpty() || !(s.front().isUpper() || s.front().isDigit() || s.front() == u'\u201c' || s.front() == u'"'))
        return false;
    int open = 0, close = 0, straight = 0;
    for (QChar c : s) {
        open += c == u'\u201c' ? 1 : 0;
        close += c == u'\u201d' ? 1 : 0;
        straight += c == u'"' ? 1 : 0;
    }
    return open == close && straight % 2 == 0;
}

QVector<EventBrief> scopedEvents(const library::Library &library, const BriefRequest &request)
{
    library::LibraryFilter dates; // the date-overlap rule is the one the app's filter applies
    dates.from = request.from;
    dates.to = request.to;
    const QSet<QString> wantedSlugs(request.eventSlugs.begin(), request.eventSlugs.end());
    const bool narrowed = !wantedSlugs.isEmpty() || !request.topics.isEmpty();
    QVector<EventBrief> events;
    for (const library::EventRecord &r : library.events()) {
        if (!r.start.isValid() || !dates.matchesEvent(r))
            continue;
        if (narrowed) {
            bool match = wantedSlugs.contains(r.slug);
            for (const QString &topic : request.topics)
                match = match || r.topics.contains(topic);
            if (!match)
                continue;
        }
        EventBrief e;
        e.id = r.id;
        e.slug = r.slug;
        e.title = r.title.simplified();
        e.kind = r.kind;
        e.start = r.start;
        e.end = r.end;
        e.place = r.place.simplified();
        e.participants = r.participants;
        e.topics = r.topics;
        e.summary = r.summary.simplified();
        e.outlets = r.outlets;
        e.sources = r.sources;
        e.reportCount = r.reportCount;
        e.mentionCount = r.mentionCount;
        if (request.includeNotes) {
            e.starred = r.annotation.starred;
            e.analystNote = r.annotation.note.trimmed();
        }
        events.append(e);
    }
    return events;
}

QSet<qint64> reportingArticles(const library::Library &library, const QVector<EventBrief> &events)
{
    QSet<qint64> reporting;
    const QHash<qint64, library::EventCoverage> coverage = library.coverage();
    for (const EventBrief &e : events)
        for (const library::EventArticle &a : coverage.value(e.id).reportedBy)
            reporting.insert(a.articleId);
    return reporting;
}

QVector<ScopedStatement> scopedStatements(const library::Library &library, const QSet<qint64> &articles,
                                          const SideDirectory &sides)
{
    QVector<ScopedStatement> out;
    for (const library::TopicSentence &t : library.topicSentences()) {
        if (!articles.contains(t.articleId) || t.holdsQuote || !isNarration(t.text))
            continue;
        ScopedStatement s{t, {}};
        for (const QString &person : t.people) {
            const SideDirectory::Side side = sides.sideOf(person);
            if (side != SideDirectory::Side::Unknown && !s.sides.contains(side))
                s.sides << side;
        }
        if (!s.sides.isEmpty())
            out << s;
    }
    return out;
}

QVector<ScopedQuote> scopedQuotes(const library::Library &library, const QVector<EventBrief> &events,
                                  const QSet<qint64> &reporting, const SideDirectory &sides)
{
    QSet<qint64> eventIds;
    for (const EventBrief &e : events)
        eventIds.insert(e.id);
    const QHash<qint64, QStringList> topics = library.quoteTopics();
    QVector<ScopedQuote> out;
    for (const library::QuoteRecord &q : library.quotes(library::LibraryFilter{}, false)) {
        if (!eventIds.contains(q.eventId) && !reporting.contains(q.articleId))
            continue;
        ScopedQuote s;
        s.record = q;
        s.topics = topics.value(q.id);
        const QString speaker = q.speaker.simplified();
        s.side = speaker.isEmpty() ? SideDirectory::Side::Unknown : sides.sideOf(speaker, q.speakerText);
        s.role = speaker.isEmpty() ? QString() : sides.roleOf(speaker, q.published, q.speakerText);
        out.append(s);
    }
    return out;
}

void fillEventSources(const library::Library &library, QVector<EventBrief> &events,
                      const QVector<ScopedQuote> &quotes, const SelectionLimits &limits)
{
    QVector<qint64> ids;
    for (const EventBrief &e : events)
        if (e.isReported())
            ids << e.id;
    const QVector<library::LinkedSentence> linked = library.linkedSentences(ids);
    QHash<qint64, QVector<const library::LinkedSentence *>> byEvent;
    QVector<qint64> articleIds;
    for (const library::LinkedSentence &l : linked) {
        byEvent[l.eventId] << &l;
        articleIds << l.articleId;
    }
    QHash<qint64, library::ArticleHead> heads;
    QHash<qint64, QDate> published;
    for (const library::ArticleHead &h : library.articleHeads(articleIds)) {
        heads.insert(h.id, h);
        published.insert(h.id, h.published);
    }
    QHash<qint64, QVector<const ScopedQuote *>> quotesOf;
    for (const ScopedQuote &q : quotes)
        if (q.record.eventId != 0)
            quotesOf[q.record.eventId] << &q;

    for (EventBrief &e : events) {
        if (!e.isReported())
            continue;
        const QVector<const library::LinkedSentence *> links = byEvent.value(e.id);
        e.sentences = pickSentences(links, limits, published);
        e.framings = pickFramings(links, heads);
        // Key quotes: the analyst's starred ones first (the analyst chose them as the ones that
        // matter), then named speakers, then the finder's confidence, then article order.
        QVector<const ScopedQuote *> own = quotesOf.value(e.id);
        std::stable_sort(own.begin(), own.end(), [](const ScopedQuote *a, const ScopedQuote *b) {
            if (a->record.annotation.starred != b->record.annotation.starred)
                return a->record.annotation.starred;
            if (a->record.speaker.isEmpty() != b->record.speaker.isEmpty())
                return b->record.speaker.isEmpty();
            return a->record.confidence > b->record.confidence;
        });
        QSet<QString> seen;
        for (const ScopedQuote *q : own) {
            if (e.quotes.size() >= limits.quotesPerEvent)
                break;
            const QString key = dedupeKey(q->record.text);
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            const QString speaker = q->record.speaker.isEmpty() ? q->record.speakerText.simplified()
                                                                : q->record.speaker.simplified();
            e.quotes.append({Excerpt::Kind::Quote, q->record.text, speaker, q->record.articleId, q->role,
                             q->record.annotation.starred, q->record.annotation.note.trimmed()});
        }
    }
}

void fillDiscrepancies(const library::Library &library, QVector<EventBrief> &events)
{
    QHash<qint64, int> indexOf;
    for (int i = 0; i < events.size(); ++i)
        if (events[i].isReported())
            indexOf.insert(events[i].id, i);
    for (const library::EventNote &n : library.eventNotes()) {
        const auto index = indexOf.constFind(n.eventId);
        if (index == indexOf.cend())
            continue; // about an event outside the scope, or about none
        events[*index].discrepancies.append({n.articleId, n.excerpt, n.text});
    }
}

} // namespace summit::brief
