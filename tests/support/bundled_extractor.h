#pragma once

// The extractors over the bundled rules and knowledge, built once for the whole test run (the
// core has no such singleton: its callers pass an Extractor or a Knowledge in).
#include "extract/extractor.h"

namespace summit::test {

inline const Extractor &bundledExtractor()
{
    static const Extractor extractor(Knowledge::bundled());
    return extractor;
}

} // namespace summit::test
