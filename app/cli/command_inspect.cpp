#include "cli_context.h"
#include "command_parser.h"
#include "extract/knowledge.h"
#include "ingest/date_clue.h"
#include "ingest/prepared_article.h"

#include <QJsonObject>

namespace summit::cli {

// The debug view of the import pipeline: every paragraph with its kind, every sentence, and
// every removed block with the classifier's reason, for one file (nothing is stored).
int runInspect(Context &c)
{
    CommandParser p(c, QStringLiteral("inspect FILE [--json]"),
                    QStringLiteral("Shows how a file would be cleaned and split: metadata, paragraphs, sentences "
                                   "and each removed block with the reason. Nothing is stored."));
    p.parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array with one object.")});
    if (const int code = p.parse(); code >= 0)
        return code;
    const QStringList pos = p.parser.positionalArguments();
    if (pos.size() != 1)
        return p.usageError(QStringLiteral("inspect needs exactly one FILE"));
    PreparedArticle a;
    try {
        a = readArticleFile(pos.first());
        // As the importer does: a page that names its day but not its year may be dated by the
        // offices it gives known people.
        settleDateClue(a, *Knowledge::bundled().people);
    } catch (const ImportError &e) {
        c.err << "failed: " << e.message() << "\n";
        return 1;
    }
    const ArticleText &t = a.text;
    if (p.parser.isSet(QStringLiteral("json"))) {
        QJsonArray paragraphs, sentences, removed;
        for (const Paragraph &para : t.paragraphs)
            paragraphs.append(QJsonObject{{QStringLiteral("kind"), paragraphKindName(para.kind)},
                                          {QStringLiteral("start"), para.span.start},
                                          {QStringLiteral("end"), para.span.end},
                                          {QStringLiteral("text"), t.slice(para.span)}});
        for (const Sentence &s : t.sentences)
            sentences.append(QJsonObject{{QStringLiteral("paragraph"), s.paragraph},
                                         {QStringLiteral("start"), s.span.start},
                                         {QStringLiteral("end"), s.span.end},
                                         {QStringLiteral("text"), t.slice(s.span)}});
        for (const RemovedBlock &r : a.removed)
            removed.append(QJsonObject{{QStringLiteral("raw_start"), r.rawStart},
                                       {QStringLiteral("raw_end"), r.rawEnd},
                                       {QStringLiteral("text"), r.text},
                                       {QStringLiteral("reason"), r.reason}});
        QJsonArray sources;
        for (const MetadataSource &m : a.sources)
            sources.append(QJsonObject{{QStringLiteral("field"), m.field},
                                       {QStringLiteral("value"), m.value},
                                       {QStringLiteral("source"), m.source},
                                       {QStringLiteral("rule"), m.rule}});
        c.printJson(QJsonArray{QJsonObject{
            {QStringLiteral("source"), a.source},
            {QStringLiteral("title"), a.titleFromFileName ? QJsonValue() : QJsonValue(t.title)},
            {QStringLiteral("display_title"), t.title},
            {QStringLiteral("title_source"), a.titleFromFileName ? QStringLiteral("file-name") : QStringLiteral("page")},
            {QStringLiteral("outlet"), t.outlet},
            {QStringLiteral("republisher"), a.republisher},
            {QStringLiteral("needs_date"), !t.published.isValid()},
            {QStringLiteral("metadata_sources"), sources},
            {QStringLiteral("byline"), a.byline},
            {QStringLiteral("dateline"), t.dateline},
            {QStringLiteral("dateline_place"), t.datelinePlace},
            {QStringLiteral("published"), t.published.isValid() ? QJsonValue(t.published.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("published_source"), a.publishedSource},
            {QStringLiteral("encoding"), a.encoding},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(a.warnings)},
            {QStringLiteral("paragraphs"), paragraphs},
            {QStringLiteral("sentences"), sentences},
            {QStringLiteral("removed"), removed}}});
        return 0;
    }
    c.out << "title:     " << t.title << (a.titleFromFileName ? " (no headline found: the file name)" : "")
          << "\noutlet:    " << t.outlet << "\nrepublisher: " << a.republisher << "\nbyline:    " << a.byline
          << "\ndateline:  " << t.dateline << " (place: " << t.datelinePlace << ")\npublished: "
          << (t.published.isValid() ? t.published.toString(Qt::ISODate) : QStringLiteral("none (needs a date)"))
          << " (" << a.publishedSource << ")\nencoding:  " << a.encoding << "\n";
    c.out << "sources:\n";
    for (const MetadataSource &m : a.sources)
        c.out << "  " << m.field.leftJustified(11) << " " << m.value << "\n      from " << m.source << "\n      rule " << m.rule
              << "\n";
    for (const QString &w : a.warnings)
        c.out << "warning:   " << w << "\n";
    c.out << "\n";
    for (int i = 0; i < t.paragraphs.size(); ++i) {
        c.out << "[" << i << " " << paragraphKindName(t.paragraphs[i].kind) << "]\n";
        for (const Sentence &s : t.sentences)
            if (s.paragraph == i)
                c.out << "   | " << t.slice(s.span) << "\n";
    }
    c.out << "\nremoved:\n";
    for (const RemovedBlock &r : a.removed)
        c.out << "  - " << r.reason << ": " << r.text.left(90) << "\n";
    return 0;
}

} // namespace summit::cli
