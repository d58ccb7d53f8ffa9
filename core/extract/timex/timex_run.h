#pragma once

#include "extract/timex/timex_resolver.h"
#include "extract/timex/timex_rule_set.h"
#include "model/extraction.h"
#include "model/text_span.h"

#include <optional>

namespace summit::timex {

/// One expression found, with what is needed to resolve it again on another anchor.
struct Found
{
    int rule;
    Captures captures;
    int from, to; ///< sentence tokens
    bool absolute;
    bool guessed; ///< no tense cue decided the direction
};

/// The tagging of one article: scan and resolve, then the discourse passes (quotes re-anchored
/// on the day of speech, one day per weekday name, the page's order of numeric dates).
/// Internal to the tagger.
class Run final
{
public:
    Run(const RuleSet &rules, const ArticleText &article)
        : m_rules(rules), m_article(article),
          m_tokens(tokenize(article.text, rules.vocabulary, rules.tense.pastSuffix())),
          m_pm(rules.vocabulary.id(QStringLiteral("pm")))
    {
    }

    QVector<Timex> run()
    {
        scan();
        anchorQuotes();
        oneDayPerName();
        numericOrder();
        return m_out;
    }

private:
    const QVector<TenseCue> &cues()
    {
        if (!m_cuesFound) {
            m_cues = m_rules.tense.findCues(m_tokens);
            m_cuesFound = true;
        }
        return m_cues;
    }

    std::optional<Resolution> resolveAt(const Rule &rule, const Captures &c, int from, int to, QDate published,
                                        int contextYear)
    {
        ResolveContext ctx;
        ctx.published = published;
        ctx.narrativeAnchor = m_narrativeAnchor;
        ctx.contextYear = contextYear;
        ctx.afternoon = c.has(Slot::Minute) && c.tokenOf(Slot::Minute) + 1 < m_tokens.size()
                        && m_tokens[c.tokenOf(Slot::Minute) + 1].word == m_pm && m_pm >= 0;
        ctx.tense = [&, from, to] {
            return m_rules.tense.tenseOf(m_tokens, cues(), c.firstToken, c.lastToken, from, to);
        };
        return resolve(rule, c, ctx, m_rules.guards.unknownTenseFactor);
    }

    // The explicit year said last, if it is in this sentence, or in the main clause of the one
    // before in the paragraph ("In 2001, ... . In June, ..."; not "the treaty, which was signed
    // in 1991, expires soon. Talks began in April").
    int contextYearFor(int sentence) const
    {
        if (m_yearSentence < 0 || sentence < 0)
            return 0;
        if (m_yearSentence == sentence)
            return m_year;
        if (m_yearSentence == sentence - 1 && m_yearInMainClause
            && m_article.sentences[sentence].paragraph == m_article.sentences[m_yearSentence].paragraph)
            return m_year;
        return 0;
    }

    // Only a year said as the time of something ("in 2001", "October 1962", "June 16, 2001")
    // sets the scene for what follows; "the 1991 treaty" or "2004 bid" does not.
    void noteYear(const Rule &rule, const Captures &c, int sentence, int sentenceStart)
    {
        if (!c.has(Slot::Year))
            return;
        if (rule.type == RuleType::Year) {
            const int before = c.firstToken - 1;
            if (before < 0 || !m_rules.guards.yearSetsScene.contains(m_tokens[before].word))
                return;
        }
        m_year = c.value(Slot::Year);
        m_yearSentence = sentence;
        m_yearInMainClause = true;
        for (int k = sentenceStart; k < c.firstToken && m_yearInMainClause; ++k)
            m_yearInMainClause = !m_rules.tense.opensClause(m_tokens[k]);
    }

    /// Paragraph of the k-th expression found, or -1.
    int paragraphOf(int k) const
    {
        const int sentence = m_out[k].sentence;
        return sentence >= 0 ? m_article.sentences[sentence].paragraph : -1;
    }

    void scan();         ///< timex_run.cpp
    void anchorQuotes(); ///< timex_discourse.cpp
    void oneDayPerName(); ///< timex_discourse.cpp
    void numericOrder(); ///< timex_discourse.cpp

    const RuleSet &m_rules;
    const ArticleText &m_article;
    const QVector<Token> m_tokens;
    QVector<TenseCue> m_cues;
    bool m_cuesFound = false;
    QVector<Timex> m_out;
    QVector<Found> m_found; ///< parallel to m_out
    QDate m_narrativeAnchor;
    int m_year = 0, m_yearSentence = -1;
    bool m_yearInMainClause = false;
    const int m_pm; ///< vocabulary id of "pm", or -1
};

} // namespace summit::timex
