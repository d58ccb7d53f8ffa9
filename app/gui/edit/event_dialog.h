#pragma once

#include "library/annotations.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace summit::gui {

/// New Event… and Edit Event…: title, start and end date, precision, place, participants,
/// kind and description. OK stays disabled while the fields cannot be an event, and the
/// reason shows under the form (the rule is the core's eventFieldsProblem).
class EventDialog final : public QDialog
{
    Q_OBJECT
public:
    EventDialog(const library::EventFields &current, bool isNew, QWidget *parent = nullptr);
    library::EventFields fields() const;

private:
    void check();

    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_end = nullptr;
    QComboBox *m_precision = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_participants = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace summit::gui
