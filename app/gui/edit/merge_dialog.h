#pragma once

#include "library/article_edits.h"

#include <QDialog>

class QComboBox;

namespace summit::gui {

/// Merges two copies of one story: which article to keep, and for title, outlet and date
/// which copy's value the kept article takes. The other article leaves the library (undo
/// brings it back).
class MergeDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Side
    {
        qint64 id = 0;
        QString source; ///< file name, to tell two equal titles apart
        library::StoredMetadata metadata;
    };
    MergeDialog(Side first, Side second, QWidget *parent = nullptr);

    qint64 primaryId() const;
    qint64 duplicateId() const;
    /// The kept article's metadata: each field with its own provenance (date source, title mark).
    library::StoredMetadata combined() const;

private:
    Side m_sides[2];
    QComboBox *m_keep = nullptr;
    QComboBox *m_title = nullptr;
    QComboBox *m_outlet = nullptr;
    QComboBox *m_date = nullptr;
};

} // namespace summit::gui
