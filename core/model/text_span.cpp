#include "model/text_span.h"

#include <algorithm>

namespace summit {

QString paragraphKindName(ParagraphKind kind)
{
    switch (kind) {
    case ParagraphKind::Body: return QStringLiteral("body");
    case ParagraphKind::Caption: return QStringLiteral("caption");
    case ParagraphKind::Heading: return QStringLiteral("heading");
    }
    return QStringLiteral("body");
}

ParagraphKind paragraphKindFromName(const QString &name)
{
    if (name == QLatin1String("caption"))
        return ParagraphKind::Caption;
    if (name == QLatin1String("heading"))
        return ParagraphKind::Heading;
    return ParagraphKind::Body;
}

int ArticleText::sentenceAt(int pos) const
{
    // Sentences are sorted and disjoint, so a binary search finds the candidate.
    auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                               [](int p, const Sentence &s) { return p < s.span.start; });
    if (it == sentences.begin())
        return -1;
    --it;
    return it->span.contains(pos) ? int(it - sentences.begin()) : -1;
}

} // namespace summit
