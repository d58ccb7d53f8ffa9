// The export entry point: selection -> Library reads -> one writer per format -> file.
#include "export/record_export.h"

#include "export/csl_json.h"
#include "export/csv_writer.h"
#include "export/json_export.h"
#include "export/ris_writer.h"
#include "library/library.h"

#include <QSaveFile>

namespace summit::exporting {

namespace {

struct Name
{
    const char *text;
    int value;
};
const Name kKinds[] = {{"quotes", int(RecordKind::Quotes)},
                       {"events", int(RecordKind::Events)},
                       {"articles", int(RecordKind::Articles)},
                       {"citations", int(RecordKind::Citations)}};
const Name kFormats[] = {{"csv", int(ExportFormat::Csv)},
                         {"json", int(ExportFormat::Json)},
                         {"csl-json", int(ExportFormat::CslJson)},
                         {"ris", int(ExportFormat::Ris)}};

template<typename T, size_t N>
std::optional<T> named(const Name (&names)[N], const QString &text)
{
    for (const Name &n : names)
        if (text == QLatin1String(n.text))
            return T(n.value);
    return std::nullopt;
}

template<size_t N>
QString nameOf(const Name (&names)[N], int value)
{
    for (const Name &n : names)
        if (n.value == value)
            return QString::fromLatin1(n.text);
    return {};
}

/// The selected event's id, 0 when none is selected. Throws for a slug that names no event.
qint64 selectedEventId(const library::Library &library, const ExportSelection &selection)
{
    if (selection.eventSlug.isEmpty())
        return 0;
    for (const library::EventRecord &e : library.events())
        if (e.slug == selection.eventSlug)
            return e.id;
    throw ExportError(QStringLiteral("no event with the slug \"%1\"").arg(selection.eventSlug));
}

QVector<library::QuoteRecord> selectedQuotes(const library::Library &library, const ExportSelection &selection)
{
    const qint64 eventId = selectedEventId(library, selection);
    QVector<library::QuoteRecord> out;
    for (const library::QuoteRecord &q : library.quotes(selection.filter, false))
        if ((eventId == 0 || q.eventId == eventId) && (selection.articleId == 0 || q.articleId == selection.articleId))
            out << q;
    return out;
}

QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Citation ids come from the article's bytes, not from row ids: exporting the same article
// from another library, or after a re-import, gives the same id, so a reference manager
// recognises it. A quote adds its offset in the article's text.
QString articleCiteId(const library::CitedArticle &a)
{
    return QStringLiteral("summitline-%1").arg(a.sha256.left(16));
}

QVector<CitationItem> articleCitations(const library::Library &library, const ExportSelection &selection)
{
    QVector<CitationItem> out;
    for (const library::CitedArticle &a : library.citedArticles(selection.filter, selectedEventId(library, selection)))
        if (selection.articleId == 0 || a.id == selection.articleId)
            out << CitationItem{articleCiteId(a), a.title, a.outlet, a.byline,
                            a.published, a.url, {}, {}};
    return out;
}

QVector<CitationItem> quoteCitations(const library::Library &library, const ExportSelection &selection)
{
    // Bylines and addresses of every article in one query: reading each article whole (its
    // text and raw bytes) made a large quote export several times slower.
    QHash<qint64, library::CitedArticle> articles;
    for (const library::CitedArticle &a : library.citedArticles({}))
        articles.insert(a.id, a);
    QVector<CitationItem> out;
    for (const library::QuoteRecord &q : selectedQuotes(library, selection)) {
        const library::CitedArticle a = articles.value(q.articleId);
        out << CitationItem{QStringLiteral("%1-q%2").arg(articleCiteId(a)).arg(q.start), a.title, q.outlet, a.byline,
                            q.published, a.url, q.text, q.speaker};
    }
    return out;
}

} // namespace

std::optional<RecordKind> recordKindNamed(const QString &name) { return named<RecordKind>(kKinds, name); }
std::optional<ExportFormat> exportFormatNamed(const QString &name) { return named<ExportFormat>(kFormats, name); }
QString kindName(RecordKind kind) { return nameOf(kKinds, int(kind)); }
QString formatName(ExportFormat format) { return nameOf(kFormats, int(format)); }

QString formatExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Json:
    case ExportFormat::CslJson: return QStringLiteral("json");
    case ExportFormat::Ris: return QStringLiteral("ris");
    }
    return {};
}

bool formatFits(RecordKind kind, ExportFormat format)
{
    const bool citationFormat = format == ExportFormat::CslJson || format == ExportFormat::Ris;
    if (kind == RecordKind::Events)
        return !citationFormat;
    if (kind == RecordKind::Citations)
        return citationFormat;
    return true;
}

ExportTable quoteTable(const library::Library &library, const ExportSelection &selection)
{
    ExportTable t{{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("speaker"),
                   QStringLiteral("speaker_text"), QStringLiteral("text"), QStringLiteral("outlet"),
                   QStringLiteral("article_id"), QStringLiteral("article_title"), QStringLiteral("event"),
                   QStringLiteral("topics"), QStringLiteral("confidence")},
                  {}};
    for (const library::QuoteRecord &q : selectedQuotes(library, selection))
        t.rows << QVariantList{q.id,           date(q.published), text(q.speaker),         text(q.speakerText),
                               q.text,         text(q.outlet),    q.articleId,             text(q.articleTitle),
                               text(q.eventTitle), q.topics,      q.confidence};
    return t;
}

ExportTable eventTable(const library::Library &library, const ExportSelection &selection)
{
    ExportTable t{{QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("title"), QStringLiteral("kind"),
                   QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("granularity"),
                   QStringLiteral("place"), QStringLiteral("participants"), QStringLiteral("topics"),
                   QStringLiteral("origin"), QStringLiteral("articles"), QStringLiteral("quotes"),
                   QStringLiteral("independent_sources"), QStringLiteral("summary")},
                  {}};
    bool found = selection.eventSlug.isEmpty();
    for (const library::EventRecord &e : library.events()) {
        if (!selection.eventSlug.isEmpty() && e.slug != selection.eventSlug)
            continue;
        found = true;
        if (!selection.filter.matchesEvent(e))
            continue;
        t.rows << QVariantList{e.id,           e.slug,          e.title,           text(e.kind),
                               date(e.start),  date(e.end),     text(e.granularity), text(e.place),
                               e.participants, e.topics,        text(e.origin),    e.articleCount,
                               e.quoteCount,   e.sourceCount,   text(e.summary)};
    }
    if (!found)
        throw ExportError(QStringLiteral("no event with the slug \"%1\"").arg(selection.eventSlug));
    return t;
}

ExportTable articleTable(const library::Library &library, const ExportSelection &selection)
{
    ExportTable t{{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("outlet"), QStringLiteral("title"),
                   QStringLiteral("byline"), QStringLiteral("dateline"), QStringLiteral("url"),
                   QStringLiteral("source"), QStringLiteral("quotes")},
                  {}};
    for (const library::CitedArticle &a : library.citedArticles(selection.filter, selectedEventId(library, selection)))
        if (selection.articleId == 0 || a.id == selection.articleId)
            t.rows << QVariantList{a.id,          date(a.published), text(a.outlet), text(a.title), text(a.byline),
                               text(a.dateline), text(a.url),    a.source,       a.quoteCount};
    return t;
}

ExportedRecords renderRecords(const library::Library &library, RecordKind kind, ExportFormat format,
                              const ExportSelection &selection, const ExportOptions &options)
{
    if (!formatFits(kind, format))
        throw ExportError(QStringLiteral("%1 cannot be exported as %2").arg(kindName(kind), formatName(format)));
    if (format == ExportFormat::CslJson || format == ExportFormat::Ris) {
        const QVector<CitationItem> items =
            kind == RecordKind::Quotes ? quoteCitations(library, selection) : articleCitations(library, selection);
        return {format == ExportFormat::Ris ? toRis(items) : toCslJson(items), int(items.size())};
    }
    const ExportTable table = kind == RecordKind::Quotes   ? quoteTable(library, selection)
                              : kind == RecordKind::Events ? eventTable(library, selection)
                                                           : articleTable(library, selection);
    return {format == ExportFormat::Csv ? toCsv(table, options.byteOrderMark) : toJson(table), int(table.rows.size())};
}

void writeExportFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ExportError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw ExportError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace summit::exporting
