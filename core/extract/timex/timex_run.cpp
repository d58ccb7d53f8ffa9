#include "extract/timex/timex_run.h"

#include "extract/timex/timex_guards.h"

#include <algorithm>

namespace summit::timex {

namespace {

struct Candidate
{
    int rule;
    Captures captures;
};

// Token range [from, to) of the sentence holding token `at`; without sentence data, the
// stretch between sentence-final punctuation marks.
std::pair<int, int> sentenceTokens(const ArticleText &article, const QVector<Token> &tokens, int at, int &sentence)
{
    sentence = article.sentenceAt(tokens[at].start);
    if (sentence >= 0) {
        const TextSpan s = article.sentences[sentence].span;
        auto byStart = [](const Token &t, int pos) { return t.start < pos; };
        const int from = int(std::lower_bound(tokens.begin(), tokens.end(), s.start, byStart) - tokens.begin());
        const int to = int(std::lower_bound(tokens.begin(), tokens.end(), s.end, byStart) - tokens.begin());
        return {from, to};
    }
    auto isEnd = [&](int k) {
        const QChar c = article.text.at(tokens[k].start);
        return tokens[k].punct && (c == u'.' || c == u'!' || c == u'?');
    };
    int from = at, to = at;
    while (from > 0 && !isEnd(from - 1))
        --from;
    while (to < tokens.size() && !isEnd(to))
        ++to;
    return {from, to};
}

void collect(const RuleSet &rules, const QVector<Token> &tokens, int at, QVector<Candidate> &out)
{
    const Token &t = tokens[at];
    const QVector<int> *candidates = t.number >= 0 ? &rules.rulesForNumbers
                                     : t.word >= 0 ? &rules.rulesByFirstWord[t.word]
                                                   : nullptr;
    if (!candidates || candidates->isEmpty())
        return;
    Captures c;
    for (int r : *candidates) { // ascending: the file's order still breaks ties
        if (rules.rules[r].pattern.matchAt(tokens, at, rules.vocabulary, rules.guards.yearMin,
                                           rules.guards.yearMax, c))
            out.append({r, c});
    }
}

} // namespace

void Run::scan()
{
    QVector<Candidate> candidates;
    const int n = int(m_tokens.size());
    for (int i = 0; i < n; ++i) {
        candidates.clear();
        collect(m_rules, m_tokens, i, candidates);
        if (candidates.isEmpty())
            continue;
        // A rule matched only through leading context ("in" of "in the fall") must not hide a
        // longer expression that starts after the context ("the fall of 2008").
        int contextEnd = i;
        for (const Candidate &cand : candidates)
            contextEnd = std::max(contextEnd, cand.captures.firstToken);
        for (int k = i + 1; k <= contextEnd && k < n; ++k)
            collect(m_rules, m_tokens, k, candidates);
        // The expression reaching farthest wins, then the longer one, then the rule listed first.
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.captures.lastToken != b.captures.lastToken)
                return a.captures.lastToken > b.captures.lastToken;
            return a.captures.lastToken - a.captures.firstToken > b.captures.lastToken - b.captures.firstToken;
        });
        for (const Candidate &cand : candidates) {
            const Rule &rule = m_rules.rules[cand.rule];
            if (!passesGuards(m_rules, rule, cand.captures, m_tokens))
                continue;
            if (rule.type == RuleType::None) {
                i = cand.captures.lastToken; // a known non-date: its words start nothing else
                break;
            }
            int sentence = -1;
            const auto [from, to] = sentenceTokens(m_article, m_tokens, cand.captures.firstToken, sentence);
            const std::optional<Resolution> res = resolveAt(rule, cand.captures, from, to, m_article.published,
                                                            contextYearFor(sentence));
            if (!res)
                continue;
            Timex x;
            x.span = {m_tokens[cand.captures.firstToken].start, m_tokens[cand.captures.lastToken].end};
            x.sentence = sentence;
            x.text = m_article.slice(x.span);
            x.value = res->value.value;
            x.granularity = res->value.granularity;
            x.begin = res->value.begin;
            x.end = res->value.end;
            x.rule = rule.name;
            x.anchor = res->anchor;
            x.confidence = res->confidence;
            // A page stamp, headline or caption is no step of the story: an archive stamp
            // (07/27/2016) must not anchor "the day before" in the body.
            const bool body = sentence < 0
                              || m_article.paragraphs.value(m_article.sentences[sentence].paragraph).kind
                                     == ParagraphKind::Body;
            if (body && (x.granularity == u"day" || x.granularity == u"time"))
                m_narrativeAnchor = x.begin;
            if (body && x.anchor == u"absolute")
                noteYear(rule, cand.captures, sentence, from);
            m_out.append(x);
            m_found.append({cand.rule, cand.captures, from, to, x.anchor == u"absolute", res->guessed});
            i = cand.captures.lastToken; // the loop's ++i moves past the expression
            break;
        }
    }
}

} // namespace summit::timex
