#pragma once

#include "library/records.h"

#include <QStringList>

namespace summit::gui {

/// How the timeline splits events into horizontal lanes.
enum class LaneMode { Kind, Actor, Topic };

QString laneModeName(LaneMode mode);
/// The lane an event belongs to under mode ("other" when the field is empty).
QString laneKey(const library::EventRecord &event, LaneMode mode);
/// Lane keys present in events, in a stable, meaningful order.
QStringList laneKeys(const QVector<library::EventRecord> &events, LaneMode mode);
/// What a lane key says on screen ("us" -> "United States").
QString laneTitle(const QString &key, LaneMode mode);

} // namespace summit::gui
