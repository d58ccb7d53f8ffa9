#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace summit::gen {

/// One subject of U.S.-Russian diplomacy, with the phrases articles about it draw on.
/// Strings are templates: {slot} markers are filled by the story writer (see story_writer.cpp).
/// A background sentence starting "@YYYY-MM " reports something that happened then, so it is only
/// used in articles published in or after that month.
struct Topic
{
    QString key; ///< short name, as in headlines: "missile defense", "Iran"
    int fromYear = 2001; ///< first year articles discuss it
    int toYear = 2009;   ///< last year
    QStringList names;      ///< noun phrases for the body; headlines use the key
    QStringList background; ///< narrative sentences
    /// Quote bodies without final punctuation; '|' marks a split point. "[W] " or "[M] " in
    /// front: only a Washington or only a Moscow speaker would say it.
    QStringList quotes;
    QStringList partials;   ///< short phrases quoted inside reported speech
    QStringList places;     ///< third countries and regions involved
};

/// Every topic; filter by year with topicsFor().
const QVector<Topic> &allTopics();
/// Topics in the news in `year`, never empty for 2001-2009.
QVector<const Topic *> topicsFor(int year);

} // namespace summit::gen
