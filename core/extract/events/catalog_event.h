#pragma once

#include <QDate>
#include <QStringList>
#include <QVector>

namespace summit {

/// Words that recognise an event or claim without a fixed phrase: the set matches a sentence
/// when the sentence holds at least one term of every group (["START-1", "START"] and
/// ["expire*", "expiry"]). Terms are matched case-insensitively except all-capital words.
struct CueSet
{
    QVector<QStringList> groups;
};

/// Something the record says happened at an event (e.g. where a proposal was made), so an
/// article that ties it to another event can be flagged.
struct EventClaim
{
    QString key;
    QString text;
    QVector<CueSet> cues;
};

/// One event of the catalog (resources/knowledge/events.json). Dates are civil, end inclusive.
struct CatalogEvent
{
    QString slug;  ///< stable id, e.g. "sochi-summit-2008"
    QString title;
    QString kind;  ///< "summit", "ministerial talks", "announcement", "milestone" (timeline lane)
    /// What happened, in the words of the linking rules' "happenings" table ("summit",
    /// "talks", "visit", "election", "inauguration", "appointment", "expiry", "term-end",
    /// "announcement"): a sentence names the event when it uses one of that happening's
    /// words together with the event's place, series, participants or dates.
    QString happening;
    /// Names of the series or body the event belongs to ("G8", "NATO", "APEC", "2+2"): a
    /// series name next to a word of the happening names the event, the dates telling apart
    /// the meetings of one series.
    QStringList series;
    QDate start;
    QDate end;
    QString place; ///< place key (places.json), may be empty
    double lat = 0;
    double lon = 0;
    bool hasCoordinates = false;
    QStringList participants; ///< canonical names (people.json)
    QString actor;            ///< "us", "russia", "joint", "multilateral"
    QStringList topics;       ///< topic keys (topics.json)
    QString summary;          ///< one line of what happened, for the briefing
    QStringList aliases;      ///< phrases naming the event, matched case-insensitively
    QVector<CueSet> cues;
    QVector<EventClaim> claims;
    QStringList sources;
    QString confidence; ///< "H" or "M" as in the reference facts

    /// Days between date and the event's range (0 when inside it).
    qint64 distanceTo(QDate date) const
    {
        if (date < start)
            return date.daysTo(start);
        if (date > end)
            return end.daysTo(date);
        return 0;
    }
    bool overlaps(QDate begin, QDate last) const { return begin <= end && start <= last; }
};

} // namespace summit
