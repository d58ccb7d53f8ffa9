#include "edit/merge_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace summit::gui {

namespace {
QComboBox *choice(QWidget *parent, const QString &name, const QString &first, const QString &second)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItems({first, second});
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(40);
    return box;
}

QString dateText(const library::StoredMetadata &m)
{
    return m.published.isEmpty() ? QStringLiteral("(needs a date)")
                                 : QStringLiteral("%1 (from %2)").arg(m.published, m.publishedSource);
}
} // namespace

MergeDialog::MergeDialog(Side first, Side second, QWidget *parent) : QDialog(parent), m_sides{first, second}
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(QStringLiteral("Merge Duplicate Articles"));
    const library::StoredMetadata &a = first.metadata;
    const library::StoredMetadata &b = second.metadata;
    m_keep = choice(this, QStringLiteral("mergeKeep"), QStringLiteral("%1 — %2").arg(a.title, first.source),
                    QStringLiteral("%1 — %2").arg(b.title, second.source));
    m_title = choice(this, QStringLiteral("mergeTitle"), a.title, b.title);
    m_outlet = choice(this, QStringLiteral("mergeOutlet"), a.outlet, b.outlet);
    m_date = choice(this, QStringLiteral("mergeDate"), dateText(a), dateText(b));
    // A found date beats a missing one by default.
    if (a.published.isEmpty() && !b.published.isEmpty())
        m_date->setCurrentIndex(1);
    connect(m_keep, &QComboBox::currentIndexChanged, this, [this](int keep) {
        m_title->setCurrentIndex(keep);
        m_outlet->setCurrentIndex(keep);
        if (!m_sides[keep].metadata.published.isEmpty())
            m_date->setCurrentIndex(keep);
    });

    auto *why = new QLabel(QStringLiteral("Both articles tell the same story. The one you keep stays in the library "
                                          "with the title, outlet and date chosen below; the other is removed, with "
                                          "its quotes and links. Edit ▸ Undo brings it back."),
                           this);
    why->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(QStringLiteral("&Merge"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("mergeAccept"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(why);
    form->addRow(QStringLiteral("&Keep:"), m_keep);
    form->addRow(QStringLiteral("&Title:"), m_title);
    form->addRow(QStringLiteral("&Outlet:"), m_outlet);
    form->addRow(QStringLiteral("&Date:"), m_date);
    form->addRow(buttons);
}

qint64 MergeDialog::primaryId() const
{
    return m_sides[m_keep->currentIndex()].id;
}

qint64 MergeDialog::duplicateId() const
{
    return m_sides[1 - m_keep->currentIndex()].id;
}

library::StoredMetadata MergeDialog::combined() const
{
    const library::StoredMetadata &title = m_sides[m_title->currentIndex()].metadata;
    const library::StoredMetadata &date = m_sides[m_date->currentIndex()].metadata;
    library::StoredMetadata out;
    out.title = title.title;
    out.titleIsFileName = title.titleIsFileName;
    out.outlet = m_sides[m_outlet->currentIndex()].metadata.outlet;
    out.published = date.published;
    out.publishedSource = date.publishedSource;
    return out;
}

} // namespace summit::gui
