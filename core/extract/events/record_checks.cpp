#include "extract/events/record_checks.h"

#include "extract/entities/place_gazetteer.h"

#include <QLocale>

namespace summit {

namespace {

/// A strongly named event in a sentence: by alias, or by one of its own cue sets.
struct NamedEvent
{
    int event;
    int firstToken;
    int endToken;
};

/// Whether the sentence's dates leave room for the event: none precise, or one overlapping.
bool datesAllow(const CatalogEvent &event, const SentenceFacts &sentence)
{
    bool precise = false;
    for (const Timex *t : sentence.timexes) {
        if (event.overlaps(t->begin, t->end))
            return true;
        precise = precise || t->begin.daysTo(t->end) < 93;
    }
    return !precise;
}

/// Events named by alias, or by a cue (a series name with a happening word). A cue shared by
/// several events of one series ("G8 meeting") goes to those the sentence's dates allow, and
/// among those to the one nearest the article's date, as a shared alias does.
QVector<NamedEvent> namedEvents(const SentenceFacts &sentence, const QVector<ResolvedAlias> &aliases,
                                const QVector<CatalogEvent> &events, QDate reference)
{
    QVector<NamedEvent> out;
    for (const ResolvedAlias &a : aliases)
        out.append({a.event, a.hit->firstToken, a.hit->endToken});
    QHash<int, int> bestAt; // first token -> index into out
    for (const CueHit &c : sentence.hits.cues) {
        const CatalogEvent &event = events.at(c.event);
        if (!datesAllow(event, sentence))
            continue;
        const auto it = bestAt.constFind(c.firstToken);
        if (it == bestAt.constEnd()) {
            bestAt.insert(c.firstToken, int(out.size()));
            out.append({c.event, c.firstToken, c.endToken});
        } else if (reference.isValid()
                   && event.distanceTo(reference) < events.at(out.at(*it).event).distanceTo(reference)) {
            out[*it] = {c.event, c.firstToken, c.endToken};
        }
    }
    return out;
}

/// "6 June 2007": notes are read by people, so dates are written out in words.
QString inWords(QDate d)
{
    return QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
}

/// A date the tool may have got wrong is no ground for a note: one found by a rule marked as
/// fallible, or a month or weekday whose year was inferred, when the same words a year
/// earlier or later would agree with the record.
bool trustworthy(const Timex &t, const CatalogEvent &event)
{
    if (t.confidence > 0 && t.confidence < 0.75)
        return false;
    bool statesYear = false;
    for (int i = 0; i + 3 < t.text.size() && !statesYear; ++i)
        statesYear = t.text.at(i).isDigit() && t.text.at(i + 1).isDigit() && t.text.at(i + 2).isDigit()
                     && t.text.at(i + 3).isDigit();
    if (statesYear)
        return true;
    return !event.overlaps(t.begin.addYears(-1), t.end.addYears(-1))
           && !event.overlaps(t.begin.addYears(1), t.end.addYears(1));
}

void addNote(QVector<Note> &out, TextSpan span, const QString &slug, const QString &rule,
             const QString &text)
{
    for (const Note &n : out)
        if (n.span == span && n.rule == rule && n.eventSlug == slug)
            return;
    out.append({span, slug, text, rule});
}

} // namespace

RecordChecks::RecordChecks(const LinkingRules &rules, const PlaceGazetteer &places,
                           const QVector<CatalogEvent> &events)
    : m_rules(rules), m_places(places), m_events(events)
{
}

QString RecordChecks::dates(const CatalogEvent &event)
{
    if (event.start == event.end)
        return inWords(event.start);
    if (event.start.year() == event.end.year() && event.start.month() == event.end.month())
        return QStringLiteral("%1 to %2").arg(event.start.day()).arg(inWords(event.end));
    return inWords(event.start) + QStringLiteral(" to ") + inWords(event.end);
}

QString RecordChecks::placeName(const QString &key) const
{
    const Place *p = m_places.find(key);
    return p ? p->name : key;
}

bool RecordChecks::attached(const ArticleFacts &facts, int from, int to, bool stopAtEventNouns) const
{
    if (to - from > m_rules.window)
        return false;
    for (int i = from; i < to; ++i) {
        const WordToken &t = facts.tokens.at(i);
        if (t.word) {
            if (stopAtEventNouns && m_rules.eventNouns.contains(t.folded))
                return false;
            continue;
        }
        // Punctuation glued between two words ("START-1", "U.S.") does not break a clause.
        const bool glued = i > 0 && i + 1 < facts.tokens.size()
                           && facts.tokens.at(i - 1).end == t.start
                           && facts.tokens.at(i + 1).start == t.end;
        if (!glued && m_rules.clauseStops.contains(t.folded))
            return false;
    }
    return true;
}

QVector<Note> RecordChecks::check(const ArticleFacts &facts,
                                  const QVector<QVector<ResolvedAlias>> &aliases, int reported) const
{
    QVector<Note> out;
    for (int s = 0; s < facts.sentences.size(); ++s) {
        const SentenceFacts &sentence = facts.sentences.at(s);
        placeDiffers(facts, sentence, aliases.at(s), out);
        dateDiffers(facts, sentence, aliases.at(s), out);
        claimElsewhere(facts, sentence, aliases.at(s), out);
    }
    datelineOutside(facts, reported, out);
    return out;
}

void RecordChecks::placeDiffers(const ArticleFacts &facts, const SentenceFacts &sentence,
                                const QVector<ResolvedAlias> &aliases, QVector<Note> &out) const
{
    for (const NamedEvent &a : namedEvents(sentence, aliases, m_events, facts.reference)) {
        const CatalogEvent &event = m_events.at(a.event);
        if (event.place.isEmpty())
            continue;
        for (const Mention *m : sentence.places) {
            const int at = facts.tokenAt(m->span.start);
            if (at < a.endToken || !attached(facts, a.endToken, at))
                continue;
            if (at == 0 || !m_rules.locatives.contains(facts.tokens.at(at - 1).folded))
                continue;
            if (m_places.relation(m->key, event.place) != PlaceRelation::Unrelated)
                break; // the place attached to the name agrees with the record
            const QString where = placeName(event.place);
            addNote(out, m->span, event.slug, QStringLiteral("place-differs"),
                    QStringLiteral("The article places %1 in %2; the record has %3.")
                        .arg(event.title, m->text, where));
            break;
        }
    }
}

void RecordChecks::dateDiffers(const ArticleFacts &facts, const SentenceFacts &sentence,
                               const QVector<ResolvedAlias> &aliases, QVector<Note> &out) const
{
    for (const NamedEvent &named : namedEvents(sentence, aliases, m_events, facts.reference)) {
        const CatalogEvent &event = m_events.at(named.event);
        for (const Timex *t : sentence.timexes) {
            const int first = facts.tokenAt(t->span.start);
            const int end = facts.tokenAt(t->span.end);
            if (first < named.endToken && end > named.firstToken)
                continue; // the date is part of the name ("the March '2+2' meeting")
            const bool near = first >= named.endToken ? attached(facts, named.endToken, first)
                                                      : attached(facts, end, named.firstToken);
            if (!near || event.overlaps(t->begin, t->end) || !trustworthy(*t, event))
                continue;
            addNote(out, t->span, event.slug, QStringLiteral("date-differs"),
                    QStringLiteral("The article dates %1 to \"%2\"; the record has %3.")
                        .arg(event.title, t->text, dates(event)));
        }
    }
}

void RecordChecks::claimElsewhere(const ArticleFacts &facts, const SentenceFacts &sentence,
                                  const QVector<ResolvedAlias> &aliases, QVector<Note> &out) const
{
    for (const CueHit &claim : sentence.hits.claims) {
        const CatalogEvent &recorded = m_events.at(claim.event);
        const auto inClaimWords = [&](int token) {
            for (const auto &[first, end] : claim.terms)
                if (token >= first && token < end)
                    return true;
            return false;
        };
        const auto inReach = [&](int first, int end) {
            if (end <= claim.firstToken)
                return attached(facts, end, claim.firstToken, false);
            if (first >= claim.endToken)
                return attached(facts, claim.endToken, first, false);
            return true; // inside the words that state the claim
        };
        // Does anything near the claim point at the recorded event?
        bool supported = false;
        for (const ResolvedAlias &a : aliases)
            supported = supported || a.event == claim.event;
        for (const CueHit &c : sentence.hits.cues)
            supported = supported || c.event == claim.event;
        // And at which other event, by a specific place or a date?
        int attributed = -1;
        double attributedWeight = 0;
        for (const Mention *m : sentence.places) {
            const int at = facts.tokenAt(m->span.start);
            if (inClaimWords(at) || !inReach(at, facts.tokenAt(m->span.end)))
                continue; // the places the claim is about are not where it was made
            const Place *p = m_places.find(m->key);
            if (!p || p->kind == QLatin1String("country"))
                continue;
            if (m_places.relation(m->key, recorded.place) != PlaceRelation::Unrelated)
                supported = true;
            // The event held there: its own place, or one inside the (non-country) place named.
            for (int e = 0; e < m_events.size(); ++e) {
                if (e == claim.event)
                    continue;
                const PlaceRelation r = m_places.relation(m->key, m_events.at(e).place);
                const double weight = r == PlaceRelation::Same       ? 1.0
                                      : r == PlaceRelation::Contains ? 0.8
                                                                     : 0.0;
                if (weight > attributedWeight) {
                    attributed = e;
                    attributedWeight = weight;
                }
            }
        }
        for (const Timex *t : sentence.timexes) {
            if (!inReach(facts.tokenAt(t->span.start), facts.tokenAt(t->span.end)))
                continue;
            if (recorded.overlaps(t->begin, t->end))
                supported = true;
            if (t->begin.daysTo(t->end) > 31)
                continue; // a year or a season is too vague to tie the claim elsewhere
            for (int e = 0; e < m_events.size(); ++e)
                if (e != claim.event && m_events.at(e).overlaps(t->begin, t->end)) {
                    // A date agreeing with the place already found confirms it.
                    const double weight = attributed == e ? attributedWeight + 1 : 0.5;
                    if (weight > attributedWeight) {
                        attributed = e;
                        attributedWeight = weight;
                    }
                }
        }
        if (supported || attributed < 0)
            continue;
        const CatalogEvent &elsewhere = m_events.at(attributed);
        const EventClaim &what = recorded.claims.at(claim.claim);
        addNote(out, facts.tokenSpan(claim.firstToken, claim.endToken), recorded.slug,
                QStringLiteral("claim-elsewhere"),
                QStringLiteral("The article ties this to %1 (%2, %3); the record puts it at %4 (%5, %6): %7.")
                    .arg(elsewhere.title, dates(elsewhere), placeName(elsewhere.place),
                         recorded.title, dates(recorded), placeName(recorded.place), what.text));
    }
}

void RecordChecks::datelineOutside(const ArticleFacts &facts, int reported, QVector<Note> &out) const
{
    if (reported < 0 || !facts.dateline.date.isValid())
        return;
    const CatalogEvent &event = m_events.at(reported);
    const QDate date = facts.dateline.date;
    if (date >= event.start && date <= event.end)
        return;
    // A dateline written in another time zone than the event's place can be a day off.
    const bool samePlace = !facts.datelinePlace.isEmpty()
                           && m_places.relation(facts.datelinePlace, event.place) != PlaceRelation::Unrelated;
    if (!samePlace && date >= event.start.addDays(-1) && date <= event.end.addDays(1))
        return;
    TextSpan span = facts.datelineSpan;
    if (span.length() == 0 && !facts.article->sentences.isEmpty())
        span = facts.article->sentences.first().span;
    const QString written = facts.article->dateline.mid(facts.dateline.offset, facts.dateline.length);
    addNote(out, span, event.slug, QStringLiteral("dateline-outside-event"),
            QStringLiteral("The dateline says %1, outside %2, which the record dates %3.")
                .arg(written, event.title, dates(event)));
}

} // namespace summit
