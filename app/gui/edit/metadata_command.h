#pragma once

#include "library/article_edits.h"

#include <QUndoCommand>

namespace summit::gui {

class Session;

/// Changes an article's title, outlet and date. redo() and undo() only write data: the edit
/// and the re-extraction it needs (relative dates re-anchor on the new date) commit together
/// in one transaction, and undo puts back the stored metadata exactly, date source included.
/// Build it with values already checked (MainWindow::applyMetadata); a failure while writing
/// leaves the database unchanged and is reported through Session::editFailed.
class MetadataCommand final : public QUndoCommand
{
public:
    MetadataCommand(Session &session, qint64 articleId, library::StoredMetadata before,
                    library::StoredMetadata after);

    void redo() override;
    void undo() override;

private:
    void apply(const library::StoredMetadata &metadata);

    Session &m_session;
    qint64 m_articleId;
    library::StoredMetadata m_before;
    library::StoredMetadata m_after;
};

/// The undo text's name for an article: its title, cut short so the toolbar keeps its layout.
QString shortTitle(const QString &title);

} // namespace summit::gui
