#pragma once

#include <memory>

namespace summit {

class BoilerplateClassifier;
class DatelineParser;
class SentenceSplitter;

/// The rules the importer reads pages with (before any extractor runs), passed as a value like
/// Knowledge: copies share the loaded, immutable tables, and a test can replace one.
struct PageRules final
{
    std::shared_ptr<const DatelineParser> datelines;        ///< rules/datelines.json
    std::shared_ptr<const BoilerplateClassifier> boilerplate; ///< rules/boilerplate.json (reads datelines too)
    std::shared_ptr<const SentenceSplitter> sentences;      ///< rules/abbreviations.txt

    /// The bundled rule files, loaded on first use and shared afterwards: the one place that
    /// loads them. Throws std::runtime_error naming the file and the place when one is missing
    /// or malformed.
    static const PageRules &bundled();
};

} // namespace summit
