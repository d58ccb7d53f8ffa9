#pragma once

#include "extract/entities/place_gazetteer.h"
#include "extract/people/people_directory.h"
#include "extract/quotes/quote_rules.h"
#include "model/extraction.h"

namespace summit {

/// Finds quotations in an article and attributes each one to a speaker.
///
/// Marks: straight, curly, doubled-single (''...''), guillemets and German/Polish low-high quotes;
/// a quote that runs on over paragraphs (no closing mark, reopened in the next paragraph) is one
/// Quote whose text joins the paragraph segments with "\n". Attribution rules (see
/// docs/extraction/QUOTES.md): after the quote ("...," Hadley said), inverted (said Putin),
/// before it (Lavrov said that "..."), in the middle of a split quote, through a pronoun to the
/// latest sentence subject of matching gender, through a date-resolved title ("the Russian
/// president"), to an unnamed source ("a Kremlin source" -> "Kremlin source (unnamed)"), by
/// continuation in the same or the next paragraph, and by transcript labels ("PRESIDENT BUSH:").
/// A quote whose speaker is unclear keeps an empty speaker: the finder never guesses.
///
/// Stateless after construction and safe to share between threads.
class QuoteFinder final
{
public:
    /// places: a capitalised place name ("Sochi") is never read as a person's name.
    QuoteFinder(const PeopleDirectory &people, const QuoteRules &rules, const PlaceGazetteer &places)
        : m_people(people), m_rules(rules), m_places(places)
    {
    }
    Q_DISABLE_COPY_MOVE(QuoteFinder)

    /// Quotes in text order. Uses article.published to resolve titles; without a date titles
    /// stay unresolved. Offsets are UTF-16 units into article.text.
    QVector<Quote> find(const ArticleText &article) const;

private:
    const PeopleDirectory &m_people;
    const QuoteRules &m_rules;
    const PlaceGazetteer &m_places;
};

} // namespace summit
