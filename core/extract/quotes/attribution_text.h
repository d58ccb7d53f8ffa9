#pragma once

// Text helpers and rule names shared by the QuoteAttributor sources. Internal to
// core/extract/quotes.

#include "extract/text/words.h" // isWordChar, wordEnd: the one definition of a word

#include <QString>

namespace summit::attribution {

/// "continued to disagree", "is said to be": a verb followed by "to" does not report speech.
/// But "said to him," "said to the Kremlin's envoy" and "said to President Putin" name whom the
/// words were for: after "to" an object pronoun, a determiner or a capitalised word (text holds
/// the original case) starts no infinitive.
inline bool beforeInfinitive(const QString &folded, const QString &text, int verbEnd)
{
    const QStringView s(folded);
    if (s.mid(verbEnd, 4) != QLatin1String(" to "))
        return false;
    const int word = verbEnd + 4;
    if (word < text.size() && text[word].isUpper())
        return false;
    const QStringView next = s.mid(word, wordEnd(s, word, int(s.size())) - word);
    for (const char *w : {"me", "him", "her", "us", "them", "you", "the", "a", "an", "his", "their", "our", "my",
                          "your", "its"})
        if (next == QLatin1String(w))
            return false;
    return true;
}

/// "traveling", "interviewed", "choosing": a word of five letters or more ending in -ing or -ed,
/// taken for a participle opening a phrase (no part-of-speech tagger: a shape, not a parse).
inline bool looksLikeParticiple(QStringView foldedWord)
{
    return foldedWord.size() >= 5 && (foldedWord.endsWith(u"ing") || foldedWord.endsWith(u"ed"));
}

inline const QString kAfter = QStringLiteral("after");
inline const QString kBefore = QStringLiteral("before");
inline const QString kInverted = QStringLiteral("inverted");
inline const QString kMiddle = QStringLiteral("middle");
inline const QString kColon = QStringLiteral("before-colon");
inline const QString kDash = QStringLiteral("after-dash");
inline const QString kOrganisation = QStringLiteral("organisation");

inline bool isDash(QChar c) { return c == u'\u2014' || c == u'\u2013' || c == u'-'; }

/// Does the pronoun's gender fit a referent? "it" takes only organisations; he and she take a
/// person of their gender or of unknown gender (never an organisation).
inline bool genderFits(const QString &pronoun, const QString &referent)
{
    if (pronoun == kOrganisation)
        return referent == kOrganisation;
    if (pronoun.isEmpty()) // "the diplomat": any person
        return referent != kOrganisation;
    return referent.isEmpty() || referent == pronoun;
}

} // namespace summit::attribution
