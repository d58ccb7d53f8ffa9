#pragma once

#include <QString>

namespace summit {

/// Whether two happening kinds can describe the same happening. Meetings, talks, summits,
/// visits and conferences are facets of one gathering (a visit holds talks and a news
/// conference), so they agree with each other; every other kind (an announcement, a call, an
/// election, a speech) only agrees with itself, which keeps a trip's announcement apart from
/// the trip.
inline bool sameKind(const QString &a, const QString &b)
{
    auto gathering = [](const QString &k) {
        return k == u"meeting" || k == u"talks" || k == u"summit" || k == u"visit"
               || k == u"conference" || k == u"ministerial talks" || k == u"reported";
    };
    if (a == b)
        return true;
    return gathering(a) && gathering(b);
}

} // namespace summit
