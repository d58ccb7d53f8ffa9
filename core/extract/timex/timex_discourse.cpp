#include "extract/timex/timex_run.h"

namespace summit::timex {

// Words in quotes are anchored on the day they were said, not on the page date: "today" in a
// quote attributed with "said Tuesday" is that Tuesday. The day said is the reporting clause's
// day in the quote's own sentence ("...today," he said Tuesday), else the last one before it
// ("A commander said Tuesday ... 'even today,' he added").
void Run::anchorQuotes()
{
    constexpr int kSpeechCarry = 3; // paragraphs
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
        // A day of speech carries over a chain of a few paragraphs (the same speaker, "he
        // added"), not over the whole story.
        if (m_out[said].sentence != m_out[k].sentence && paragraphOf(k) - paragraphOf(said) > kSpeechCarry)
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

// 07/04/2008 is April 7 on a Russian or European page and July 4 on an American one. An
// ambiguous numeric date takes the order of an unambiguous one on the same page (27/07/2016 is
// day first); else the reading that is the publication date (page stamps mostly are); else the
// rule's own (month first).
void Run::numericOrder()
{
    int order = 0; // +1 day first, -1 month first, 0 not shown by the page
    bool ambiguous = false;
    for (int k = 0; k < m_out.size(); ++k) {
        const Captures &c = m_found[k].captures;
        if (!m_rules.rules[m_found[k].rule].swappable)
            continue;
        if (c.value(Slot::Day) > 12)
            order = order != 0 ? order : (c.tokenOf(Slot::Month) < c.tokenOf(Slot::Day) ? -1 : 1);
        else if (c.value(Slot::Day) != c.value(Slot::Month))
            ambiguous = true;
    }
    if (!ambiguous)
        return;
    for (int k = 0; k < m_out.size(); ++k) {
        const Captures &c = m_found[k].captures;
        if (!m_rules.rules[m_found[k].rule].swappable || c.value(Slot::Day) > 12)
            continue;
        const QDate swapped(c.value(Slot::Year), c.value(Slot::Day), c.value(Slot::Month));
        const bool monthFirst = c.tokenOf(Slot::Month) < c.tokenOf(Slot::Day);
        const bool swap = order != 0 ? (order > 0) == monthFirst
                                     : m_article.published.isValid() && swapped == m_article.published;
        if (!swap || !swapped.isValid())
            continue;
        Timex &x = m_out[k];
        x.value = swapped.toString(Qt::ISODate) + x.value.mid(10); // a clock time stays
        x.begin = x.end = swapped;
    }
}

} // namespace summit::timex
