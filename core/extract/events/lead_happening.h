#pragma once

#include "extract/events/article_facts.h"
#include "extract/events/linking_rules.h"

namespace summit {

/// What the article's lead says happened: the kind of happening (a call, a summit, talks, a
/// meeting, a visit, a speech, a signing, an election, an announcement, a statement…) and
/// whether the lead tells it as a plan ("Bush will visit…", "plans to meet"), which makes the
/// article's own happening the announcement of it.
struct LeadHappening
{
    QString kind;         ///< empty when the lead has no happening word
    bool planned = false; ///< a future marker precedes the happening word
    QString word;         ///< the word that decided, for the evidence
    int sentence = -1;    ///< index of the sentence it was found in
};

/// Reads the first sentences of the article (the headline, when it is part of the text, and
/// the lead). In the first sentence that holds any happening word, the kind listed first in
/// the rules wins, so "phones Medvedev to congratulate him on his election" is a call.
LeadHappening detectLeadHappening(const ArticleFacts &facts, const LinkingRules &rules);

/// Index of the last sentence of the lead (the first three sentences of four or more tokens).
int leadLastSentence(const ArticleFacts &facts);

/// A title from what happened: "Bush and Putin meet in Sydney", "Medvedev speaks in Moscow",
/// "Talks in Geneva". participants are canonical names (the last word is used); placeName may
/// be empty. Never holds a date or a headline.
QString composeTitle(const LeadHappening &what, const QStringList &participants,
                     const QString &placeName);

} // namespace summit
