#pragma once

#include "ingest/prepared_article.h"

#include <QDate>

namespace summit {

class PeopleDirectory;

/// The last step of the publication-date choice (docs/EXTRACTION.md): an undated page whose
/// dateline names its day and whose lead names that day's weekday ("MOSCOW, March 3 ... on
/// Monday") but whose text names no year that fits, takes the one year in which that day fell on
/// that weekday while every office the text gives a known person was held ("First Deputy Prime
/// Minister Medvedev": 2005-11-14 to 2008-05-06, so 3 March 2008). Nothing is set when no year
/// or more than one fits. The date is marked "inferred", with its evidence, and the page's
/// "needs a date" warning goes. A date the page inferred from a year it names is checked the same
/// way: when the offices rule it out it is taken back, with a warning saying why. Returns true
/// when it set the date.
bool settleDateClue(PreparedArticle &a, const PeopleDirectory &people, QDate today = QDate::currentDate());

} // namespace summit
