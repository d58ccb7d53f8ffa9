// summitline-cli export: the app's File → Export for scripts, with the same filter fields.
#include "cli_context.h"
#include "command_parser.h"
#include "export/record_export.h"
#include "library/library.h"
#include "store/database.h"

#include <QFile>

namespace summit::cli {

namespace {

/// Reads --from/--to; returns false (after the usage error) when the value is not a date.
bool dateOption(CommandParser &p, const QString &name, QDate *date, int *code)
{
    if (!p.parser.isSet(name))
        return true;
    *date = QDate::fromString(p.parser.value(name), Qt::ISODate);
    if (date->isValid())
        return true;
    *code = p.usageError(QStringLiteral("--%1 must be a date like 2008-04-06, not \"%2\"")
                             .arg(name, printable(p.parser.value(name))));
    return false;
}

} // namespace

int runExport(Context &c)
{
    CommandParser p(c,
                    QStringLiteral("export (quotes|events|articles|citations) --format csv|json|csl-json|ris "
                                   "[--from DATE] [--to DATE] [--event SLUG] [--speaker NAME] [--topic KEY] "
                                   "[--outlet NAME] [--bom] -o FILE"),
                    QStringLiteral(
                        "Exports quotes, events or articles as CSV or JSON, or citations as CSL-JSON or RIS for\n"
                        "Zotero and other reference managers: citations cite the articles, and quotes as csl-json\n"
                        "or ris cite each quote with its words and speaker in the note.\n\n"
                        "The filters are the app's. A quote passes by its speaker, outlet, article date and\n"
                        "topics; an event by its dates overlapping the range, its topics, participants and quoted\n"
                        "speakers; an article by its outlet, date, quoted speakers and topics. --event keeps the\n"
                        "records of one event. Without filters everything is exported. -o - writes to standard\n"
                        "output."));
    p.parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("quotes, events, articles or citations"));
    p.parser.addOption({QStringLiteral("format"),
                        QStringLiteral("csv or json (quotes, events, articles); csl-json or ris (quotes, articles, "
                                       "citations). Default: csv, or csl-json for citations."),
                        QStringLiteral("FORMAT")});
    p.parser.addOption({QStringLiteral("from"), QStringLiteral("From this date (inclusive)."), QStringLiteral("DATE")});
    p.parser.addOption({QStringLiteral("to"), QStringLiteral("Up to this date (inclusive)."), QStringLiteral("DATE")});
    p.parser.addOption({QStringLiteral("event"), QStringLiteral("Only records of this event."), QStringLiteral("SLUG")});
    p.parser.addOption({QStringLiteral("speaker"), QStringLiteral("Only this speaker (canonical name)."), QStringLiteral("NAME")});
    p.parser.addOption({QStringLiteral("topic"), QStringLiteral("Only this topic (key)."), QStringLiteral("KEY")});
    p.parser.addOption({QStringLiteral("outlet"), QStringLiteral("Only this outlet."), QStringLiteral("NAME")});
    p.parser.addOption({QStringLiteral("bom"), QStringLiteral("CSV: start with a UTF-8 byte order mark (for spreadsheets).")});
    p.parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write (- for standard output)."),
                        QStringLiteral("FILE")});
    if (const int code = p.parse(); code >= 0)
        return code;

    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() != 1)
        return p.usageError(QStringLiteral("say what to export: quotes, events, articles or citations"));
    const std::optional<exporting::RecordKind> kind = exporting::recordKindNamed(positional.first());
    if (!kind)
        return p.usageError(QStringLiteral("cannot export \"%1\": say quotes, events, articles or citations")
                                .arg(printable(positional.first())));
    std::optional<exporting::ExportFormat> format =
        *kind == exporting::RecordKind::Citations ? exporting::ExportFormat::CslJson : exporting::ExportFormat::Csv;
    if (p.parser.isSet(QStringLiteral("format"))) {
        format = exporting::exportFormatNamed(p.parser.value(QStringLiteral("format")));
        if (!format)
            return p.usageError(QStringLiteral("--format must be csv, json, csl-json or ris, not \"%1\"")
                                    .arg(printable(p.parser.value(QStringLiteral("format")))));
    }
    if (!exporting::formatFits(*kind, *format))
        return p.usageError(QStringLiteral("%1 cannot be exported as %2 (%3)")
                                .arg(exporting::kindName(*kind), exporting::formatName(*format),
                                     *kind == exporting::RecordKind::Citations
                                         ? QStringLiteral("citations are csl-json or ris")
                                         : QStringLiteral("events have no citation form")));
    if (p.parser.isSet(QStringLiteral("bom")) && *format != exporting::ExportFormat::Csv)
        return p.usageError(QStringLiteral("--bom applies to --format csv only"));
    const QString output = p.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return p.usageError(QStringLiteral("say where to write with -o FILE (or -o - for standard output)"));

    exporting::ExportSelection selection;
    int code = 2;
    if (!dateOption(p, QStringLiteral("from"), &selection.filter.from, &code)
        || !dateOption(p, QStringLiteral("to"), &selection.filter.to, &code))
        return code;
    if (selection.filter.from.isValid() && selection.filter.to.isValid() && selection.filter.from > selection.filter.to)
        return p.usageError(QStringLiteral("--from is after --to"));
    selection.filter.speaker = p.parser.value(QStringLiteral("speaker"));
    selection.filter.topic = p.parser.value(QStringLiteral("topic"));
    selection.filter.outlet = p.parser.value(QStringLiteral("outlet"));
    selection.eventSlug = p.parser.value(QStringLiteral("event"));

    auto db = c.open();
    if (!db)
        return 1;
    const library::Library lib(*db);
    exporting::ExportedRecords records;
    try {
        records = exporting::renderRecords(lib, *kind, *format, selection, {p.parser.isSet(QStringLiteral("bom"))});
    } catch (const exporting::ExportError &e) {
        // Only the selection can fail here (an unknown --event): an argument error.
        return p.usageError(QStringLiteral("--event: %1").arg(printable(e.message())));
    }
    const QString what = QStringLiteral("%1 %2").arg(records.count).arg(exporting::kindName(*kind));
    if (output == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(records.bytes) != records.bytes.size()) {
            c.err << "error: cannot write to standard output: " << stdoutFile.errorString() << "\n";
            return 1;
        }
        c.err << "exported " << what << "\n";
        return 0;
    }
    try {
        exporting::writeExportFile(output, records.bytes);
    } catch (const exporting::ExportError &e) {
        c.err << "error: " << printable(e.message()) << "\n";
        return 1;
    }
    c.out << "exported " << what << " (" << exporting::formatName(*format) << ") to " << printable(output) << "\n";
    return 0;
}

} // namespace summit::cli
