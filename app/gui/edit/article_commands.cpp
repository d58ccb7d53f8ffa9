#include "edit/article_commands.h"

#include "edit/metadata_command.h"
#include "state/session.h"
#include "store/database.h"

namespace summit::gui {

DeleteArticlesCommand::DeleteArticlesCommand(Session &session, QVector<qint64> articleIds, const QString &firstTitle)
    : m_session(session), m_ids(std::move(articleIds))
{
    setText(m_ids.size() == 1 ? QStringLiteral("Delete “%1”").arg(shortTitle(firstTitle))
                              : QStringLiteral("Delete %1 Articles").arg(m_ids.size()));
}

void DeleteArticlesCommand::redo()
{
    try {
        m_deleted = library::deleteArticles(m_session.database(), m_ids);
    } catch (const std::exception &e) { // any failure rolled the transaction back
        m_session.reportEditFailure(text(), QString::fromUtf8(e.what()));
    }
    m_session.reload();
}

void DeleteArticlesCommand::undo()
{
    try {
        library::restoreArticles(m_session.database(), m_deleted);
        m_deleted.clear();
    } catch (const std::exception &e) {
        m_session.reportEditFailure(QStringLiteral("Undo ") + text(), QString::fromUtf8(e.what()));
    }
    m_session.reload();
}

MergeArticlesCommand::MergeArticlesCommand(Session &session, qint64 primaryId, qint64 duplicateId,
                                           library::StoredMetadata combined)
    : m_session(session), m_primary(primaryId), m_duplicate(duplicateId), m_combined(std::move(combined))
{
    setText(QStringLiteral("Merge into “%1”").arg(shortTitle(m_combined.title)));
}

void MergeArticlesCommand::redo()
{
    try {
        m_merge = library::mergeArticles(m_session.database(), m_primary, m_duplicate, m_combined);
    } catch (const std::exception &e) { // any failure rolled the transaction back
        m_session.reportEditFailure(text(), QString::fromUtf8(e.what()));
    }
    m_session.reload();
}

void MergeArticlesCommand::undo()
{
    if (!m_merge)
        return; // the merge itself failed and was reported: nothing to take back
    try {
        library::unmergeArticles(m_session.database(), *m_merge);
        m_merge.reset();
    } catch (const std::exception &e) {
        m_session.reportEditFailure(QStringLiteral("Undo ") + text(), QString::fromUtf8(e.what()));
    }
    m_session.reload();
}

} // namespace summit::gui
