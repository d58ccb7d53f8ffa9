#include "export/export_dialog.h"

#include "library/library.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace summit::gui {

using exporting::ExportFormat;
using exporting::RecordKind;

namespace {

QString kindWords(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Quotes: return QStringLiteral("Quotes");
    case RecordKind::Events: return QStringLiteral("Events");
    case RecordKind::Articles: return QStringLiteral("Articles");
    case RecordKind::Citations: return QStringLiteral("Citations");
    }
    return {};
}

QString formatWords(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("CSV");
    case ExportFormat::Json: return QStringLiteral("JSON");
    case ExportFormat::CslJson: return QStringLiteral("CSL-JSON");
    case ExportFormat::Ris: return QStringLiteral("RIS");
    }
    return {};
}

QString describe(const library::Library &library, const exporting::ExportSelection &s)
{
    QStringList parts;
    if (!s.eventSlug.isEmpty()) {
        for (const library::EventRecord &e : library.events())
            if (e.slug == s.eventSlug)
                parts << QStringLiteral("event %1").arg(e.title);
    }
    if (!s.filter.isEmpty())
        parts << s.filter.describe();
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QString exportTitle(RecordKind kind, ExportFormat format)
{
    if (kind == RecordKind::Quotes && (format == ExportFormat::CslJson || format == ExportFormat::Ris))
        return QStringLiteral("Quote Citations as %1").arg(formatWords(format));
    return QStringLiteral("%1 as %2").arg(kindWords(kind), formatWords(format));
}

ExportDialog::ExportDialog(const library::Library &library, RecordKind kind, ExportFormat format,
                           const exporting::ExportSelection &current, QWidget *parent)
    : QDialog(parent), m_library(library), m_kind(kind), m_format(format), m_current(current)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(QStringLiteral("Export %1").arg(exportTitle(kind, format)));

    const QString view = describe(library, current);
    m_onlyCurrent = new QRadioButton(view.isEmpty() ? QStringLiteral("Only the current view (no filter is set)")
                                                    : QStringLiteral("Only the current view: %1").arg(view),
                                     this);
    m_onlyCurrent->setObjectName(QStringLiteral("exportScopeCurrent"));
    auto *everything = new QRadioButton(QStringLiteral("Everything in the library"), this);
    everything->setObjectName(QStringLiteral("exportScopeAll"));
    // The current view is the default: exporting what one is looking at is the common case.
    m_onlyCurrent->setChecked(!view.isEmpty());
    everything->setChecked(view.isEmpty());
    m_onlyCurrent->setEnabled(!view.isEmpty());

    m_bom = new QCheckBox(QStringLiteral("For spreadsheets (UTF-8 with BOM)"), this);
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_bom->setToolTip(QStringLiteral("Spreadsheet programs read the file as UTF-8 only when it starts with a byte order mark."));
    m_bom->setVisible(format == ExportFormat::Csv);

    // The documents folder when it exists (a fresh account may not have one), else home.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
    m_path = new QLineEdit(QDir(folder)
                               .filePath(QStringLiteral("summitline-%1.%2")
                                             .arg(exporting::kindName(kind), exporting::formatExtension(format))),
                           this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(380);
    auto *browse = new QPushButton(QStringLiteral("Choose…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::choosePath);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("exportSave"));
    buttons->button(QDialogButtonBox::Save)->setText(QStringLiteral("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *form = new QFormLayout;
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_onlyCurrent);
    scope->addWidget(everything);
    form->addRow(QStringLiteral("Records:"), scope);
    if (format == ExportFormat::Csv)
        form->addRow(QString(), m_bom);
    form->addRow(QStringLiteral("File:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ExportDialog::choosePath()
{
    const QString ext = exporting::formatExtension(m_format);
    const QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), m_path->text(), QStringLiteral("%1 (*.%2);;All files (*)").arg(formatWords(m_format), ext));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::accept()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_error->setText(QStringLiteral("Choose a file to write."));
        m_error->show();
        return;
    }
    const exporting::ExportSelection selection = m_onlyCurrent->isChecked() ? m_current : exporting::ExportSelection{};
    try {
        const exporting::ExportedRecords records =
            exporting::renderRecords(m_library, m_kind, m_format, selection, {m_bom->isChecked()});
        exporting::writeExportFile(path, records.bytes);
        m_written = path;
        m_count = records.count;
    } catch (const exporting::ExportError &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

QString exportRecords(QWidget *parent, const library::Library &library, RecordKind kind, ExportFormat format,
                      const exporting::ExportSelection &current)
{
    ExportDialog dialog(library, kind, format, current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.writtenPath();
}

} // namespace summit::gui
