#pragma once

#include "extract/text/word_tokens.h"
#include "extract/events/dateline_date.h"
#include "extract/events/event_cue_index.h"
#include "model/extraction.h"

namespace summit {

class PlaceGazetteer;

/// What one sentence offers the linker: its tokens, mentions, dates and event cues.
struct SentenceFacts
{
    int firstToken = 0;
    int endToken = 0;
    QVector<const Mention *> places;
    QVector<const Mention *> people;
    QVector<const Mention *> topics;
    QVector<const Timex *> timexes;
    SentenceHits hits;
    /// In a body paragraph. Headlines, page stamps and captions are not the story's lead.
    bool body = true;
};

/// An article prepared once for linking, so the scoring and the record checks read the same
/// facts. Holds pointers into the mentions and timexes it was built from: keep them alive.
struct ArticleFacts
{
    const ArticleText *article = nullptr;
    QString foldedText;         ///< backs the tokens' folded views: declared before them
    QVector<WordToken> tokens;
    QVector<SentenceFacts> sentences;
    DatelineDate dateline;   ///< date the dateline carries, if any
    TextSpan datelineSpan;   ///< where that date sits in the clean text (empty when not found)
    QString datelinePlace;   ///< gazetteer key of the dateline place, if known
    QDate reference;         ///< dateline date, else publication date: "when" the article speaks

    static ArticleFacts build(const ArticleText &article, const QVector<Timex> &timexes,
                              const QVector<Mention> &mentions, const EventCueIndex &cues,
                              const PlaceGazetteer &places);

    /// Token index where a text position starts (the first token at or after it).
    int tokenAt(int pos) const { return tokenAtOrAfter(tokens, pos); }
    TextSpan tokenSpan(int first, int end) const
    {
        return {tokens.at(first).start, tokens.at(end - 1).end};
    }
};

} // namespace summit
