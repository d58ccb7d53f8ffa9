#pragma once

#include "ingest/importer.h"

#include <QDialog>

class QTableWidget;

namespace summit::gui {

/// Per-file outcome of an import: imported, duplicate, or failed and why.
class ImportResultsDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportResultsDialog(const QVector<FileResult> &results, bool cancelled, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace summit::gui
