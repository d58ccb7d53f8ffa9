#include "extract/knowledge.h"

#include "extract/entities/knowledge_file.h"
#include "extract/entities/place_gazetteer.h"
#include "extract/entities/topic_gazetteer.h"
#include "extract/events/event_catalog.h"
#include "extract/events/linking_rules.h"
#include "extract/people/people_directory.h"
#include "extract/quotes/quote_rules.h"
#include "extract/timex/timex_tagger.h"

#include <QJsonDocument>
#include <stdexcept>

namespace summit {

namespace {

/// Builds one table from a bundled file; a table that rejects its file says which file it was.
template <typename Table, typename Build>
std::shared_ptr<const Table> load(const QString &path, Build build)
{
    const QJsonObject json = readKnowledgeFile(path); // names the file and the offset itself
    try {
        return std::shared_ptr<const Table>(build(json));
    } catch (const std::exception &e) {
        throw std::runtime_error(QStringLiteral("%1: %2").arg(path, QString::fromUtf8(e.what())).toStdString());
    }
}

} // namespace

const Knowledge &Knowledge::bundled()
{
    // A function-local static is initialised once even when threads race to it; a throw leaves
    // it uninitialised, so the error repeats on the next call instead of an empty rule set.
    static const Knowledge bundled = [] {
        Knowledge k;
        k.people = load<PeopleDirectory>(QStringLiteral(":/knowledge/people.json"), [](const QJsonObject &j) {
            return std::make_shared<const PeopleDirectory>(QJsonDocument(j));
        });
        k.places = load<PlaceGazetteer>(QStringLiteral(":/knowledge/places.json"),
                                        [](const QJsonObject &j) { return std::make_shared<const PlaceGazetteer>(j); });
        k.topics = load<TopicGazetteer>(QStringLiteral(":/knowledge/topics.json"),
                                        [](const QJsonObject &j) { return std::make_shared<const TopicGazetteer>(j); });
        k.catalog = load<EventCatalog>(QStringLiteral(":/knowledge/events.json"),
                                       [](const QJsonObject &j) { return std::make_shared<const EventCatalog>(j); });
        k.quoteRules = load<QuoteRules>(QStringLiteral(":/rules/quotes.json"), [](const QJsonObject &j) {
            return std::make_shared<const QuoteRules>(QuoteRules::fromJson(QJsonDocument(j)));
        });
        k.linkingRules = load<LinkingRules>(QStringLiteral(":/rules/events_linking.json"), [](const QJsonObject &j) {
            return std::make_shared<const LinkingRules>(LinkingRules::fromJson(j));
        });
        k.dates = load<TimexTagger>(QStringLiteral(":/rules/timex.json"),
                                    [](const QJsonObject &j) { return std::make_shared<const TimexTagger>(j); });
        return k;
    }();
    return bundled;
}

} // namespace summit
