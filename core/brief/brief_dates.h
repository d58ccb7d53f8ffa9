#pragma once

#include <QDate>
#include <QString>

namespace summit::brief {

/// "6 April 2008", "5–6 April 2008", "30 June – 2 July 2007", "28 December 2007 – 2 January 2008".
/// Month names are English (the C locale) whatever the system locale, as the briefing text is English.
QString dateRangeText(QDate start, QDate end, bool shortMonths = false);
QString dateText(QDate date, bool shortMonths = false);

} // namespace summit::brief
