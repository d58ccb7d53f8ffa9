#pragma once

#include "export/record_export.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace summit::library {
class Library;
}

namespace summit::gui {

/// Asks where to write one kind of record in one format, and whether to export only the
/// current view (filter and selected event) or everything; then writes the file.
/// Errors stay in the dialog (objectName "exportError") so the user can pick another file.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const library::Library &library, exporting::RecordKind kind, exporting::ExportFormat format,
                 const exporting::ExportSelection &current, QWidget *parent = nullptr);

    /// The file written by the last successful accept(), empty before.
    QString writtenPath() const { return m_written; }
    int writtenCount() const { return m_count; }

    void accept() override;

private:
    void choosePath();

    const library::Library &m_library;
    exporting::RecordKind m_kind;
    exporting::ExportFormat m_format;
    exporting::ExportSelection m_current;
    QRadioButton *m_onlyCurrent = nullptr;
    QCheckBox *m_bom = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_error = nullptr;
    QString m_written;
    int m_count = 0;
};

/// The app's entry point for record exports (File → Export, and context menus): opens the
/// dialog for kind and format over the current view, modal to parent. Returns the file
/// written, or an empty string when the user cancelled.
QString exportRecords(QWidget *parent, const library::Library &library, exporting::RecordKind kind,
                      exporting::ExportFormat format, const exporting::ExportSelection &current);

/// "Quotes as CSV", "Citations as RIS": the words menus and titles use.
QString exportTitle(exporting::RecordKind kind, exporting::ExportFormat format);

} // namespace summit::gui
