#pragma once

#include "extract/people/people_directory.h"
#include "extract/quotes/quote_rules.h"
#include "model/text_span.h"

#include <QDate>
#include <QVector>

namespace summit {

/// How a speaker candidate is named in the text.
enum class MentionKind { Name, Descriptor, Unnamed, Organisation, Pronoun };

/// A phrase outside quotation marks that can name a speaker.
struct SpeakerMention
{
    int start = 0;
    int end = 0;
    MentionKind kind = MentionKind::Name;
    QString speaker; ///< canonical name, unnamed-source name, or empty (pronoun, unresolved title)
    QString gender;  ///< "male", "female", "organisation" (also for "it"), or empty when unknown
    bool possessive = false; ///< followed by 's: "Putin's offer" names Putin but not as a subject
    bool listed = true;      ///< a Name from people.json; false for a name read from the text's shape
    QString titleKey;        ///< a bare title resolved by the people named before it ("president")
};

class NameRegistry;

/// Finds speaker mentions in text outside the excluded ranges (quoted words, transcript turns).
/// Descriptors are resolved by date; a bare title ("the defense minister") resolves only when
/// exactly one of its holders was already named in the article. A definite unnamed source
/// ("the official") takes the name of an earlier one with the same head noun.
class SpeakerMentionScanner final
{
public:
    SpeakerMentionScanner(const PeopleDirectory &people, const QuoteRules &rules)
        : m_people(people), m_rules(rules)
    {
    }

    /// excluded must be sorted and disjoint; folded is PeopleDirectory::fold(text).
    /// names: the article's name registry; names outside people.json are read from it.
    QVector<SpeakerMention> scan(const QString &text, const QString &folded,
                                 const QVector<TextSpan> &excluded, QDate published,
                                 const NameRegistry &names) const;

private:
    /// Is the capital at [start, end) the subject of a speech verb ("Moscow warned")?
    bool seatSpeaks(const QString &text, const QString &folded, int start, int end) const;
    /// Clears a bare title's speaker where the article told the title apart from that person.
    static void keepTitlesApartFromOthers(const QString &text, QVector<SpeakerMention> &mentions);

    const PeopleDirectory &m_people;
    const QuoteRules &m_rules;
};

} // namespace summit
