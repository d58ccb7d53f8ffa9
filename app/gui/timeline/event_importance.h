#pragma once

#include "library/records.h"

namespace summit::gui {

/// How much an event matters to a reader of the record, for deciding which labels a crowded
/// view keeps (the way a map names capitals before villages). Independent sources weigh most,
/// then quotes, then the kind (a summit outranks an announcement), then plain mentions. Only
/// the order matters: the value has no unit.
double eventImportance(const library::EventRecord &event);

/// How much of the record an event stands for, for framing and density: its articles
/// (at least one, so an event nobody reported still counts).
double eventCoverage(const library::EventRecord &event);

} // namespace summit::gui
