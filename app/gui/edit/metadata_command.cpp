#include "edit/metadata_command.h"

#include "edit/reanchor_hook.h"
#include "state/session.h"

#include <QApplication>
#include <QMessageBox>

namespace summit::gui {

MetadataCommand::MetadataCommand(Session &session, qint64 articleId,
                                 library::ArticleMetadata before, library::ArticleMetadata after)
    : m_session(session), m_articleId(articleId), m_before(std::move(before)), m_after(std::move(after))
{
    // The undo action shows this text (and the toolbar button grows with it): a long headline
    // is cut short so the toolbar keeps its layout.
    constexpr int kTitleChars = 32;
    const QString title = m_after.title.size() > kTitleChars ? m_after.title.left(kTitleChars - 1).trimmed() + u'…'
                                                              : m_after.title;
    setText(QStringLiteral("Edit Metadata of “%1”").arg(title));
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
    try {
        m_session.library().setMetadata(m_articleId, metadata);
    } catch (const std::exception &e) {
        QMessageBox::warning(QApplication::activeWindow(), QStringLiteral("Edit Failed"),
                             QStringLiteral("The article could not be changed: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    const QString why = reanchorArticle(m_session.database(), m_articleId);
    m_session.reload();
    if (!why.isEmpty())
        QMessageBox::warning(QApplication::activeWindow(), QStringLiteral("Dates Not Updated"),
                             QStringLiteral("The change is saved, but dates in the article could not be "
                                            "re-read against the new date: %1")
                                 .arg(why));
}

} // namespace summit::gui
