#include "import/import_results_dialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace summit::gui {

ImportResultsDialog::ImportResultsDialog(const QVector<FileResult> &results, bool cancelled,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importResults"));
    setWindowTitle(QStringLiteral("Import Results"));
    int imported = 0;
    int duplicates = 0;
    int failed = 0;
    for (const auto &r : results) {
        imported += r.status == FileResult::Status::Imported;
        duplicates += r.status == FileResult::Status::Duplicate;
        failed += r.status == FileResult::Status::Failed;
    }
    auto *summary = new QLabel(QStringLiteral("%1 imported, %2 already in the library, %3 failed%4.")
                                   .arg(imported)
                                   .arg(duplicates)
                                   .arg(failed)
                                   .arg(cancelled ? QStringLiteral(" (cancelled before the end)")
                                                  : QString()),
                               this);
    summary->setObjectName(QStringLiteral("importSummary"));
    m_table = new QTableWidget(int(results.size()), 3, this);
    m_table->setObjectName(QStringLiteral("importResultsTable"));
    m_table->setAccessibleName(QStringLiteral("Import results per file"));
    m_table->setHorizontalHeaderLabels(
        {QStringLiteral("File"), QStringLiteral("Result"), QStringLiteral("Details")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int i = 0; i < results.size(); ++i) {
        const auto &r = results.at(i);
        auto *file = new QTableWidgetItem(QFileInfo(r.path).fileName());
        file->setToolTip(r.path);
        m_table->setItem(i, 0, file);
        m_table->setItem(i, 1, new QTableWidgetItem(FileResult::statusName(r.status)));
        QString details = r.message;
        if (details.isEmpty() && !r.warnings.isEmpty())
            details = r.warnings.join(QStringLiteral("; "));
        m_table->setItem(i, 2, new QTableWidgetItem(details));
        m_table->item(i, 2)->setToolTip(details);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 260)); // full path in the tooltip
    // The reason is the point of this dialog: wrap it over as many lines as it needs rather
    // than cut it off with an ellipsis.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace summit::gui
