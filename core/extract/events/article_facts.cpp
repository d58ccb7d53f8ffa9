#include "extract/events/article_facts.h"

#include "extract/entities/place_gazetteer.h"

namespace summit {

namespace {

/// Where the dateline's date words are in the clean text: the dateline is usually the opening
/// of the first body paragraph, so look there first and fall back to the whole text.
TextSpan locateDatelineDate(const ArticleText &article, const DatelineDate &date)
{
    if (!date.date.isValid() || article.dateline.isEmpty())
        return {};
    const qsizetype at = article.text.indexOf(article.dateline);
    if (at < 0)
        return {};
    const int start = int(at) + date.offset;
    return {start, start + date.length};
}

/// Capitals and countries often stand for governments ("Washington and Moscow would work
/// together", "Russia's concerns"); such a mention says nothing about where an event was.
/// Possessives and pairs of places joined by "and"/"or" are read that way.
QSet<const Mention *> metonymicPlaces(const ArticleFacts &facts, const QVector<Mention> &mentions)
{
    QHash<int, const Mention *> byFirst;
    QHash<int, const Mention *> byLast;
    QVector<QPair<const Mention *, QPair<int, int>>> places;
    for (const Mention &m : mentions) {
        if (m.kind != QLatin1String("place"))
            continue;
        const int first = facts.tokenAt(m.span.start);
        const int end = facts.tokenAt(m.span.end);
        if (end <= first)
            continue;
        byFirst.insert(first, &m);
        byLast.insert(end - 1, &m);
        places.append({&m, {first, end}});
    }
    const auto folded = [&](int i) {
        return i >= 0 && i < facts.tokens.size() ? facts.tokens.at(i).folded : QString();
    };
    const auto conjunction = [&](int i) {
        const QString w = folded(i);
        return w == QLatin1String("and") || w == QLatin1String("or");
    };
    QSet<const Mention *> out;
    for (const auto &[m, range] : std::as_const(places)) {
        const auto [first, end] = range;
        const bool possessive = folded(end) == QLatin1String("'") && folded(end + 1) == QLatin1String("s");
        const bool pairedAfter = conjunction(end) && byFirst.contains(end + 1);
        const bool pairedBefore = conjunction(first - 1) && byLast.contains(first - 2);
        if (possessive || pairedAfter || pairedBefore)
            out.insert(m);
    }
    return out;
}

} // namespace

ArticleFacts ArticleFacts::build(const ArticleText &article, const QVector<Timex> &timexes,
                                 const QVector<Mention> &mentions, const EventCueIndex &cues,
                                 const PlaceGazetteer &places)
{
    ArticleFacts facts;
    facts.article = &article;
    facts.tokens = tokenizeWords(article.text, facts.foldedText);
    facts.sentences.resize(article.sentences.size());
    for (int s = 0; s < article.sentences.size(); ++s) {
        SentenceFacts &sf = facts.sentences[s];
        const TextSpan span = article.sentences.at(s).span;
        const int paragraph = article.sentences.at(s).paragraph;
        sf.body = paragraph < 0 || paragraph >= article.paragraphs.size()
                  || article.paragraphs.at(paragraph).kind == ParagraphKind::Body;
        sf.firstToken = facts.tokenAt(span.start);
        sf.endToken = facts.tokenAt(span.end);
        sf.hits = cues.scan(article.text, facts.tokens, sf.firstToken, sf.endToken);
    }
    const QSet<const Mention *> metonymic = metonymicPlaces(facts, mentions);
    for (const Mention &m : mentions) {
        if (metonymic.contains(&m))
            continue;
        const int s = m.sentence >= 0 ? m.sentence : article.sentenceAt(m.span.start);
        if (s < 0 || s >= facts.sentences.size())
            continue;
        SentenceFacts &sf = facts.sentences[s];
        if (m.kind == QLatin1String("place"))
            sf.places.append(&m);
        else if (m.kind == QLatin1String("person"))
            sf.people.append(&m);
        else if (m.kind == QLatin1String("topic"))
            sf.topics.append(&m);
    }
    for (const Timex &t : timexes) {
        const int s = t.sentence >= 0 ? t.sentence : article.sentenceAt(t.span.start);
        if (s >= 0 && s < facts.sentences.size() && t.begin.isValid() && t.end.isValid())
            facts.sentences[s].timexes.append(&t);
    }
    facts.dateline = datelineDate(article.dateline, article.published);
    facts.datelineSpan = locateDatelineDate(article, facts.dateline);
    const QString placeText = article.datelinePlace.isEmpty() ? article.dateline
                                                              : article.datelinePlace;
    facts.datelinePlace = places.lookupName(placeText);
    facts.reference = facts.dateline.date.isValid() ? facts.dateline.date : article.published;
    return facts;
}

} // namespace summit
