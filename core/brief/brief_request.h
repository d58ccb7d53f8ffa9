#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace summit::brief {

/// Paper the briefing is laid out for.
enum class Paper { A4, Letter };

/// "a4" or "letter" (case-insensitive); nullopt for anything else.
std::optional<Paper> paperFromName(const QString &name);
QString paperName(Paper paper);

/// What a briefing covers and how it is titled. Filters combine: an event is in scope when it
/// overlaps [from, to] (an invalid date leaves that end open) and, if any slugs or topics are
/// given, it is one of the slugs or carries one of the topics. No filter at all means every event.
struct BriefRequest
{
    QString title;
    QDate from;
    QDate to;
    QStringList eventSlugs;
    QStringList topics; ///< topic keys as in resources/knowledge/topics.json
    Paper paper = Paper::A4;
    QString author; ///< for the PDF's Author field; empty means "Summitline"
    /// Print the analyst's stars and notes (the user's own layer): notes beside the events and
    /// quotes they are about, a section listing them, and starred quotes preferred as key
    /// quotes. Off, the briefing is exactly what the sources say.
    bool includeNotes = true;

    /// The title to print: the given one, or a default naming the product.
    QString effectiveTitle() const;
};

} // namespace summit::brief
