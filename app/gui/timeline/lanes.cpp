#include "timeline/lanes.h"

namespace summit::gui {

QString laneModeName(LaneMode mode)
{
    switch (mode) {
    case LaneMode::Kind: return QStringLiteral("Event kind");
    case LaneMode::Actor: return QStringLiteral("Actor");
    case LaneMode::Topic: return QStringLiteral("Topic");
    }
    return {};
}

QString laneKey(const library::EventRecord &event, LaneMode mode)
{
    QString key;
    switch (mode) {
    case LaneMode::Kind: key = event.kind; break;
    case LaneMode::Actor: key = event.actor; break;
    case LaneMode::Topic: key = event.topics.isEmpty() ? QString() : event.topics.first(); break;
    }
    return key.isEmpty() ? QStringLiteral("other") : key;
}

QStringList laneKeys(const QVector<library::EventRecord> &events, LaneMode mode)
{
    // Known keys first in the order a reader expects, then the rest alphabetically.
    static const QStringList actorOrder{QStringLiteral("us"), QStringLiteral("russia"),
                                        QStringLiteral("joint"), QStringLiteral("multilateral")};
    static const QStringList kindOrder{QStringLiteral("summit"), QStringLiteral("ministerial"),
                                       QStringLiteral("meeting"), QStringLiteral("announcement"),
                                       QStringLiteral("milestone")};
    QStringList present;
    for (const auto &e : events) {
        const QString k = laneKey(e, mode);
        if (!present.contains(k))
            present << k;
    }
    const QStringList &order = mode == LaneMode::Actor ? actorOrder
                               : mode == LaneMode::Kind ? kindOrder
                                                        : QStringList();
    QStringList out;
    for (const QString &k : order)
        if (present.contains(k))
            out << k;
    QStringList rest;
    for (const QString &k : present)
        if (!out.contains(k) && k != QLatin1String("other"))
            rest << k;
    rest.sort();
    out << rest;
    if (present.contains(QStringLiteral("other")))
        out << QStringLiteral("other");
    return out;
}

QString laneTitle(const QString &key, LaneMode mode)
{
    if (mode == LaneMode::Actor) {
        if (key == QLatin1String("us"))
            return QStringLiteral("United States");
        if (key == QLatin1String("russia"))
            return QStringLiteral("Russia");
        if (key == QLatin1String("joint"))
            return QStringLiteral("Joint");
        if (key == QLatin1String("multilateral"))
            return QStringLiteral("Multilateral");
    }
    QString t = key;
    t.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    return t;
}

} // namespace summit::gui
