#pragma once

#include <QtGlobal>

namespace summit {
class Database;
}

namespace summit::gui {

/// HOOK FOR THE LEAD: re-runs extraction for one article after its metadata changed, so
/// relative dates ("last Sunday") re-anchor on the new publication date. It forwards to the
/// core's single-article re-extraction; see reanchor_hook.cpp.
void reanchorArticle(Database &db, qint64 articleId);

} // namespace summit::gui
