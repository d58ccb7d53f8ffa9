#pragma once

#include "model/extraction.h"
#include "model/text_span.h"

#include <QJsonObject>
#include <QVector>

#include <memory>

namespace summit {

namespace timex {
struct RuleSet;
}

/// Finds temporal expressions in an article and normalises them to TIMEX3-style values
/// (2008-04-05, 2008-04, 2008-SP, 2008, 2008-03-17TNI, 2008-07-07/2008-07-09, 2008-W12).
///
/// Design after HeidelTime: token patterns from the rule file find expressions, then
/// underspecified ones are anchored on the document date (article.published), their direction
/// taken from tense cues in the sentence; "the next day" and the like anchor on the last
/// day-precise date mentioned before them. The tagger is immutable and thread-safe; copies
/// share the compiled rules.
class TimexTagger final
{
public:
    /// A tagger over the given rule document (same schema as timex.json); Knowledge::bundled()
    /// holds the one over the bundled file. Throws std::invalid_argument naming the bad entry.
    explicit TimexTagger(const QJsonObject &rules);

    /// Expressions in text order, without overlaps. Spans are UTF-16 offsets into article.text.
    /// When article.published is invalid, only values that need no document date are kept
    /// (those with an explicit year); relative ones are dropped, not guessed.
    QVector<Timex> tag(const ArticleText &article) const;

private:
    explicit TimexTagger(std::shared_ptr<const timex::RuleSet> rules);

    std::shared_ptr<const timex::RuleSet> m_rules;
};

} // namespace summit
