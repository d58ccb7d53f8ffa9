#pragma once

#include "brief/brief_content.h"
#include "brief/brief_knowledge.h"

namespace summit {
class Database;
}

namespace summit::brief {

/// Gathers everything a briefing shows from the store, in date order. Throws BriefError when
/// the request names an unknown event or topic or has from > to, and StoreError on SQL trouble.
BriefContent loadBriefContent(Database &db, const BriefRequest &request,
                              const SideDirectory &sides = SideDirectory::bundled());

/// One line describing the request ("Events from 1 July 2007 to 6 April 2008; topics: Iran").
QString describeScope(const BriefRequest &request, const QVector<EventBrief> &namedEvents);

} // namespace summit::brief
