#pragma once

#include <QDate>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace summit {

class PeopleDirectory;

/// The dates on which every office a text gives a known person by title was held: "First Deputy
/// Prime Minister Medvedev" is true from 14 Nov 2005 to 6 May 2008, "U.S. President George W.
/// Bush" from 20 Jan 2001 to 20 Jan 2009, so a text naming both was written between 14 Nov 2005
/// and 6 May 2008. Used to settle the year of an undated page, never to override a stated date.
struct OfficeSpan
{
    QDate from;
    QDate to;             ///< inclusive; an office still held ends today (nothing is written later)
    QStringList evidence; ///< one entry per titled mention used: «First Deputy Prime Minister Medvedev» (2005-11-14 – 2008-05-06)
};

/// The span the text's titled mentions allow, or nothing when the text titles nobody the
/// directory knows or its titles cannot all be true at once. A title qualified as past
/// ("former President Putin", "then-President Putin", "ex-President") says nothing about when
/// the text was written and is skipped.
std::optional<OfficeSpan> officeSpan(const PeopleDirectory &people, QStringView text, QDate today);

} // namespace summit
