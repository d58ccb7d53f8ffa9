#pragma once

#include "story.h"

#include <QString>

namespace summit::gen {

/// Rewrites the straight marks of generated text in the article's style. Curly marks are
/// chosen by context: an opening mark follows a space, a bracket or the start of the text.
QString withQuoteMarks(const QString &text, QuoteMarks marks);

} // namespace summit::gen
