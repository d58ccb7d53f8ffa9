#include "brief/brief_loader.h"

#include "brief/brief_error.h"
#include "brief/loader_steps.h"
#include "extract/sources/text_signature.h"
#include "store/database.h"

#include <QLocale>
#include <QSet>

namespace summit::brief {

namespace {

QString longDate(QDate date)
{
    return QLocale::c().toString(date, QStringLiteral("d MMMM yyyy"));
}

void checkRequest(const library::Library &library, const BriefRequest &request)
{
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        throw BriefError(BriefError::Kind::Usage,
                         QStringLiteral("The start date %1 is after the end date %2.")
                             .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    QStringList keys;
    for (const TopicLabel &t : knownTopics())
        keys << t.key;
    for (const QString &topic : request.topics) {
        if (!keys.isEmpty() && !keys.contains(topic))
            throw BriefError(BriefError::Kind::Usage, QStringLiteral("Unknown topic \u201c%1\u201d. Known topics: %2.")
                                                          .arg(topic, keys.join(QStringLiteral(", "))));
    }
    if (request.eventSlugs.isEmpty())
        return;
    QSet<QString> slugs;
    for (const library::EventRecord &e : library.events())
        slugs.insert(e.slug);
    for (const QString &slug : request.eventSlugs) {
        if (!slugs.contains(slug))
            throw BriefError(BriefError::Kind::Usage, QStringLiteral("No event with the slug \u201c%1\u201d "
                                                                     "(summitline-cli events lists them).")
                                                          .arg(slug));
    }
}

// Every article the content cites, in the order the body first uses them.
QVector<qint64> citedArticles(const BriefContent &content)
{
    QVector<qint64> ids;
    QSet<qint64> seen;
    auto add = [&](qint64 id) {
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    };
    for (const TopicBrief &t : content.topics)
        for (const QVector<Excerpt> *side : {&t.us, &t.russia})
            for (const Excerpt &x : *side)
                add(x.articleId);
    for (const EventBrief &e : content.events) {
        if (!e.isReported())
            continue;
        for (const Excerpt &x : e.sentences)
            add(x.articleId);
        for (const Excerpt &x : e.quotes)
            add(x.articleId);
        for (const Framing &f : e.framings)
            add(f.articleId);
        for (const Discrepancy &d : e.discrepancies)
            add(d.articleId);
    }
    for (const AnalystItem &a : content.analystItems) // the section after the events cites them
        add(a.articleId);
    return ids;
}

// Reads the cited articles' heads and says of each whether it is an original report or a copy
// (same wire, or near-duplicate text of an earlier cited article). Returns the independent
// sources among them, as Library counts sources everywhere.
int describeSources(const library::Library &library, const QVector<qint64> &ids, BriefContent &content)
{
    QVector<library::EventArticle> articles;
    for (const library::ArticleHead &h : library.articleHeads(ids)) {
        SourceArticle a;
        a.id = h.id;
        a.outlet = h.outlet.isEmpty() ? QStringLiteral("Unknown outlet") : h.outlet;
        a.title = h.title;
        a.url = h.url;
        a.published = h.published;
        if (!h.republisher.isEmpty() && h.republisher != h.outlet)
            a.copyOf = QStringLiteral("%1 copy run by %2").arg(a.outlet, h.republisher);
        content.articles.insert(a.id, a);
        articles.append({h.id, h.source, h.outlet, h.published.toString(Qt::ISODate), h.wire, h.signature, {}});
    }
    const QVector<library::IndependentSource> sources = library::independentSources(articles);
    for (const library::IndependentSource &s : sources) {
        const library::EventArticle &original = s.articles.front();
        for (int i = 1; i < s.articles.size(); ++i) {
            const library::EventArticle &a = s.articles[i];
            const bool sameWire = !a.wire.isEmpty() && (a.wire == original.wire || a.wire == original.outlet);
            if (!sameWire && TextSignature::similarity(a.signature, original.signature) < 0.5)
                continue; // one outlet's second story is not a copy of its first
            const SourceArticle &first = content.articles[original.articleId];
            content.articles[a.articleId].copyOf =
                QStringLiteral("copy of the %1 report of %2").arg(first.outlet, longDate(first.published));
        }
    }
    return int(sources.size());
}

BriefFigures countFigures(const BriefContent &content, int sources)
{
    BriefFigures f;
    f.events = int(content.events.size());
    QSet<QString> quotes;
    for (const EventBrief &e : content.events) {
        if (!e.isReported())
            continue;
        ++f.reported;
        for (const Excerpt &q : e.quotes)
            quotes.insert(QString::number(q.articleId) + u':' + q.text);
    }
    for (const TopicBrief &t : content.topics)
        for (const QVector<Excerpt> *side : {&t.us, &t.russia})
            for (const Excerpt &x : *side)
                if (x.kind == Excerpt::Kind::Quote)
                    quotes.insert(QString::number(x.articleId) + u':' + x.text);
    for (const AnalystItem &a : content.analystItems) // a starred quote the body left out
        if (a.kind == u"Quote")
            quotes.insert(QString::number(a.quote.articleId) + u':' + a.quote.text);
    f.quotes = int(quotes.size());
    f.articles = int(content.articles.size());
    f.sources = sources;
    for (const SourceArticle &a : content.articles)
        f.copies += a.copyOf.isEmpty() ? 0 : 1;
    return f;
}

} // namespace

QString describeScope(const BriefRequest &request, const QVector<EventBrief> &events)
{
    QStringList parts;
    if (request.from.isValid() && request.to.isValid())
        parts << QStringLiteral("%1 to %2").arg(longDate(request.from), longDate(request.to));
    else if (request.from.isValid())
        parts << QStringLiteral("From %1").arg(longDate(request.from));
    else if (request.to.isValid())
        parts << QStringLiteral("Up to %1").arg(longDate(request.to));
    if (!request.eventSlugs.isEmpty()) {
        QStringList titles;
        for (const EventBrief &e : events) {
            if (request.eventSlugs.contains(e.slug))
                titles << e.title;
        }
        parts << (titles.size() == 1 ? QStringLiteral("Event: %1") : QStringLiteral("Events: %1"))
                     .arg(titles.isEmpty() ? request.eventSlugs.join(QStringLiteral(", "))
                                           : titles.join(QStringLiteral("; ")));
    }
    if (!request.topics.isEmpty()) {
        QStringList labels;
        for (const QString &t : request.topics)
            labels << topicLabel(t);
        parts << (labels.size() == 1 ? QStringLiteral("Topic: %1") : QStringLiteral("Topics: %1"))
                     .arg(labels.join(QStringLiteral(", ")));
    }
    if (parts.isEmpty())
        return QStringLiteral("All events in the record");
    return parts.join(QStringLiteral(" \u00b7 "));
}

BriefContent loadBriefContent(Database &db, const BriefRequest &request, const SideDirectory &sides)
{
    const SelectionLimits limits;
    const library::Library library(db);
    checkRequest(library, request);

    BriefContent content;
    content.request = request;
    content.title = request.effectiveTitle();
    content.author = request.author.simplified().isEmpty() ? QStringLiteral("Summitline") : request.author.simplified();
    content.generated = QDateTime::currentDateTime();
    content.events = scopedEvents(library, request);
    content.scope = describeScope(request, content.events);
    if (content.events.isEmpty())
        throw BriefError(BriefError::Kind::EmptyScope,
                         QStringLiteral("No event in the record falls within this scope (%1); no briefing was written.")
                             .arg(content.scope));

    const QSet<qint64> reporting = reportingArticles(library, content.events);
    QVector<ScopedQuote> quotes = scopedQuotes(library, content.events, reporting, sides);
    if (request.includeNotes) {
        content.analystItems = analystItems(library, content.events, quotes, reporting);
    } else {
        // Left out means left out of the selection too: no star decides a key quote.
        for (ScopedQuote &q : quotes)
            q.record.annotation = {};
    }
    fillEventSources(library, content.events, quotes, limits);
    fillDiscrepancies(library, content.events);
    content.topics = topicPositions(request, quotes, scopedStatements(library, reporting, sides), limits);
    const int sources = describeSources(library, citedArticles(content), content);
    content.figures = countFigures(content, sources);
    for (const SourceArticle &a : std::as_const(content.articles))
        if (a.published.isValid() && (!content.informationAsOf.isValid() || a.published > content.informationAsOf))
            content.informationAsOf = a.published;
    return content;
}

} // namespace summit::brief
