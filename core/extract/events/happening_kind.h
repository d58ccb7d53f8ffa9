#pragma once

#include <QString>

namespace summit {

/// Meetings, talks, summits, visits and conferences are facets of one gathering (a visit holds
/// talks and a news conference): two reports of such kinds may be one happening over days.
inline bool isGathering(const QString &k)
{
    return k == u"meeting" || k == u"talks" || k == u"summit" || k == u"visit"
           || k == u"conference" || k == u"ministerial talks" || k == u"reported";
}

/// What is said at a gathering or beside it (a statement, a speech, a news conference, an
/// interview, a signing): the same happening as a gathering, or as each other, on the same day.
inline bool isUtterance(const QString &k)
{
    return k == u"statement" || k == u"speech" || k == u"press conference" || k == u"interview"
           || k == u"signing";
}

/// Whether two happening kinds can describe the same happening. Every other kind (an
/// announcement, a call, an election) only agrees with itself, which keeps a trip's
/// announcement apart from the trip.
inline bool sameKind(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    return (isGathering(a) || isUtterance(a)) && (isGathering(b) || isUtterance(b));
}

/// Whether two kinds may be one happening on neighbouring days (a visit over two days), rather
/// than only on the same day.
inline bool spansDays(const QString &a, const QString &b)
{
    return isGathering(a) && isGathering(b);
}

} // namespace summit
