#include "ingest/page_rules.h"

#include "extract/entities/knowledge_file.h"
#include "ingest/boilerplate_classifier.h"
#include "ingest/dateline_parser.h"
#include "ingest/sentence_splitter.h"

#include <QFile>
#include <stdexcept>

namespace summit {

namespace {

/// One abbreviation a line; blank lines and "#" comments are skipped.
QSet<QString> readAbbreviations(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) // never split after "Gen." silently
        throw std::runtime_error(QStringLiteral("%1: cannot open (%2)").arg(path, f.errorString()).toStdString());
    QSet<QString> abbreviations;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString t = QString::fromUtf8(line).trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            abbreviations.insert(t);
    }
    return abbreviations;
}

} // namespace

const PageRules &PageRules::bundled()
{
    // Loud on a missing or broken file: no rules would silently keep every widget line and
    // every dateline in the text.
    static const PageRules bundled = [] {
        PageRules r;
        r.datelines = std::make_shared<const DatelineParser>(readKnowledgeFile(QStringLiteral(":/rules/datelines.json")));
        r.boilerplate = std::make_shared<const BoilerplateClassifier>(
            readKnowledgeFile(QStringLiteral(":/rules/boilerplate.json")), r.datelines);
        r.sentences = std::make_shared<const SentenceSplitter>(readAbbreviations(QStringLiteral(":/rules/abbreviations.txt")));
        return r;
    }();
    return bundled;
}

} // namespace summit
