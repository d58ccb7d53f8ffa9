#pragma once

#include "library/records.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace summit::gui {

/// Edits title, outlet and publication date of one article.
class MetadataDialog final : public QDialog
{
    Q_OBJECT
public:
    MetadataDialog(const library::ArticleMetadata &current, QWidget *parent = nullptr);
    library::ArticleMetadata metadata() const;

private:
    QLineEdit *m_title = nullptr;
    QLineEdit *m_outlet = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace summit::gui
