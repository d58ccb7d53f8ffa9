#include "ingest/happening_resolver.h"

#include "extract/events/happening_kind.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <utility>

namespace summit {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

HappeningResolver::HappeningResolver(Database &db)
    : m_samePlace(db, "SELECT id, slug, end, participants, kind, start FROM events WHERE origin = 'extracted' "
                      "AND place = ? AND start BETWEEN ? AND ? ORDER BY start, id")
    , m_sameDay(db, "SELECT id, slug, end, participants, kind, start FROM events WHERE origin = 'extracted' "
                    "AND start BETWEEN ? AND ? ORDER BY start, id")
    , m_extend(db, "UPDATE events SET start = min(start, ?), end = max(end, ?) WHERE id = ?")
{
}

QString HappeningResolver::resolve(const ExtractedEvent &e)
{
    const QDate start = e.start;
    const QDate end = e.end.isValid() ? e.end : e.start;
    auto sharedPeople = [&](const QString &json) {
        const QJsonArray people = QJsonDocument::fromJson(json.toUtf8()).array();
        int shared = 0;
        for (const QJsonValue &p : people)
            shared += e.participants.contains(p.toString()) ? 1 : 0;
        return std::pair<int, int>{shared, int(people.size())};
    };
    // Gatherings may span days; a statement or a speech is one day's happening.
    auto datesFit = [&](const Statement &st) {
        const QDate otherStart = QDate::fromString(st.text(5), Qt::ISODate);
        const QDate otherEnd = QDate::fromString(st.text(2), Qt::ISODate);
        if (!otherStart.isValid() || !otherEnd.isValid() || !sameKind(st.text(4), e.kind))
            return false;
        const int slack = spansDays(st.text(4), e.kind) ? 1 : 0;
        return otherEnd.addDays(slack) >= start && otherStart.addDays(-slack) <= end;
    };
    QString found;
    qint64 foundId = 0;
    if (!e.place.isEmpty()) {
        // Same place: a visit or summit lasts days, so look two weeks back for an event whose
        // extent reaches to within a day of this one; one shared participant (or none named
        // on either side) will do.
        Statement &st = m_samePlace;
        st.bindAll(e.place, iso(start.addDays(-14)), iso(end.addDays(1)));
        while (st.step()) {
            if (!datesFit(st))
                continue;
            const auto [shared, named] = sharedPeople(st.text(3));
            if (shared == 0 && named > 0 && !e.participants.isEmpty())
                continue;
            foundId = st.int64(0);
            found = st.text(1);
            break;
        }
        st.reset();
    }
    if (!foundId) {
        // Another place (the dateline is where the reporter was, the capital rather than the
        // retreat) or none: the same day, the same kind and two of the same people.
        Statement &st = m_sameDay;
        st.bindAll(iso(start.addDays(-1)), iso(end.addDays(1)));
        while (st.step()) {
            if (!datesFit(st))
                continue;
            if (sharedPeople(st.text(3)).first < 2)
                continue;
            foundId = st.int64(0);
            found = st.text(1);
            break;
        }
        st.reset();
    }
    if (foundId)
        m_extend.bindAll(iso(start), iso(end), foundId).run();
    return found;
}

} // namespace summit
