#include "extract/timex/timex_tagger.h"

#include "extract/timex/timex_rule_set.h"
#include "extract/timex/timex_run.h"

#include <stdexcept>

namespace summit {

using namespace timex;

TimexTagger::TimexTagger(std::shared_ptr<const RuleSet> rules) : m_rules(std::move(rules)) {}

TimexTagger::TimexTagger(const QJsonObject &rules)
    : m_rules(std::make_shared<const RuleSet>(RuleSet::fromJson(rules)))
{
}

QVector<Timex> TimexTagger::tag(const ArticleText &article) const
{
    return Run(*m_rules, article).run();
}

} // namespace summit
