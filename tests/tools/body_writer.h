#pragma once

#include "article_context.h"
#include "story.h"

#include <QVector>

namespace summit::gen {

/// Writes the body paragraphs of one article: a lead, then a mix of quotes attributed in every
/// way reporters do it, reported speech, unnamed sources, background and the odd subhead.
class BodyWriter final
{
public:
    explicit BodyWriter(ArticleContext &context) : m_ctx(context), m_rng(context.rng()) {}

    /// Exactly `count` paragraphs (count >= 4); the first is the lead without its dateline.
    QVector<Paragraph> write(int count);

private:
    QString lead();
    QString quoteBody(Side side);      ///< one quote body fit for the side, split marker kept
    QString quoteSentences(Side side); ///< one or two quote bodies joined, ready to print
    QString background();

    QString quoteAttributedAfter(const Person &speaker);
    QString quoteAttributedBefore(const Person &speaker);
    QString quoteSplitAround(const Person &speaker);
    QString quoteWithPronoun();
    QString quoteFromUnnamed();
    QString partialQuote(const Person &speaker);
    QString reportedSpeech(const Person &speaker);
    QVector<Paragraph> quoteOverTwoParagraphs(const Person &speaker);

    const Person &nextSpeaker();

    ArticleContext &m_ctx;
    Prng &m_rng;
    const Person *m_lastSpeaker = nullptr;
    int m_extraSentenceChance = 1; ///< out of 6: how often a paragraph gets another sentence
};

} // namespace summit::gen
