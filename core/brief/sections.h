#pragma once

// The parts of the briefing's body, written in reading order so citation numbers follow it.
// Internal to core/brief.

#include "brief/doc_writer.h"

#include <functional>

class QPaintDevice;

namespace summit::brief {

/// Headings that must not end a page: their block numbers and the room (pt) they need below.
struct KeepWithNext
{
    int block = 0;
    qreal roomPt = 0;
};

/// "17 events in scope, 12 reported as news. The briefing cites ...": the figures the cover
/// and the summary share, counted from the content.
QString summaryFigures(const BriefContent &content);
/// Events in scope with one line each, then each side's position on the main topics.
int writeSummary(DocWriter &w, const BriefContent &content);
/// The timeline figure on its own page; returns the heading block.
int writeTimeline(DocWriter &w, const BriefContent &content, qreal width, qreal maxHeight, QPaintDevice *device);
/// One section per reported event; returns the heading block. After each section it calls
/// settle with the headings of that section that must not end a page.
int writeEvents(DocWriter &w, const BriefContent &content,
                const std::function<void(const QVector<KeepWithNext> &)> &settle);
/// The analyst's note in its own box: a rule on the left, a label and italic sans, so it can
/// never be read as the sources' words. Notes are user text and go in as plain text.
void writeAnalystNote(DocWriter &w, const QString &note, qreal leftIndentPt = 0);
/// "★" in the analyst's colour after the current run: the analyst starred this item.
void writeStar(DocWriter &w);
/// The starred and noted items in scope, each with what it is about and its date; returns the
/// heading block, or -1 when there are none (no section is written).
int writeAnalystSection(DocWriter &w, const BriefContent &content);
/// Every cited article in citation order; returns the heading block.
int writeSources(DocWriter &w, const CitationRegistry &citations);

} // namespace summit::brief
