#include "extract/entities/entity_tagger.h"
#include "extract/text/words.h"

#include "extract/entities/place_gazetteer.h"
#include "extract/entities/topic_gazetteer.h"
#include "extract/people/people_directory.h"

#include <algorithm>

namespace summit {

namespace {

Mention makeMention(const ArticleText &article, int start, int end, const QString &kind,
                    const QString &key)
{
    Mention m;
    m.span = {start, end};
    m.sentence = article.sentenceAt(start);
    m.kind = kind;
    m.key = key;
    m.text = article.text.mid(start, end - start);
    return m;
}

} // namespace

EntityTagger::EntityTagger(const PlaceGazetteer &places, const TopicGazetteer &topics,
                           const PeopleDirectory *people)
    : m_places(places), m_topics(topics), m_people(people)
{
}

QVector<Mention> EntityTagger::tag(const ArticleText &article) const
{
    QVector<Mention> out;
    QString folded;
    const QVector<WordToken> tokens = tokenizeWords(article.text, folded);
    const auto span = [&](const PhraseMatch &m) {
        return std::pair{tokens.at(m.firstToken).start, tokens.at(m.endToken - 1).end};
    };
    for (const PhraseMatch &m : m_places.matcher().find(article.text, tokens)) {
        const auto [start, end] = span(m);
        out.append(makeMention(article, start, end, QStringLiteral("place"),
                               m_places.places().at(m.payload).key));
    }
    tagDatelinePlace(article, tokens, out);
    for (const PhraseMatch &m : m_topics.matcher().find(article.text, tokens)) {
        const auto [start, end] = span(m);
        out.append(makeMention(article, start, end, QStringLiteral("topic"),
                               m_topics.topics().at(m.payload).key));
    }
    if (m_people)
        tagPeople(article, out);
    std::stable_sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) {
        return a.span.start < b.span.start;
    });
    return out;
}

void EntityTagger::tagDatelinePlace(const ArticleText &article, const QVector<WordToken> &tokens,
                                    QVector<Mention> &out) const
{
    // Datelines shout ("SOCHI, Russia"), which the case-sensitive proper-name rule would miss;
    // inside the dateline itself the case of a place name carries no ambiguity.
    if (article.dateline.isEmpty())
        return;
    const qsizetype at = article.text.indexOf(article.dateline);
    if (at < 0)
        return;
    const int first = tokenAtOrAfter(tokens, int(at));
    const int end = tokenAtOrAfter(tokens, int(at + article.dateline.size()));
    for (const PhraseMatch &m : m_places.matcher().find(article.text, tokens, first, end, true)) {
        const int start = tokens.at(m.firstToken).start;
        const bool known = std::any_of(out.begin(), out.end(), [&](const Mention &x) {
            return x.kind == QLatin1String("place") && x.span.start == start;
        });
        if (!known)
            out.append(makeMention(article, start, tokens.at(m.endToken - 1).end,
                                   QStringLiteral("place"), m_places.places().at(m.payload).key));
    }
}

void EntityTagger::tagPeople(const ArticleText &article, QVector<Mention> &out) const
{
    QSet<QString> seen;
    QVector<TextSpan> named;
    for (const PersonMatch &m : m_people->findAliases(article.text)) {
        out.append(makeMention(article, m.start, m.end, QStringLiteral("person"), m.name));
        named.append({m.start, m.end});
        seen.insert(m.name);
    }
    // Role descriptors ("the Russian president") name whoever held the office on the
    // publication date; shared titles ("the foreign minister") only resolve to someone the
    // article has named, and nothing is guessed when the date is unknown.
    if (!article.published.isValid())
        return;
    const QString folded = PeopleDirectory::fold(article.text);
    const int n = int(folded.size());
    for (int pos = 0; pos < n; ++pos) {
        if (!folded.at(pos).isLetter() || (pos > 0 && isWordChar(folded.at(pos - 1))))
            continue;
        const std::optional<DescriptorMatch> d = m_people->descriptorAt(folded, pos);
        if (!d)
            continue;
        const TextSpan where{d->start, d->end};
        const bool overlapsName = std::any_of(named.begin(), named.end(),
                                              [&](TextSpan s) { return s.overlaps(where); });
        if (!overlapsName) {
            bool contextual = false;
            QStringList who = m_people->holders(d->key, article.published, &contextual);
            if (contextual)
                who.erase(std::remove_if(who.begin(), who.end(),
                                         [&](const QString &w) { return !seen.contains(w); }),
                          who.end());
            if (who.size() == 1)
                out.append(makeMention(article, d->start, d->end, QStringLiteral("person"),
                                       who.first()));
        }
        pos = std::max(pos, d->end - 1);
    }
}

} // namespace summit
