#pragma once

#include <QString>

namespace summit {
class Database;
}

namespace summit::gui {

/// Re-runs extraction for one article after its metadata changed, so relative dates
/// ("last Sunday") re-anchor on the new publication date. Returns an empty string on
/// success, or why it failed in plain words (the metadata edit itself stands either way).
QString reanchorArticle(Database &db, qint64 articleId);

} // namespace summit::gui
