#include "edit/metadata_command.h"

#include "state/session.h"
#include "store/database.h"

namespace summit::gui {

QString shortTitle(const QString &title)
{
    // The undo action shows this text (and the toolbar button grows with it).
    constexpr int kTitleChars = 32;
    return title.size() > kTitleChars ? title.left(kTitleChars - 1).trimmed() + u'…' : title;
}

MetadataCommand::MetadataCommand(Session &session, qint64 articleId, library::StoredMetadata before,
                                 library::StoredMetadata after)
    : m_session(session), m_articleId(articleId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QStringLiteral("Edit Metadata of “%1”").arg(shortTitle(m_after.title)));
}

void MetadataCommand::redo()
{
    apply(m_after);
}

void MetadataCommand::undo()
{
    apply(m_before);
}

void MetadataCommand::apply(const library::StoredMetadata &metadata)
{
    try {
        library::writeMetadata(m_session.database(), m_articleId, metadata);
    } catch (const std::exception &e) { // any failure rolled the transaction back
        m_session.reportEditFailure(text(), QString::fromUtf8(e.what()));
    }
    m_session.reload();
}

} // namespace summit::gui
