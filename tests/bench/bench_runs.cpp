#include "bench_runs.h"

#include "extract/extractor.h"
#include "ingest/article_writer.h"
#include "ingest/boilerplate_classifier.h"
#include "ingest/bundled_corpus.h"
#include "ingest/decoder.h"
#include "ingest/importer.h"
#include "ingest/page_rules.h"
#include "ingest/sentence_splitter.h"
#include "library/event_sources.h"
#include "ingest/source_block.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace summit::bench {

namespace {

const Extractor &bundledExtractor()
{
    static const Extractor extractor(Knowledge::bundled());
    return extractor;
}

QStringList filesIn(const QString &dir, qint64 *bytes)
{
    QStringList files;
    *bytes = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
        *bytes += it.fileInfo().size();
    }
    files.sort();
    return files;
}

QJsonObject result(double seconds, qint64 articles, qint64 bytes)
{
    return {{QStringLiteral("seconds"), seconds},
            {QStringLiteral("articles"), articles},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("peak_kb"), peakMemoryKb()}};
}

} // namespace

qint64 peakMemoryKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

QJsonObject runPipeline(const QString &dir, const QString &dbPath, bool extract)
{
    qint64 bytes = 0;
    filesIn(dir, &bytes);
    double seconds = 0;
    qint64 imported = 0, failed = 0;
    {
        Database db(dbPath);
        syncEventCatalog(db);
        if (extract)
            Knowledge::bundled(); // rule loading is start-up cost, not per-article cost
        ImportOptions options;
        options.extract = extract;
        QElapsedTimer timer;
        Importer importer(db); // builds its extractors: start-up cost too
        timer.start();
        const QVector<FileResult> results = importer.importPaths({dir}, options);
        seconds = double(timer.nsecsElapsed()) / 1e9;
        for (const FileResult &r : results) {
            imported += r.status == FileResult::Status::Imported;
            failed += r.status == FileResult::Status::Failed;
        }
    }
    // Measured after the connection closes, when SQLite has folded the write-ahead log back into
    // the file and removed it: the size the library takes on disk. (During an import the WAL
    // adds at most about 32 MB, see BackgroundCheckpointer.) Any WAL left over is counted.
    QJsonObject o = result(seconds, imported, bytes);
    o.insert(QStringLiteral("failed"), failed);
    if (extract) {
        // Event resolution already ran inside the import (one indexed probe per article); what
        // is left to time is the read that groups every event's reports into independent
        // sources, which the events table and the briefing pay on each refresh.
        Database db(dbPath);
        QElapsedTimer timer;
        timer.start();
        const QHash<qint64, library::EventCoverage> coverage = library::eventCoverage(db);
        auto count = [&db](const char *sql) {
            Statement st(db, sql);
            return st.step() ? st.int64(0) : qint64(0);
        };
        o.insert(QStringLiteral("coverage_seconds"), double(timer.nsecsElapsed()) / 1e9);
        o.insert(QStringLiteral("events"), count("SELECT COUNT(*) FROM events"));
        o.insert(QStringLiteral("extracted_events"), count("SELECT COUNT(*) FROM events WHERE origin = 'extracted'"));
        o.insert(QStringLiteral("reports"), count("SELECT COUNT(*) FROM event_reports"));
        qint64 sources = 0;
        for (const library::EventCoverage &c : coverage)
            sources += c.sources.size();
        o.insert(QStringLiteral("sources"), sources);
    }
    o.insert(QStringLiteral("db_bytes"), QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size());
    return o;
}

QJsonObject runFloor(const QString &dir, const QString &dbPath)
{
    qint64 bytes = 0;
    const QStringList files = filesIn(dir, &bytes);
    QElapsedTimer timer;
    timer.start();
    // The same bytes stored raw and indexed by FTS5, with no parsing at all: the floor any
    // import pipeline pays to SQLite.
    sqlite3 *db = nullptr;
    sqlite3_open(dbPath.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "CREATE TABLE docs(id INTEGER PRIMARY KEY, raw BLOB NOT NULL);"
                     "CREATE VIRTUAL TABLE docs_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *doc = nullptr, *fts = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO docs(raw) VALUES (?)", -1, &doc, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO docs_fts(rowid, text) VALUES (?, ?)", -1, &fts, nullptr);
    int inBatch = 0;
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const QString &path : files) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QByteArray raw = f.readAll();
        sqlite3_bind_blob(doc, 1, raw.constData(), int(raw.size()), SQLITE_STATIC);
        sqlite3_step(doc);
        sqlite3_reset(doc);
        sqlite3_bind_int64(fts, 1, sqlite3_last_insert_rowid(db));
        sqlite3_bind_text(fts, 2, raw.constData(), int(raw.size()), SQLITE_STATIC);
        sqlite3_step(fts);
        sqlite3_reset(fts);
        if (++inBatch == 256) {
            sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr);
            inBatch = 0;
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_finalize(doc);
    sqlite3_finalize(fts);
    sqlite3_close(db);
    return result(double(timer.nsecsElapsed()) / 1e9, files.size(), bytes);
}

QJsonObject runStages(const QString &dir, const QString &dbPath)
{
    qint64 bytes = 0;
    const QStringList files = filesIn(dir, &bytes);
    bundledExtractor();
    Database db(dbPath);
    syncEventCatalog(db);
    ArticleWriter writer(db);
    qint64 decode = 0, clean = 0, split = 0, store = 0;
    Extractor::StageTimes extraction;
    QElapsedTimer t;
    std::optional<Transaction> tx;
    int inBatch = 0;
    // One thread, stage by stage: where the time goes, not how fast the parallel pipeline is.
    for (const QString &path : files) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QByteArray raw = f.readAll();
        try {
            t.start();
            const DecodedText decoded = decodeArticleBytes(raw, path);
            decode += t.nsecsElapsed();

            t.start();
            HtmlMetadata meta;
            const bool html = path.endsWith(QLatin1String(".html"));
            const QVector<SourceBlock> blocks = html ? readHtmlBlocks(decoded.text, &meta)
                                                     : readTextBlocks(decoded.text, path.endsWith(QLatin1String(".md")));
            PageRules::bundled().boilerplate->classify(blocks, meta.title);
            clean += t.nsecsElapsed();

            PreparedArticle a = prepareArticle(path, raw);
            t.start();
            for (const Paragraph &p : a.text.paragraphs)
                PageRules::bundled().sentences->split(a.text.text, p.span);
            split += t.nsecsElapsed();

            const Extraction x = bundledExtractor().run(a.text, &extraction);

            t.start();
            if (!tx)
                tx.emplace(db);
            writer.write(a, x);
            if (++inBatch == 256) {
                writer.flushSearchIndex();
                tx->commit();
                tx.reset();
                inBatch = 0;
            }
            store += t.nsecsElapsed();
        } catch (const std::exception &) {
            // Failures are counted by the pipeline run; stages only time what succeeds.
        }
    }
    if (tx) {
        writer.flushSearchIndex();
        tx->commit();
    }
    QJsonObject o = result(0, files.size(), bytes);
    const double s = 1e9;
    o.insert(QStringLiteral("decode"), decode / s);
    o.insert(QStringLiteral("clean"), clean / s);
    o.insert(QStringLiteral("split"), split / s);
    o.insert(QStringLiteral("dates"), extraction.dates / s);
    o.insert(QStringLiteral("entities"), extraction.entities / s);
    o.insert(QStringLiteral("quotes"), extraction.quotes / s);
    o.insert(QStringLiteral("events"), extraction.events / s);
    o.insert(QStringLiteral("store"), store / s);
    return o;
}

} // namespace summit::bench
