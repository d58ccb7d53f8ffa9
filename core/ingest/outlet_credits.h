#pragma once

#include <QString>
#include <QStringList>

namespace summit {

class DatelineParser;

// dp: the dateline rules, whose outlet words, generic words and agencies these read.

/// The holder of a copyright line ("© 2008 The Associated Press. All rights reserved." gives
/// "The Associated Press"), or empty.
QString copyrightHolder(const QString &text);
/// A short header line that is an outlet's name: one to four capitalised words, one of them a
/// generic outlet word from datelines.json ("BBC News", "The Moscow Times").
bool looksLikeOutletName(const DatelineParser &dp, const QString &text);
/// True when one of the words is neither an outlet word nor a section or function word.
bool hasDistinctiveWord(const DatelineParser &dp, const QStringList &words);
/// The agency a credit line names ("The Associated Press", "By Jane Doe, Agence France-Presse",
/// "Associated Press Writer"), as its outlet name; empty when none.
QString agencyInCredit(const DatelineParser &dp, const QString &line);
/// The agency credited at the end of a story ("... – AFP", "... (Reuters)"), or empty.
QString closingCredit(const DatelineParser &dp, const QString &para);

/// The last run of two to four capitalised words ending in an outlet word, or empty.
QString outletNameRun(const DatelineParser &dp, const QString &line);
/// The site's name beside a repeat of the headline ("NYT : Headline", "Headline | Site"), or empty.
QString siteBesideHeadline(const DatelineParser &dp, const QString &line, const QString &headline);
/// The capitalised words glued before a skip link ("Site Name Skip to content"), or empty.
QString siteBeforeSkipLink(const DatelineParser &dp, const QString &line);

/// A masthead or header line as a site name: "The Daily Ledger | Opinion" gives "The Daily
/// Ledger", "Ledger Editorials" gives "Ledger" (section words after the name go); empty unless
/// what is left is a capitalised name with a distinctive word.
QString siteNameInHeader(const DatelineParser &dp, const QString &line);
/// The paper a desk credit names: "Daily Ledger Foreign Staff", "Ledger Wire Services",
/// "DAILY LEDGER MOSCOW BUREAU" give the paper's name; empty otherwise (and for wire agencies,
/// which agencyInCredit reads).
QString deskOwner(const DatelineParser &dp, const QString &line);
/// The paper a repost credits: "Originally published in the Daily Ledger", "Reposting this
/// from the Daily Ledger because ...", a line "From the Daily Ledger"; empty otherwise.
QString repostCredit(const DatelineParser &dp, const QString &text);

} // namespace summit
