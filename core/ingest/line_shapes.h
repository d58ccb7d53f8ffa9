#pragma once

#include <QString>
#include <QStringList>

namespace summit {

// Shape tests for one line of a page copy, used by the boilerplate classifier and the metadata
// finder. Each looks only at the characters of a short line (callers skip long blocks), so they
// are cheap, and none names a particular site: they describe kinds of page furniture.

/// Ends with . ! or ?, perhaps followed by closing quotes or brackets and spaces.
bool hasTerminalPunctuation(const QString &t);
/// True when `lower` starts with any of the prefixes.
bool startsWithAny(const QString &lower, const QStringList &prefixes);
/// "Skip to main content", "Skip to navigation", "The White House Skip Main Navigation": the
/// accessibility links at the top of a page, often glued to other header text.
bool isSkipLink(const QString &lower);
/// A run of CSS or icon identifiers left by a text copy ("icon bookmark-bicon share-icon"):
/// most tokens are lower-case hyphenated identifiers or the word "icon".
bool isIconRun(const QString &text);
/// A whole line in square brackets ("[an error occurred while processing this directive]"):
/// a server or template message, never article text.
bool isBracketedMessage(const QString &text);
/// A weather widget ("68° Good Afternoon", "Moscow 12°C"): a short line with a degree sign.
bool isWeatherWidget(const QString &text, int words);
/// A clock time on its own ("12:40 PM ET", "10:43 A.M. CDT"): a page stamp's second line.
bool isClockLine(const QString &text, int words);
/// "Home > News > Briefings", "World | Business | Sport": a breadcrumb trail or a menu row.
bool isBreadcrumb(const QString &text);
/// A numeric date ("07/27/2016", "27.07.2016", "2009/11/15"): it marks a stamp line; the
/// publication date is read from it only when its order is certain (numericDateReadings).
bool hasNumericDate(const QString &text);
/// Starts with a separator left by splitting "Headline - Site" ("- Site Name", "| Site").
bool startsWithSeparator(const QString &text);
/// Title case: most words of four or more letters start with a capital.
bool isTitleCase(const QString &text);
/// A page-age banner ("This article is more than N years old", "This page is archived").
bool isArchiveBanner(const QString &lower, int words);

} // namespace summit
