#include "extract/timex/timex_tense.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace summit::timex {

TenseRules::TenseRules(const QJsonObject &section, Vocabulary &vocabulary)
{
    addPhrases(section.value(QLatin1String("future")).toArray(), Tense::Future, false, vocabulary);
    addPhrases(section.value(QLatin1String("past")).toArray(), Tense::Past, false, vocabulary);
    const QJsonObject reporting = section.value(QLatin1String("reporting")).toObject();
    addPhrases(reporting.value(QLatin1String("past")).toArray(), Tense::Past, true, vocabulary);
    // Present-tense reporting ("says Tuesday") reports on the past as news headlines do.
    addPhrases(reporting.value(QLatin1String("present")).toArray(), Tense::Past, true, vocabulary);
    m_reportingWindow = section.value(QLatin1String("reportingWindow")).toInt(3);
    m_speechWindow = section.value(QLatin1String("speechWindow")).toInt(m_reportingWindow);
    for (const QJsonValue &v : section.value(QLatin1String("clauseWords")).toArray())
        m_clauseWords.insert(vocabulary.intern(v.toString().toLower()));
    m_pastSuffix.suffix = section.value(QLatin1String("pastSuffix")).toString();
    for (const QJsonValue &v : section.value(QLatin1String("pastSuffixExceptions")).toArray())
        m_pastSuffix.exceptions.insert(v.toString());
}

void TenseRules::addPhrases(const QJsonArray &list, Tense tense, bool reporting, Vocabulary &vocabulary)
{
    for (const QJsonValue &v : list) {
        Phrase p{{}, tense, reporting};
        // Split clitics the way the tokenizer does, so "'ll" and "didn't" match.
        for (const QString &w : v.toString().toLower().split(u' ', Qt::SkipEmptyParts))
            p.words.append(vocabulary.intern(w));
        if (p.words.isEmpty())
            continue;
        if (m_byFirstWord.size() <= p.words.first())
            m_byFirstWord.resize(p.words.first() + 1);
        m_byFirstWord[p.words.first()].append(p);
    }
}

namespace {

// A participle right after a future marker ("will be held", "would not be made") is part of a
// future construction, not a past cue of its own. Punctuation between (a clause break) or a
// capitalised word or number (another phrase) keeps them apart.
void addCue(QVector<TenseCue> &cues, const QVector<Token> &tokens, TenseCue cue)
{
    if (!cues.isEmpty() && cue.tense == Tense::Past && !cue.reporting) {
        TenseCue &prev = cues.last();
        if (prev.tense == Tense::Future && cue.first - prev.last <= 3) {
            // Only adverbs and auxiliaries between ("would not be made"): a name, a number or
            // a date between ("set to take place Friday was postponed") starts another verb.
            bool other = false;
            for (int k = prev.last + 1; k < cue.first; ++k)
                other = other || tokens[k].punct || tokens[k].capitalized || tokens[k].number >= 0;
            if (!other) {
                prev.last = cue.last;
                return;
            }
        }
    }
    cues.append(cue);
}

} // namespace

QVector<TenseCue> TenseRules::findCues(const QVector<Token> &tokens) const
{
    QVector<TenseCue> cues;
    const int n = int(tokens.size());
    for (int i = 0; i < n; ++i) {
        const Token &t = tokens[i];
        const Phrase *best = nullptr;
        static const QVector<Phrase> none;
        const QVector<Phrase> &phrases = t.word >= 0 && t.word < m_byFirstWord.size() ? m_byFirstWord[t.word] : none;
        for (const Phrase &p : phrases) {
            if (i + p.words.size() > n || (best && p.words.size() <= best->words.size()))
                continue;
            bool all = true;
            for (int k = 1; k < p.words.size() && all; ++k)
                all = tokens[i + k].word == p.words[k];
            if (all)
                best = &p;
        }
        if (best) {
            addCue(cues, tokens, {i, i + int(best->words.size()) - 1, best->tense, best->reporting});
            i += int(best->words.size()) - 1;
        } else if (t.pastForm) {
            addCue(cues, tokens, {i, i, Tense::Past, false, true});
        }
    }
    return cues;
}

bool TenseRules::punctuationBetween(const QVector<Token> &tokens, int from, int to) const
{
    for (int k = from; k < to; ++k)
        if (tokens[k].breaksClause)
            return true;
    return false;
}

bool TenseRules::reportedAt(const QVector<Token> &tokens, const QVector<TenseCue> &cues, int first, int last) const
{
    const int window = std::max(m_reportingWindow, m_speechWindow);
    const int lo = first - window - 1;
    auto it = std::lower_bound(cues.begin(), cues.end(), lo, [](const TenseCue &c, int pos) { return c.first < pos; });
    for (; it != cues.end() && it->first <= last + m_reportingWindow; ++it) {
        if (!it->reporting || tokens[it->first].quote != 0)
            continue;
        const bool before = it->last < first;
        if (!before && it->first <= last)
            continue;
        const int distance = before ? first - it->last : it->first - last;
        // "told a news conference in Moscow on Monday": the verb may stand further before the day.
        if (distance <= (before ? window : m_reportingWindow)
            && !punctuationBetween(tokens, before ? it->last + 1 : last + 1, before ? first : it->first))
            return true;
    }
    return false;
}

Tense TenseRules::tenseOf(const QVector<Token> &tokens, const QVector<TenseCue> &cues, int first,
                          int last, int from, int to) const
{
    auto begin = std::lower_bound(cues.begin(), cues.end(), from,
                                  [](const TenseCue &c, int pos) { return c.first < pos; });
    const int quote = tokens[first].quote;
    const TenseCue *nearStrong = nullptr, *nearWeak = nullptr, *clauseBefore = nullptr, *clauseAfter = nullptr;
    int strongDistance = std::numeric_limits<int>::max(), weakDistance = strongDistance;
    for (auto it = begin; it != cues.end() && it->first < to; ++it) {
        if (it->last >= first && it->first <= last)
            continue; // a cue inside the expression ("next", "last") is the expression's own
        if (tokens[it->first].quote != quote)
            continue; // the reporter's verbs do not set the tense of the speaker's words, nor the reverse
        if (quote != 0 && it->suffix)
            continue; // speakers talk in the present: "we are committed", "we want this settled"
        const bool before = it->last < first;
        const int distance = before ? first - it->last : it->first - last;
        if (it->reporting) {
            const bool clauseBreak = punctuationBetween(tokens, before ? it->last + 1 : last + 1, before ? first : it->first);
            if (distance <= m_reportingWindow && !clauseBreak)
                return it->tense;
            if (distance < weakDistance) {
                weakDistance = distance;
                nearWeak = &*it;
            }
        } else if (distance < strongDistance) {
            strongDistance = distance;
            nearStrong = &*it;
        }
        // The governing verb of the expression's own clause (a reporting verb too: "told the
        // conference here Saturday"): no break, no subordinator between.
        bool sameClause = true;
        for (int k = before ? it->last + 1 : last + 1; k < (before ? first : it->first) && sameClause; ++k)
            sameClause = !breaksClause(tokens[k]);
        if (sameClause) {
            if (before)
                clauseBefore = &*it; // cues come in order: the last one before is the nearest
            else if (!clauseAfter)
                clauseAfter = &*it;
        }
    }
    if (clauseBefore)
        return clauseBefore->tense;
    if (clauseAfter)
        return clauseAfter->tense;
    if (nearStrong)
        return nearStrong->tense;
    return nearWeak ? nearWeak->tense : Tense::Unknown;
}

} // namespace summit::timex
