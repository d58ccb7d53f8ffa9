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

} // namespace

ArticleFacts ArticleFacts::build(const ArticleText &article, const QVector<Timex> &timexes,
                                 const QVector<Mention> &mentions, const EventCueIndex &cues,
                                 const PlaceGazetteer &places)
{
    ArticleFacts facts;
    facts.article = &article;
    facts.tokens = tokenizeWords(article.text);
    facts.sentences.resize(article.sentences.size());
    for (int s = 0; s < article.sentences.size(); ++s) {
        SentenceFacts &sf = facts.sentences[s];
        const TextSpan span = article.sentences.at(s).span;
        sf.firstToken = facts.tokenAt(span.start);
        sf.endToken = facts.tokenAt(span.end);
        sf.hits = cues.scan(article.text, facts.tokens, sf.firstToken, sf.endToken);
    }
    for (const Mention &m : mentions) {
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
