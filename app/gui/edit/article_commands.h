#pragma once

#include "library/article_edits.h"

#include <QUndoCommand>

#include <optional>

namespace summit::gui {

class Session;

/// Deletes articles with every row that belongs to them; undo puts them back exactly (same ids,
/// quotes, links, search rows). The rows are read and deleted in redo() and restored in undo(),
/// each in one transaction; a failure leaves the data as it was and goes to Session::editFailed.
/// Push it for articles known to exist (MainWindow::deleteArticles checks).
class DeleteArticlesCommand final : public QUndoCommand
{
public:
    DeleteArticlesCommand(Session &session, QVector<qint64> articleIds, const QString &firstTitle);

    void redo() override;
    void undo() override;

private:
    Session &m_session;
    QVector<qint64> m_ids;
    QVector<library::ArticleSnapshot> m_deleted; ///< empty while the articles are in the library
};

/// Merges a duplicate into a primary article (library::mergeArticles), with the metadata the
/// user combined; undo brings the duplicate back and the primary's metadata as it was.
class MergeArticlesCommand final : public QUndoCommand
{
public:
    MergeArticlesCommand(Session &session, qint64 primaryId, qint64 duplicateId, library::StoredMetadata combined);

    void redo() override;
    void undo() override;

private:
    Session &m_session;
    qint64 m_primary;
    qint64 m_duplicate;
    library::StoredMetadata m_combined;
    std::optional<library::MergeRecord> m_merge; ///< set while merged
};

} // namespace summit::gui
