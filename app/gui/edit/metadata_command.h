#pragma once

#include "library/records.h"

#include <QUndoCommand>

namespace summit::gui {

class Session;

/// Changes an article's title, outlet and date. The change is written to the database at
/// once (so it survives a restart) and relative dates are re-anchored on the new date.
class MetadataCommand final : public QUndoCommand
{
public:
    MetadataCommand(Session &session, qint64 articleId, library::ArticleMetadata before,
                    library::ArticleMetadata after);

    void redo() override;
    void undo() override;

private:
    void apply(const library::ArticleMetadata &metadata);

    Session &m_session;
    qint64 m_articleId;
    library::ArticleMetadata m_before;
    library::ArticleMetadata m_after;
};

} // namespace summit::gui
