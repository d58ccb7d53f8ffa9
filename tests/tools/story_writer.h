#pragma once

#include "story.h"

#include <QtGlobal>

namespace summit::gen {

/// Article `index` of the corpus for `seed`. A pure function of its arguments: every article
/// has its own random stream, so it does not change when the corpus grows.
Story writeStory(int index, quint64 seed);

} // namespace summit::gen
