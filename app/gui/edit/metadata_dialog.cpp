#include "edit/metadata_dialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace summit::gui {

MetadataDialog::MetadataDialog(const library::ArticleMetadata &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("metadataDialog"));
    setWindowTitle(QStringLiteral("Article Metadata"));
    m_title = new QLineEdit(current.title, this);
    m_title->setObjectName(QStringLiteral("metadataTitle"));
    m_outlet = new QLineEdit(current.outlet, this);
    m_outlet->setObjectName(QStringLiteral("metadataOutlet"));
    m_date = new QDateEdit(current.published.isValid() ? current.published : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("metadataDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *form = new QFormLayout(this);
    form->addRow(QStringLiteral("&Title:"), m_title);
    form->addRow(QStringLiteral("&Outlet:"), m_outlet);
    form->addRow(QStringLiteral("&Published:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(520, sizeHint().height());
}

library::ArticleMetadata MetadataDialog::metadata() const
{
    return {m_title->text().trimmed(), m_outlet->text().trimmed(), m_date->date()};
}

} // namespace summit::gui
