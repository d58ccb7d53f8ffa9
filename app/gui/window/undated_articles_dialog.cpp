#include "window/undated_articles_dialog.h"

#include "library/library.h"
#include "panels/html_delegate.h"
#include "state/session.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace summit::gui {

namespace {
constexpr int kArticleRole = Qt::UserRole + 1;
}

UndatedArticlesDialog::UndatedArticlesDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("undatedArticlesDialog"));
    setWindowTitle(QStringLiteral("Articles Needing a Date"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("undatedList"));
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegate(new HtmlDelegate(m_list));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_edit = buttons->addButton(QStringLiteral("Set Date…"), QDialogButtonBox::ActionRole);
    m_edit->setObjectName(QStringLiteral("setDateButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 380);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, &UndatedArticlesDialog::requestEdit);
    connect(m_list, &QListWidget::itemActivated, this, &UndatedArticlesDialog::requestEdit);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_edit->setEnabled(row >= 0); });
    connect(&m_session, &Session::dataReloaded, this, &UndatedArticlesDialog::refresh);
    refresh();
}

int UndatedArticlesDialog::rowCount() const
{
    return m_list->count();
}

void UndatedArticlesDialog::refresh()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(kArticleRole).toLongLong() : 0;
    m_list->clear();
    const QVector<library::UndatedArticle> undated = m_session.library().articlesNeedingDate();
    for (const library::UndatedArticle &a : undated) {
        const QString where = a.outlet.isEmpty() ? a.source : a.outlet + QStringLiteral(" · ") + a.source;
        auto *item = new QListWidgetItem(a.title + QStringLiteral(" (") + where + QStringLiteral(")"), m_list);
        item->setData(HtmlDelegate::kHtmlRole,
                      QStringLiteral("<b>%1</b><br><span style='color:gray'>%2</span>")
                          .arg(a.title.toHtmlEscaped(), where.toHtmlEscaped()));
        item->setData(kArticleRole, a.id);
        item->setToolTip(QStringLiteral("No publication date could be found or trusted in %1").arg(a.source));
        if (a.id == current)
            m_list->setCurrentItem(item);
    }
    m_summary->setText(undated.isEmpty()
                           ? QStringLiteral("Every article has a publication date.")
                           : QStringLiteral("%1 article%2 had no date Summitline could trust, so %3 off the timeline "
                                            "and relative dates in %4 stay unresolved. Choose one and set its date.")
                                 .arg(undated.size())
                                 .arg(undated.size() == 1 ? QString() : QStringLiteral("s"))
                                 .arg(undated.size() == 1 ? QStringLiteral("it is") : QStringLiteral("they are"))
                                 .arg(undated.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
    m_edit->setEnabled(m_list->currentRow() >= 0);
}

void UndatedArticlesDialog::requestEdit()
{
    if (const QListWidgetItem *item = m_list->currentItem())
        Q_EMIT editRequested(item->data(kArticleRole).toLongLong());
}

} // namespace summit::gui
