#pragma once

#include <QStringList>

namespace summit::gen {

// Topic-independent sentence templates. Slots: {us} and {ru} (the two principals), {speaker}
// (whoever is quoted), {topic}, {short}, {third}, {venue}, {moscow}, {washington}, and the date
// slots {day}, {period}, {abs}, {range}. Quote bodies carry no final punctuation: the
// attribution decides it. '|' in a quote body marks where it can be split around "he said";
// a "[W] " or "[M] " prefix restricts it to Washington or Moscow speakers.

const QStringList &leadSentences();
const QStringList &headlines();
const QStringList &generalQuotes();
const QStringList &generalBackground();
const QStringList &partialQuoteFrames(); ///< {partial} is the quoted fragment
const QStringList &indirectSpeech();
const QStringList &unnamedSources();     ///< "a senior administration official"
const QStringList &unnamedRemarks();     ///< what an unnamed source "said ..." before a quote
const QStringList &speechVerbs();        ///< "said", "added", "told reporters"
const QStringList &subheads();
const QStringList &photoCaptions();
const QStringList &sectionTags();        ///< "Region: Russia and FSU" style labels

} // namespace summit::gen
