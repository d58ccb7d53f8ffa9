#pragma once

#include "extract/text/word_tokens.h"
#include "model/extraction.h"

namespace summit {

class PlaceGazetteer;
class TopicGazetteer;
class PeopleDirectory;

/// Finds gazetteer mentions (people, places, topics) in an article, with offsets into its clean
/// text. One tokenisation and one trie walk per kind, so the cost does not grow with the number
/// of aliases. Immutable, so one instance serves every thread.
class EntityTagger final
{
public:
    /// people may be null (then no person mentions are produced).
    EntityTagger(const PlaceGazetteer &places, const TopicGazetteer &topics,
                 const PeopleDirectory *people);

    /// Every mention, sorted by start. Kinds may overlap ("Iran" is a place and a topic), but
    /// mentions of one kind never do: the longest alias wins.
    QVector<Mention> tag(const ArticleText &article) const;

private:
    void tagPeople(const ArticleText &article, QVector<Mention> &out) const;
    void tagDatelinePlace(const ArticleText &article, const QVector<WordToken> &tokens,
                          QVector<Mention> &out) const;

    const PlaceGazetteer &m_places;
    const TopicGazetteer &m_topics;
    const PeopleDirectory *m_people;
};

} // namespace summit
