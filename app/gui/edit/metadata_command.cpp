#include "edit/metadata_command.h"

#include "edit/reanchor_hook.h"
#include "state/session.h"

namespace summit::gui {

MetadataCommand::MetadataCommand(Session &session, qint64 articleId,
                                 library::ArticleMetadata before, library::ArticleMetadata after)
    : m_session(session), m_articleId(articleId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QStringLiteral("Edit Metadata of “%1”").arg(m_after.title));
}

void MetadataCommand::redo()
{
    apply(m_after);
}

void MetadataCommand::undo()
{
    apply(m_before);
}

void MetadataCommand::apply(const library::ArticleMetadata &metadata)
{
    m_session.library().setMetadata(m_articleId, metadata);
    reanchorArticle(m_session.database(), m_articleId);
    m_session.reload();
}

} // namespace summit::gui
