#include "extract/timex/timex_tagger.h"

#include "extract/timex/timex_guards.h"
#include "extract/timex/timex_resolver.h"
#include "extract/timex/timex_rule_set.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <stdexcept>

namespace summit {

using namespace timex;

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

TimexTagger::TimexTagger(std::shared_ptr<const RuleSet> rules) : m_rules(std::move(rules)) {}

TimexTagger::TimexTagger(const QJsonObject &rules)
    : m_rules(std::make_shared<const RuleSet>(RuleSet::fromJson(rules)))
{
}

TimexTagger TimexTagger::fromResource()
{
    static const std::shared_ptr<const RuleSet> bundled = [] {
        QFile file(QStringLiteral(":/rules/timex.json"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::invalid_argument("timex rules: :/rules/timex.json is not bundled");
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            throw std::invalid_argument("timex rules: " + error.errorString().toStdString());
        return std::make_shared<const RuleSet>(RuleSet::fromJson(doc.object()));
    }();
    return TimexTagger(bundled);
}

QVector<Timex> TimexTagger::tag(const ArticleText &article) const
{
    const RuleSet &rules = *m_rules;
    const QVector<Token> tokens = tokenize(article.text, rules.vocabulary, rules.tense.pastSuffix());
    QVector<TenseCue> cues;
    bool cuesFound = false;
    QVector<Timex> out;
    QDate narrativeAnchor;
    QVector<Candidate> candidates;
    const int n = int(tokens.size());

    for (int i = 0; i < n; ++i) {
        candidates.clear();
        collect(rules, tokens, i, candidates);
        if (candidates.isEmpty())
            continue;
        // A rule matched only through leading context ("in" of "in the fall") must not hide a
        // longer expression that starts after the context ("the fall of 2008").
        int contextEnd = i;
        for (const Candidate &cand : candidates)
            contextEnd = std::max(contextEnd, cand.captures.firstToken);
        for (int k = i + 1; k <= contextEnd && k < n; ++k)
            collect(rules, tokens, k, candidates);
        // The expression reaching farthest wins, then the longer one, then the rule listed first.
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.captures.lastToken != b.captures.lastToken)
                return a.captures.lastToken > b.captures.lastToken;
            return a.captures.lastToken - a.captures.firstToken > b.captures.lastToken - b.captures.firstToken;
        });
        for (const Candidate &cand : candidates) {
            const Rule &rule = rules.rules[cand.rule];
            if (!passesGuards(rules, rule, cand.captures, tokens))
                continue;
            int sentence = -1;
            const auto [from, to] = sentenceTokens(article, tokens, cand.captures.firstToken, sentence);
            ResolveContext ctx;
            ctx.published = article.published;
            ctx.narrativeAnchor = narrativeAnchor;
            ctx.tense = [&, from = from, to = to] {
                if (!cuesFound) {
                    cues = rules.tense.findCues(tokens);
                    cuesFound = true;
                }
                return rules.tense.tenseOf(tokens, cues, cand.captures.firstToken, cand.captures.lastToken,
                                           from, to);
            };
            const std::optional<Resolution> res = resolve(rule, cand.captures, ctx, rules.guards.unknownTenseFactor);
            if (!res)
                continue;
            Timex x;
            x.span = {tokens[cand.captures.firstToken].start, tokens[cand.captures.lastToken].end};
            x.sentence = sentence;
            x.text = article.slice(x.span);
            x.value = res->value.value;
            x.granularity = res->value.granularity;
            x.begin = res->value.begin;
            x.end = res->value.end;
            x.rule = rule.name;
            x.anchor = res->anchor;
            x.confidence = res->confidence;
            if (x.granularity == u"day" || x.granularity == u"time")
                narrativeAnchor = x.begin;
            out.append(x);
            i = cand.captures.lastToken; // the loop's ++i moves past the expression
            break;
        }
    }
    return out;
}

} // namespace summit
