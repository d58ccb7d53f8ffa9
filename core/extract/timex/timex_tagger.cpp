#include "extract/timex/timex_tagger.h"

#include "extract/timex/timex_rule_set.h"
#include "extract/timex/timex_run.h"

#include <QFile>
#include <QJsonDocument>

#include <stdexcept>

namespace summit {

using namespace timex;

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
    return Run(*m_rules, article).run();
}

} // namespace summit
