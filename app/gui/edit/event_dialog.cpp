#include "edit/event_dialog.h"

#include "library/user_edits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace summit::gui {

namespace {

QDateEdit *dateEdit(QWidget *parent, const QString &name, QDate date)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate(2008, 1, 1), parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

EventDialog::EventDialog(const library::EventFields &current, bool isNew, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(isNew ? QStringLiteral("New Event") : QStringLiteral("Edit Event"));
    m_title = new QLineEdit(current.title, this);
    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("eventKind"));
    m_kind->setEditable(true); // the catalog's kinds, or the user's own word
    m_kind->addItems({QStringLiteral("summit"), QStringLiteral("ministerial talks"), QStringLiteral("announcement"),
                      QStringLiteral("milestone"), QStringLiteral("phone call")});
    m_kind->setCurrentText(current.kind.isEmpty() ? QStringLiteral("summit") : current.kind);
    m_start = dateEdit(this, QStringLiteral("eventStart"), current.start);
    m_hasEnd = new QCheckBox(QStringLiteral("Ends on"), this);
    m_hasEnd->setObjectName(QStringLiteral("eventHasEnd"));
    m_hasEnd->setChecked(current.end.isValid() && current.end != current.start);
    m_end = dateEdit(this, QStringLiteral("eventEnd"), current.end.isValid() ? current.end : current.start);
    m_end->setEnabled(m_hasEnd->isChecked());
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("eventPrecision"));
    m_precision->addItems(library::eventGranularities());
    if (!current.granularity.isEmpty() && m_precision->findText(current.granularity) < 0)
        m_precision->addItem(current.granularity); // kept as extraction wrote it
    m_precision->setCurrentText(current.granularity.isEmpty() ? QStringLiteral("day") : current.granularity);
    m_place = new QLineEdit(current.place, this);
    m_place->setObjectName(QStringLiteral("eventPlace"));
    m_participants = new QLineEdit(current.participants.join(QStringLiteral(", ")), this);
    m_participants->setObjectName(QStringLiteral("eventParticipants"));
    m_participants->setPlaceholderText(QStringLiteral("Names, separated by commas"));
    m_description = new QPlainTextEdit(current.summary, this);
    m_description->setObjectName(QStringLiteral("eventDescription"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("eventProblem"));
    m_problem->setWordWrap(true);

    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);
    auto *form = new QFormLayout(this);
    form->addRow(QStringLiteral("&Title:"), m_title);
    form->addRow(QStringLiteral("&Kind:"), m_kind);
    form->addRow(QStringLiteral("&Start:"), m_start);
    form->addRow(QString(), endRow);
    form->addRow(QStringLiteral("P&recision:"), m_precision);
    form->addRow(QStringLiteral("&Place:"), m_place);
    form->addRow(QStringLiteral("P&articipants:"), m_participants);
    form->addRow(QStringLiteral("&Description:"), m_description);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, this, &EventDialog::check);
    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::check);
    connect(m_kind, &QComboBox::currentTextChanged, this, &EventDialog::check);
    connect(m_start, &QDateEdit::dateChanged, this, &EventDialog::check);
    connect(m_end, &QDateEdit::dateChanged, this, &EventDialog::check);
    check();
    resize(520, sizeHint().height());
}

library::EventFields EventDialog::fields() const
{
    library::EventFields f;
    f.title = m_title->text().trimmed();
    f.kind = m_kind->currentText().trimmed();
    f.start = m_start->date();
    f.end = m_hasEnd->isChecked() ? m_end->date() : m_start->date();
    f.granularity = m_precision->currentText();
    f.place = m_place->text().trimmed();
    for (const QString &name : m_participants->text().split(u','))
        if (!name.trimmed().isEmpty())
            f.participants << name.trimmed();
    f.summary = m_description->toPlainText().trimmed();
    return f;
}

void EventDialog::check()
{
    const QString why = library::eventFieldsProblem(fields());
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
}

} // namespace summit::gui
