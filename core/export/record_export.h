#pragma once

#include "export/export_table.h"
#include "library/library_filter.h"

#include <QByteArray>

#include <optional>

namespace summit::library {
class Library;
}

namespace summit::exporting {

/// What to export. Citations are the filtered articles as references.
enum class RecordKind { Quotes, Events, Articles, Citations };
/// How to write it. CSL-JSON and RIS are citation formats: quotes (one reference per quote,
/// its words in the note), articles and citations; events have no citation form.
enum class ExportFormat { Csv, Json, CslJson, Ris };

std::optional<RecordKind> recordKindNamed(const QString &name);     ///< "quotes", "events", ...
std::optional<ExportFormat> exportFormatNamed(const QString &name); ///< "csv", "json", "csl-json", "ris"
QString formatName(ExportFormat format);
QString kindName(RecordKind kind);
/// The file name extension that fits the format ("csv", "json", "ris").
QString formatExtension(ExportFormat format);
bool formatFits(RecordKind kind, ExportFormat format);

/// The view to export: the app's filter, and optionally one event (its slug) and one article
/// (a right-click on it) the records must belong to. An empty selection exports everything.
/// The article narrows quotes, articles and citations; events ignore it.
struct ExportSelection
{
    library::LibraryFilter filter;
    QString eventSlug;
    qint64 articleId = 0;
};

struct ExportOptions
{
    bool byteOrderMark = false; ///< CSV only: for spreadsheet programs
};

/// The file's bytes and how many records they hold.
struct ExportedRecords
{
    QByteArray bytes;
    int count = 0;
};

/// Reads the selected records through the Library and writes them in the format.
/// Throws ExportError for an unknown event slug or a format that does not fit the kind.
ExportedRecords renderRecords(const library::Library &library, RecordKind kind, ExportFormat format,
                              const ExportSelection &selection, const ExportOptions &options = {});

/// The tables behind CSV and JSON (exposed for tests and for other views' exports).
ExportTable quoteTable(const library::Library &library, const ExportSelection &selection);
ExportTable eventTable(const library::Library &library, const ExportSelection &selection);
ExportTable articleTable(const library::Library &library, const ExportSelection &selection);

/// Writes bytes to path atomically (QSaveFile: the old file stays whole on failure).
/// Throws ExportError naming the file and the reason.
void writeExportFile(const QString &path, const QByteArray &bytes);

} // namespace summit::exporting
