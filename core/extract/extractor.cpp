#include "extract/extractor.h"

namespace summit {

Extractor::Extractor() = default;

const Extractor &Extractor::bundled()
{
    static const Extractor instance;
    return instance;
}

Extraction Extractor::run(const ArticleText &article) const
{
    return run(article, nullptr);
}

Extraction Extractor::run(const ArticleText &article, StageTimes *times) const
{
    Q_UNUSED(article);
    Q_UNUSED(times);
    return {};
}

} // namespace summit
