#include "timeline/event_importance.h"

#include <cmath>

namespace summit::gui {

namespace {

double kindWeight(const QString &kind)
{
    // Meetings of the principals carry the story; talks of ministers come next; milestones
    // frame it; announcements are mostly about the other events.
    if (kind.startsWith(QLatin1String("summit")))
        return 6;
    if (kind.startsWith(QLatin1String("ministerial")))
        return 4.5;
    if (kind == QLatin1String("milestone"))
        return 2;
    return 1;
}

} // namespace

double eventImportance(const library::EventRecord &event)
{
    // Logarithms: ten copies of one wire story must not outweigh a second independent source.
    return 3.0 * std::log2(1.0 + event.sourceCount) + 1.5 * std::log2(1.0 + event.quoteCount)
         + kindWeight(event.kind) + 0.5 * std::log2(1.0 + event.mentionCount)
         + 0.25 * std::log2(1.0 + event.articleCount);
}

double eventCoverage(const library::EventRecord &event)
{
    return 1.0 + std::max(event.articleCount, int(event.articleIds.size()));
}

} // namespace summit::gui
