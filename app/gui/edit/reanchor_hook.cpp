#include "edit/reanchor_hook.h"

#include "ingest/reextract.h"

namespace summit::gui {

QString reanchorArticle(Database &db, qint64 articleId)
{
    try {
        reextractArticle(db, articleId);
        return {};
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
}

} // namespace summit::gui
