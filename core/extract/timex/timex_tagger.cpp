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

namespace {

// One expression found, with what is needed to resolve it again on another anchor.
struct Found
{
    int rule;
    Captures captures;
    int from, to; ///< sentence tokens
    bool absolute;
    bool guessed; ///< no tense cue decided the direction
};

// The tagging of one article: scan, resolve, then re-anchor what speakers said in quotes.
class Run final
{
public:
    Run(const RuleSet &rules, const ArticleText &article)
        : m_rules(rules), m_article(article),
          m_tokens(tokenize(article.text, rules.vocabulary, rules.tense.pastSuffix()))
    {
        m_pm = rules.vocabulary.id(QStringLiteral("pm"));
    }

    QVector<Timex> run()
    {
        scan();
        anchorQuotes();
        oneDayPerName();
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

    // The explicit year said last, if it is in this sentence or the one before in the paragraph.
    int contextYearFor(int sentence) const
    {
        if (m_yearSentence < 0 || sentence < 0)
            return 0;
        if (m_yearSentence == sentence)
            return m_year;
        if (m_yearSentence == sentence - 1
            && m_article.sentences[sentence].paragraph == m_article.sentences[m_yearSentence].paragraph)
            return m_year;
        return 0;
    }

    // Only a year said as the time of something ("in 2001", "October 1962", "June 16, 2001")
    // sets the scene for what follows; "the 1991 treaty" or "2004 bid" does not.
    void noteYear(const Rule &rule, const Captures &c, int sentence)
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
    }

    void scan();
    void anchorQuotes();
    void oneDayPerName();

    const RuleSet &m_rules;
    const ArticleText &m_article;
    const QVector<Token> m_tokens;
    QVector<TenseCue> m_cues;
    bool m_cuesFound = false;
    QVector<Timex> m_out;
    QVector<Found> m_found; ///< parallel to m_out
    QDate m_narrativeAnchor;
    int m_year = 0, m_yearSentence = -1;
    int m_pm = -1;
};

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
            if (x.granularity == u"day" || x.granularity == u"time")
                m_narrativeAnchor = x.begin;
            if (x.anchor == u"absolute")
                noteYear(rule, cand.captures, sentence);
            m_out.append(x);
            m_found.append({cand.rule, cand.captures, from, to, x.anchor == u"absolute", res->guessed});
            i = cand.captures.lastToken; // the loop's ++i moves past the expression
            break;
        }
    }
}

// Words in quotes are anchored on the day they were said, not on the page date: "today" in a
// quote attributed with "said Tuesday" is that Tuesday. The day said is the reporting clause's
// day in the quote's own sentence ("...today," he said Tuesday), else the last one before it
// ("A commander said Tuesday ... 'even today,' he added").
void Run::anchorQuotes()
{
    bool any = false;
    for (int k = 0; k < m_out.size() && !any; ++k)
        any = !m_found[k].absolute && m_rules.rules[m_found[k].rule].type != RuleType::Narrative
              && m_tokens[m_found[k].captures.firstToken].quote != 0;
    if (!any || !m_article.published.isValid())
        return;
    // Days of speech: day-precise expressions outside quotes right beside a reporting verb.
    QVector<int> spoken; // indexes into m_out
    for (int k = 0; k < m_out.size(); ++k) {
        const Captures &c = m_found[k].captures;
        if (m_tokens[c.firstToken].quote == 0 && m_out[k].granularity == u"day"
            && m_rules.tense.reportedAt(m_tokens, cues(), c.firstToken, c.lastToken))
            spoken.append(k);
    }
    if (spoken.isEmpty())
        return;
    for (int k = 0; k < m_out.size(); ++k) {
        const Found &f = m_found[k];
        const Rule &rule = m_rules.rules[f.rule];
        if (f.absolute || rule.type == RuleType::Narrative || m_tokens[f.captures.firstToken].quote == 0)
            continue;
        int said = -1;
        for (int s : spoken) {
            if (m_out[s].sentence == m_out[k].sentence && m_out[k].sentence >= 0) {
                said = s;
                break;
            }
            if (s < k)
                said = s;
        }
        if (said < 0 || m_out[said].begin == m_article.published)
            continue;
        m_narrativeAnchor = QDate();
        const std::optional<Resolution> res = resolveAt(rule, f.captures, f.from, f.to, m_out[said].begin,
                                                        contextYearFor(m_out[k].sentence));
        if (!res)
            continue;
        Timex &x = m_out[k];
        x.value = res->value.value;
        x.granularity = res->value.granularity;
        x.begin = res->value.begin;
        x.end = res->value.end;
        x.anchor = QStringLiteral("speech");
        x.confidence = res->confidence;
    }
}

// A weekday whose tense nothing decided (a headline's "for Monday round") is the same day as
// that weekday where the tense was clear: one article rarely means two different Mondays.
void Run::oneDayPerName()
{
    for (int k = 0; k < m_out.size(); ++k) {
        const Found &f = m_found[k];
        if (!f.guessed || m_rules.rules[f.rule].type != RuleType::Weekday
            || m_tokens[f.captures.firstToken].quote != 0)
            continue;
        const int weekday = f.captures.value(Slot::Weekday);
        for (int j = 0; j < m_out.size(); ++j) {
            const Found &g = m_found[j];
            if (j == k || g.guessed || m_rules.rules[g.rule].type != RuleType::Weekday
                || g.captures.value(Slot::Weekday) != weekday || m_out[j].anchor != u"published")
                continue;
            if (m_out[j].begin != m_out[k].begin) {
                const int shift = int(m_out[k].begin.daysTo(m_out[j].begin));
                Timex &x = m_out[k];
                const QString time = x.value.mid(10); // a part of day ("TEV") stays
                x.begin = x.begin.addDays(shift);
                x.end = x.end.addDays(shift);
                x.value = x.begin.toString(Qt::ISODate) + time;
                x.confidence = m_out[j].confidence * m_rules.guards.unknownTenseFactor;
            }
            break;
        }
    }
}

} // namespace

QVector<Timex> TimexTagger::tag(const ArticleText &article) const
{
    return Run(*m_rules, article).run();
}

} // namespace summit
