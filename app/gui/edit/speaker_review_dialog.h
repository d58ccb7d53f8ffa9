#pragma once

#include "library/records.h"

#include <QDialog>

class QButtonGroup;
class QLineEdit;
class QPushButton;

namespace summit::gui {

/// Review Speaker…: accept the quote's speaker, pick one of the alternatives extraction
/// weighed, or type another name. The review trail of the quote (who changed what, when)
/// shows below the choices.
class SpeakerReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    SpeakerReviewDialog(const library::QuoteRecord &quote, const QVector<library::SpeakerCorrection> &trail,
                        QWidget *parent = nullptr);
    /// The chosen speaker; empty means "unknown".
    QString speaker() const;

private:
    void check();

    QButtonGroup *m_choices = nullptr;
    QLineEdit *m_typed = nullptr;
    QStringList m_names; ///< the name of each choice, by button id; the last id is "another"
    QPushButton *m_ok = nullptr;
};

} // namespace summit::gui
