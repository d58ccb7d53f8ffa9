#pragma once

#include <memory>

namespace summit {

class EventCatalog;
class PeopleDirectory;
class PlaceGazetteer;
class TimexTagger;
class TopicGazetteer;
struct LinkingRules;
struct QuoteRules;

/// Everything the extractors read from rule and knowledge files, passed to them as a value.
///
/// The tables are immutable once loaded, so copies of a Knowledge share them and threads read
/// them freely. The bundled set comes from bundled(); a test builds its own by copying it and
/// replacing a table ("a people list with one made-up person") and hands that to an Extractor
/// or an Importer.
struct Knowledge final
{
    std::shared_ptr<const PeopleDirectory> people;   ///< knowledge/people.json
    std::shared_ptr<const PlaceGazetteer> places;    ///< knowledge/places.json
    std::shared_ptr<const TopicGazetteer> topics;    ///< knowledge/topics.json
    std::shared_ptr<const EventCatalog> catalog;     ///< knowledge/events.json
    std::shared_ptr<const QuoteRules> quoteRules;    ///< rules/quotes.json
    std::shared_ptr<const LinkingRules> linkingRules; ///< rules/events_linking.json
    std::shared_ptr<const TimexTagger> dates;        ///< rules/timex.json

    /// The rule and knowledge files compiled into the core (resources/), loaded on first use and
    /// shared afterwards. The one place that loads them: no extractor fetches its own. Throws
    /// std::runtime_error naming the file and the place when one is missing or malformed.
    static const Knowledge &bundled();
};

} // namespace summit
