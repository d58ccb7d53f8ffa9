#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>
#include <QSet>
#include <QString>

namespace summit {

/// Weights and thresholds of EventLinker, kept in resources/rules/events_linking.json so they can
/// be tuned without touching code. See docs/extraction/EVENTS.md for what each one means.
struct LinkingRules
{
    double threshold = 0.5;

    double alias = 1.0;
    double cue = 0.9;
    double claim = 0.3;
    double dateDay = 0.35;
    double dateMonth = 0.25;
    double dateCoarse = 0.1;
    double placeSame = 0.3;
    double placeContainer = 0.25;
    double placeCountry = 0.15;
    double placeInside = 0.15;
    double participant = 0.15;
    double participantCap = 0.3;
    double topic = 0.1;
    double topicCap = 0.15;
    double context = 0.35;
    double happening = 0.2; ///< a word of the event's happening ("summit", "inaugurated")

    /// Words of each happening kind (a term ending in '*' matches any word it begins).
    QHash<QString, QStringList> happeningWords;
    /// Lead words and the kind of happening they tell (folded word or phrase -> kind), in the
    /// order of detect.kinds; the first kind found in the lead wins.
    QVector<QPair<QString, QStringList>> detectKinds;
    /// The same words by rank (index into detectKinds): one-word entries, and two-word
    /// entries keyed by their first word, so the lead is read with hash probes.
    QHash<QString, int> detectWordRank;
    QHash<QString, QVector<QPair<QString, int>>> detectPairRank;
    QSet<QString> futureMarkers; ///< "will", "plans": the lead reports a plan

    int reportedDaysBeforeStart = 1; ///< an article may appear this many days before an event...
    int reportedDaysAfterEnd = 3;    ///< ...or this many after, and still report it
    int contextSlackDays = 1;        ///< a sentence's own date may miss the event by this much
    int extractedLookbackDays = 3;   ///< reported dates looked for this far before the reference
    int participantMinSentences = 2; ///< extracted events list people named in this many sentences

    int window = 8; ///< tokens between an event's name and the place/date attached to it
    QSet<QString> locatives;
    QSet<QString> eventNouns;
    QSet<QString> clauseStops;

    /// Missing keys keep their defaults above.
    static LinkingRules fromJson(const QJsonObject &json);
};

} // namespace summit
