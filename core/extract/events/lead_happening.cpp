#include "extract/events/lead_happening.h"

namespace summit {

namespace {

constexpr int kLeadSentences = 3;
/// A future marker governs the happening word only from close by: "will meet", "is expected
/// to hold talks"; "Putin, who is expected to step down in May, met Bush" reports a meeting.
constexpr int kFutureReach = 4;

/// The last word of a canonical name ("George W. Bush" -> "Bush").
QString surname(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? trimmed : trimmed.mid(space + 1);
}

struct Phrase
{
    const char16_t *one;   ///< verb after one subject
    const char16_t *many;  ///< verb after two or more
    const char16_t *noun;  ///< title without people: "<noun> in <place>"
};

Phrase phraseOf(const QString &kind, bool planned)
{
    if (planned)
        return {u"announces plans", u"announce plans", u"Plans announced"};
    if (kind == u"call")
        return {u"makes a telephone call", u"speak by telephone", u"Telephone call"};
    if (kind == u"summit")
        return {u"attends a summit", u"meet at a summit", u"Summit"};
    if (kind == u"talks")
        return {u"holds talks", u"hold talks", u"Talks"};
    if (kind == u"meeting")
        return {u"holds a meeting", u"meet", u"Meeting"};
    if (kind == u"visit")
        return {u"visits", u"visit", u"Visit"};
    if (kind == u"speech")
        return {u"gives a speech", u"give speeches", u"Speech"};
    if (kind == u"interview")
        return {u"gives an interview", u"give interviews", u"Interview"};
    if (kind == u"press conference")
        return {u"holds a news conference", u"hold a news conference", u"News conference"};
    if (kind == u"signing")
        return {u"signs an agreement", u"sign an agreement", u"Signing"};
    if (kind == u"election")
        return {nullptr, nullptr, u"Election"};
    if (kind == u"announcement")
        return {u"makes an announcement", u"make an announcement", u"Announcement"};
    return {u"makes a statement", u"make statements", u"Statement"};
}

} // namespace

int leadLastSentence(const ArticleFacts &facts)
{
    int seen = 0;
    for (int s = 0; s < facts.sentences.size(); ++s) {
        const SentenceFacts &sentence = facts.sentences.at(s);
        if (sentence.body && sentence.endToken - sentence.firstToken >= 4 && ++seen == kLeadSentences)
            return s;
    }
    return int(facts.sentences.size()) - 1;
}

LeadHappening detectLeadHappening(const ArticleFacts &facts, const LinkingRules &rules)
{
    LeadHappening out;
    int seen = 0;
    for (const SentenceFacts &s : facts.sentences) {
        if (!s.body || s.endToken - s.firstToken < 4)
            continue; // a headline, stamp, kicker or stray label: not a sentence of the lead
        if (++seen > kLeadSentences)
            break;
        int bestRank = int(rules.detectKinds.size());
        int bestToken = -1;
        for (int t = s.firstToken; t < s.endToken; ++t) {
            const QString &w = facts.tokens.at(t).folded;
            int rank = rules.detectWordRank.value(w, bestRank);
            if (t + 1 < s.endToken)
                if (const auto it = rules.detectPairRank.constFind(w); it != rules.detectPairRank.constEnd())
                    for (const auto &[second, r] : *it)
                        if (r < rank && facts.tokens.at(t + 1).folded == second)
                            rank = r;
            if (rank < bestRank) {
                bestRank = rank;
                bestToken = t;
            }
        }
        if (bestToken < 0)
            continue;
        out.kind = rules.detectKinds.at(bestRank).first;
        out.sentence = int(&s - facts.sentences.constData());
        out.word = QString(facts.tokens.at(bestToken).folded.constData(), facts.tokens.at(bestToken).folded.size());
        // "will meet", "plans to visit": a marker before the word; "to meet ... next week", the
        // headline's future, puts the time after it.
        for (int t = s.firstToken; t < s.endToken; ++t) {
            const QString &w = facts.tokens.at(t).folded;
            if ((t < bestToken && t >= bestToken - kFutureReach && rules.futureMarkers.contains(w))
                || (t > bestToken && (w == u"next" || w == u"upcoming")))
                out.planned = true;
        }
        break;
    }
    return out;
}

QString composeTitle(const LeadHappening &what, const QStringList &participants,
                     const QString &placeName)
{
    const Phrase phrase = phraseOf(what.kind, what.planned);
    // Gatherings have two sides; a statement, a speech or an announcement has one speaker,
    // and an election no subject at all.
    const bool twoSided = !what.planned
                          && (what.kind == u"call" || what.kind == u"summit" || what.kind == u"talks"
                              || what.kind == u"meeting" || what.kind == u"signing");
    const int wanted = phrase.one == nullptr ? 0 : twoSided ? 2 : 1;
    QStringList names;
    for (const QString &p : participants) {
        if (names.size() >= wanted)
            break;
        const QString s = surname(p);
        if (!s.isEmpty() && !names.contains(s))
            names.append(s);
    }
    QString title;
    if (names.isEmpty())
        title = QString::fromUtf16(phrase.noun);
    else if (names.size() == 1)
        title = names.first() + QLatin1Char(' ') + QString::fromUtf16(phrase.one);
    else
        title = names.at(0) + QStringLiteral(" and ") + names.at(1) + QLatin1Char(' ')
                + QString::fromUtf16(phrase.many);
    if (!placeName.isEmpty())
        title += QStringLiteral(" in ") + placeName;
    return title;
}

} // namespace summit
