#include "extract/events/reported_event.h"

#include "extract/entities/place_gazetteer.h"
#include "extract/events/lead_happening.h"
#include "extract/people/people_directory.h"

#include <QMap>
#include <algorithm>

namespace summit {

namespace {

bool datelineFits(const ArticleFacts &facts, const CatalogEvent &event, const PlaceGazetteer &places)
{
    switch (places.relation(facts.datelinePlace, event.place)) {
    case PlaceRelation::Same:
    case PlaceRelation::Inside:
        return true;
    case PlaceRelation::Contains: {
        const Place *p = places.find(facts.datelinePlace);
        return p && p->kind != QLatin1String("country");
    }
    case PlaceRelation::Unrelated:
        break;
    }
    return false;
}

/// A dateline place the gazetteer lacks goes into titles only if it reads like a place name:
/// at most four words of letters (with the commas, periods, hyphens and apostrophes of "St.
/// Petersburg, Fla." or "Martha's Vineyard"), each starting with a capital.
bool plausiblePlaceName(const QString &name)
{
    if (name.isEmpty() || name.size() > 40)
        return false;
    int words = 0;
    bool atWordStart = true;
    for (QChar c : name) {
        if (c == u'(' || c == u')')
            continue; // "Kennebunkport (Maine)"
        if (c.isSpace()) {
            atWordStart = true;
            continue;
        }
        if (atWordStart) {
            if (!c.isUpper())
                return false;
            ++words;
            atWordStart = false;
            continue;
        }
        if (!c.isLetter() && c != u',' && c != u'.' && c != u'-' && c != u'\'' && c != u'\u2019')
            return false;
    }
    return words <= 4;
}

QString slugify(const QString &text)
{
    QString out;
    for (QChar c : text.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

/// "CRAWFORD, Texas" -> "Crawford, Texas": datelines shout the place name. Only words written
/// wholly in capitals are changed, so "McLean" keeps its spelling.
QString displayName(const QString &datelinePlace)
{
    QString out = datelinePlace.trimmed();
    int i = 0;
    while (i < out.size()) {
        if (!out.at(i).isLetter()) {
            ++i;
            continue;
        }
        int j = i;
        bool shouting = true;
        while (j < out.size() && out.at(j).isLetter()) {
            shouting = shouting && out.at(j).isUpper();
            ++j;
        }
        if (shouting && j - i > 1)
            for (int k = i + 1; k < j; ++k)
                out[k] = out.at(k).toLower();
        i = j;
    }
    return out;
}

} // namespace

namespace {

/// Whether the lead's kind of happening can be the catalog event's happening.
bool leadFits(const LeadHappening &lead, const CatalogEvent &event)
{
    if (lead.kind.isEmpty())
        return true;
    if (lead.planned)
        return event.happening == u"announcement";
    if (lead.kind == u"call")
        return event.happening == u"call";
    if (lead.kind == u"election")
        return event.happening == u"election";
    if (event.happening == u"election" || event.happening == u"announcement")
        return lead.kind == u"announcement" || lead.kind == u"statement";
    return true;
}

} // namespace

int findReportedEvent(const ArticleFacts &facts, const QVector<CatalogEvent> &events,
                      const QVector<int> &namedCount, const QVector<bool> &namedInLead,
                      const LinkingRules &rules,
                      const PlaceGazetteer &places, const LeadHappening &lead)
{
    if (!facts.reference.isValid())
        return -1;
    const QDate happened = reportedDate(facts, rules);
    int best = -1;
    double bestRank = 0;
    for (int e = 0; e < events.size(); ++e) {
        const CatalogEvent &event = events.at(e);
        if (facts.reference < event.start.addDays(-rules.reportedDaysBeforeStart)
            || facts.reference > event.end.addDays(rules.reportedDaysAfterEnd))
            continue;
        if (!leadFits(lead, event) && event.distanceTo(happened) > 0)
            continue;
        // Never a report of what had not started when the article was written.
        if (facts.article->published.isValid() && event.start > facts.article->published.addDays(1))
            continue;
        const bool placeFits = datelineFits(facts, event, places);
        const int named = namedCount.value(e);
        if (!placeFits && !namedInLead.value(e) && named < 2)
            continue;
        // Dateline place and naming dominate; being on the very day breaks ties between the
        // several events a trip is made of (a Kremlin greeting the day before the talks).
        const double rank = (placeFits ? 2.0 : 0.0) + std::min(named, 3)
                            + (event.distanceTo(facts.reference) == 0 ? 0.5 : 0.0)
                            - 0.1 * double(event.distanceTo(facts.reference));
        if (best < 0 || rank > bestRank) {
            best = e;
            bestRank = rank;
        }
    }
    return best;
}

QDate reportedDate(const ArticleFacts &facts, const LinkingRules &rules)
{
    QMap<QDate, int> counts;
    for (const SentenceFacts &s : facts.sentences)
        if (s.body) // a page stamp dates the page, not what happened
            for (const Timex *t : s.timexes)
                if (t->begin == t->end)
                    counts[t->begin] += 1;
    QDate best;
    int bestCount = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const bool inWindow = !facts.reference.isValid()
                              || (it.key() <= facts.reference
                                  && it.key() >= facts.reference.addDays(-rules.extractedLookbackDays));
        if (inWindow && it.value() >= bestCount) { // map order: ties go to the later date
            best = it.key();
            bestCount = it.value();
        }
    }
    return best.isValid() ? best : facts.reference;
}

namespace {

/// A month- or season-precision date in the lead that covers the reporting window, when no
/// body sentence dates the happening to a day; null otherwise.
const Timex *coarseLeadDate(const ArticleFacts &facts, const LinkingRules &rules, QDate fallback)
{
    // Only when no body sentence gave a day: a day-precise date always wins.
    for (const SentenceFacts &s : facts.sentences)
        if (s.body)
            for (const Timex *t : s.timexes)
                if (t->begin == t->end && t->begin == fallback)
                    return nullptr;
    const int last = leadLastSentence(facts);
    for (int i = 0; i <= last && i < facts.sentences.size(); ++i) {
        const SentenceFacts &s = facts.sentences.at(i);
        if (!s.body)
            continue;
        for (const Timex *t : s.timexes) {
            const bool coarse = t->granularity == u"month" || t->granularity == u"season";
            // It must cover the reporting window: a month that ended long before the article
            // is background, not what it reports.
            if (coarse && t->begin.isValid() && t->end.isValid() && facts.reference.isValid()
                && t->begin <= facts.reference
                && t->end >= facts.reference.addDays(-rules.extractedLookbackDays))
                return t;
        }
    }
    return nullptr;
}

} // namespace

std::optional<ExtractedEvent> extractEvent(const ArticleFacts &facts, const LinkingRules &rules,
                                           const PlaceGazetteer &places,
                                           const PeopleDirectory *people,
                                           const LeadHappening &leadHappening)
{
    const LeadHappening &lead = leadHappening;
    const ArticleText &article = *facts.article;
    QDate date = reportedDate(facts, rules);
    if (!date.isValid())
        return std::nullopt;
    // A dateline read a day or more past the publication date (its year or time zone guessed)
    // cannot date what the article reports: nothing reported happens after it is published.
    if (article.published.isValid() && date > article.published)
        date = article.published;
    ExtractedEvent ev;
    ev.kind = lead.planned ? QStringLiteral("announcement")
              : lead.kind.isEmpty() ? QStringLiteral("reported") : lead.kind;
    ev.start = ev.end = date;
    ev.granularity = QStringLiteral("day");
    if (const Timex *coarse = coarseLeadDate(facts, rules, date)) {
        // The lead dates the happening only to a month or a season ("talks this month"): keep
        // that precision, so the timeline draws a fuzzy extent instead of a false day.
        ev.start = coarse->begin;
        ev.end = article.published.isValid() ? std::min(coarse->end, article.published) : coarse->end;
        ev.granularity = coarse->granularity;
    }

    QString placeKey = facts.datelinePlace;
    QString placeName;
    if (placeKey.isEmpty() && !article.datelinePlace.trimmed().isEmpty()) {
        // Not in the gazetteer: keep the dateline's words; the key is the town alone
        // ("CRAWFORD, Texas" -> "crawford") so later reports from it share the slug.
        // "GENEVA - Geneva": a dateline repeated by the page keeps its first part.
        placeName = displayName(article.datelinePlace).section(QStringLiteral(" - "), 0, 0).trimmed();
        if (plausiblePlaceName(placeName))
            placeKey = slugify(placeName.section(QLatin1Char(','), 0, 0));
        else
            placeName.clear(); // not a place: never let page words into a title
    }
    if (placeKey.isEmpty()) {
        // No dateline: the place the article names most often, countries aside.
        QHash<QString, int> counts;
        for (const SentenceFacts &s : facts.sentences)
            for (const Mention *m : s.places) {
                // A country or a region ("Europe") says where a story is about, not where
                // something happened: only towns and sites can be the place of a happening.
                const Place *p = places.find(m->key);
                if (p && (p->kind == QLatin1String("city") || p->kind == QLatin1String("site")))
                    counts[m->key] += 1;
            }
        int most = 0;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            if (it.value() > most || (it.value() == most && it.key() < placeKey)) {
                most = it.value();
                placeKey = it.key();
            }
    }
    if (const Place *p = places.find(placeKey)) {
        placeName = p->name;
        ev.lat = p->lat;
        ev.lon = p->lon;
        ev.hasCoordinates = p->hasCoordinates;
    }
    ev.place = placeKey;

    // Participants: people named in several sentences (a passing mention is not a participant).
    QHash<QString, int> sentencesNaming;
    QStringList order;
    for (const SentenceFacts &s : facts.sentences) {
        // In the order the sentence names them, not a set's hash order, so the same article
        // always gives the same title ("Bush and Putin", never sometimes "Putin and Bush").
        QVector<const Mention *> inText = s.people;
        std::stable_sort(inText.begin(), inText.end(),
                         [](const Mention *a, const Mention *b) { return a->span.start < b->span.start; });
        QSet<QString> here;
        for (const Mention *m : std::as_const(inText)) {
            if (here.contains(m->key))
                continue;
            here.insert(m->key);
            if (!sentencesNaming.contains(m->key))
                order.append(m->key);
            sentencesNaming[m->key] += 1;
        }
    }
    // The people of the lead's happening sentence first, in their order ("Bush phoned
    // Medvedev"), then the most-named: the title names the first two.
    QStringList leadPeople;
    if (leadHappening.sentence >= 0 && leadHappening.sentence < facts.sentences.size()) {
        QVector<const Mention *> inLead = facts.sentences.at(leadHappening.sentence).people;
        std::sort(inLead.begin(), inLead.end(),
                  [](const Mention *a, const Mention *b) { return a->span.start < b->span.start; });
        for (const Mention *m : std::as_const(inLead))
            if (!leadPeople.contains(m->key))
                leadPeople.append(m->key);
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        const qsizetype la = leadPeople.indexOf(a), lb = leadPeople.indexOf(b);
        if (la >= 0 || lb >= 0)
            return la >= 0 && (lb < 0 || la < lb);
        return sentencesNaming.value(a) > sentencesNaming.value(b);
    });
    for (const QString &name : std::as_const(order))
        if (sentencesNaming.value(name) >= rules.participantMinSentences)
            ev.participants.append(name);
    if (ev.participants.isEmpty())
        ev.participants = order;

    QSet<QString> actors;
    if (people)
        for (const QString &name : std::as_const(ev.participants))
            actors.insert(people->actor(name));
    actors.remove(QString());
    if (actors == QSet<QString>{QStringLiteral("us"), QStringLiteral("russia")})
        ev.actor = QStringLiteral("joint");
    else if (actors.size() == 1 && (actors.contains(QStringLiteral("us"))
                                    || actors.contains(QStringLiteral("russia"))))
        ev.actor = *actors.constBegin();
    else
        ev.actor = QStringLiteral("multilateral");

    const QString isoDate = date.toString(Qt::ISODate);
    const QString kindSlug = slugify(ev.kind);
    ev.slug = (placeKey.isEmpty() ? QString() : placeKey + QLatin1Char('-')) + kindSlug
              + QLatin1Char('-') + isoDate;
    ev.title = composeTitle(lead, ev.participants, placeName);
    return ev;
}

CatalogEvent asCatalogEvent(const ExtractedEvent &event, const ArticleFacts &facts)
{
    CatalogEvent c;
    c.slug = event.slug;
    c.title = event.title;
    c.kind = event.kind;
    c.start = event.start;
    c.end = event.end;
    c.place = event.place;
    c.participants = event.participants;
    c.actor = event.actor;
    for (const SentenceFacts &s : facts.sentences)
        for (const Mention *m : s.topics)
            if (!c.topics.contains(m->key))
                c.topics.append(m->key);
    return c;
}

} // namespace summit
