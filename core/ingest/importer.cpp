#include "ingest/importer.h"

#include "ingest/date_clue.h"

#include "extract/extractor.h"
#include "ingest/article_writer.h"
#include "ingest/ordered_pipeline.h"
#include "ingest/page_rules.h"
#include "store/background_checkpointer.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <functional>

#include <dirent.h>

#include <optional>

namespace summit {

QString FileResult::statusName(Status s)
{
    switch (s) {
    case Status::Imported: return QStringLiteral("imported");
    case Status::Duplicate: return QStringLiteral("duplicate");
    case Status::Failed: return QStringLiteral("failed");
    }
    return {};
}

namespace {

bool supportedSuffix(const QString &path)
{
    static const QStringList ok = {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"),
                                   QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("htm")};
    return ok.contains(QFileInfo(path).suffix().toLower());
}

struct Prepared
{
    std::optional<PreparedArticle> article;
    Extraction extraction;
    QString error;
    qint64 duplicateOf = 0; ///< known before preparing: the bytes are already stored
};

using KnownHashes = QHash<QString, qint64>;

Prepared prepareOne(const QString &path, const ImportOptions &options, const KnownHashes &known,
                    const PageRules &pages, const Extractor &extractor)
{
    Prepared out;
    try {
        const QByteArray raw = readArticleBytes(path);
        // Hash first: re-importing a folder must not pay for parsing and extraction again.
        const QString sha = sha256Hex(raw);
        if (const qint64 id = known.value(sha)) {
            out.duplicateOf = id;
            return out;
        }
        out.article = prepareArticle(pages, path, raw, options.overrides, sha);
        out.article->path = QFileInfo(path).absoluteFilePath();
        settleDateClue(*out.article, *extractor.knowledge().people);
        if (options.extract)
            out.extraction = extractor.run(out.article->text);
    } catch (const ImportError &e) {
        out.error = e.message();
    } catch (const std::exception &e) {
        out.error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(e.what()));
    }
    return out;
}

// RAII savepoint: one file is all or nothing inside the batch transaction.
class Savepoint final
{
public:
    explicit Savepoint(Database &db) : m_db(db) { m_db.exec("SAVEPOINT file"); }
    ~Savepoint()
    {
        if (!m_released) {
            try {
                m_db.exec("ROLLBACK TO file");
                m_db.exec("RELEASE file");
            } catch (...) {
            }
        }
    }
    void release()
    {
        m_db.exec("RELEASE file");
        m_released = true;
    }

private:
    Database &m_db;
    bool m_released = false;
};

FileResult store(Database &db, ArticleWriter &writer, const QString &path, Prepared &p)
{
    FileResult r;
    r.path = path;
    if (p.duplicateOf) {
        r.status = FileResult::Status::Duplicate;
        r.articleId = p.duplicateOf;
        r.message = QStringLiteral("same content as article %1").arg(p.duplicateOf);
        return r;
    }
    if (!p.article) {
        r.message = p.error;
        return r;
    }
    r.warnings = p.article->warnings;
    try {
        if (const qint64 existing = writer.findBySha(p.article->sha256)) {
            r.status = FileResult::Status::Duplicate;
            r.articleId = existing;
            r.message = QStringLiteral("same content as article %1").arg(existing);
            return r;
        }
        Savepoint sp(db);
        r.articleId = writer.write(*p.article, p.extraction);
        sp.release();
        r.status = FileResult::Status::Imported;
    } catch (const StoreError &e) {
        r.status = FileResult::Status::Failed;
        r.message = QStringLiteral("%1: could not be stored (%2)").arg(path, e.message());
    }
    return r;
}

} // namespace

Importer::Importer(Database &db) : Importer(db, Knowledge::bundled()) {}

Importer::Importer(Database &db, const Knowledge &knowledge) : Importer(db, knowledge, PageRules::bundled()) {}

Importer::Importer(Database &db, const Knowledge &knowledge, const PageRules &pages)
    : m_db(db), m_pages(std::make_shared<const PageRules>(pages)), m_extractor(std::make_shared<const Extractor>(knowledge))
{
}

Importer::~Importer() = default;

namespace {

/// Walks a folder: files into found, everything that cannot be imported into fail() with a
/// reason. Nothing is skipped silently: unreadable folders, links to nothing, link loops and
/// names that cannot be opened all get a line. Links to folders are followed once each.
void collectFolder(const QString &dir, QSet<QString> &visited, QStringList &found,
                   const std::function<void(const QString &, const QString &)> &fail)
{
    // Qt leaves out names whose bytes do not decode in this system's encoding: find them with
    // the raw directory listing, so they are reported instead of vanishing.
    if (DIR *d = ::opendir(QFile::encodeName(dir).constData())) {
        while (const dirent *e = ::readdir(d)) {
            const QByteArray name(e->d_name);
            if (QFile::encodeName(QFile::decodeName(name)) != name)
                fail(dir + QLatin1Char('/') + QString::fromUtf8(name),
                     QStringLiteral("the file name is not valid in this system's encoding (UTF-8); rename it"));
        }
        ::closedir(d);
    }
    const QFileInfoList entries = QDir(dir).entryInfoList(
        QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &fi : entries) {
        const QString p = fi.filePath();
        if (fi.fileName().startsWith(QLatin1Char('.')))
            continue; // editor and OS droppings (.DS_Store, .swp) and hidden folders (.git)
        if (fi.isSymLink() && !fi.exists()) {
            fail(p, QStringLiteral("a link to something that does not exist (%1)").arg(fi.symLinkTarget()));
        } else if (fi.isDir()) {
            if (!fi.isReadable() || !fi.isExecutable()) {
                fail(p, QStringLiteral("the folder cannot be read (permission denied)"));
                continue;
            }
            const QString canonical = fi.canonicalFilePath();
            if (visited.contains(canonical)) {
                fail(p, QStringLiteral("a link back to a folder already being imported (a loop); not followed"));
                continue;
            }
            visited.insert(canonical);
            collectFolder(p, visited, found, fail);
        } else if (fi.isFile()) {
            found << p;
        } else {
            fail(p, QStringLiteral("not a regular file (a device, socket or pipe)"));
        }
    }
}

} // namespace

QStringList Importer::collectFiles(const QStringList &paths, QVector<FileResult> *failures)
{
    QStringList files;
    auto fail = [&](const QString &path, const QString &why) {
        FileResult r;
        r.path = path;
        r.message = QStringLiteral("%1: %2").arg(path, why);
        failures->append(r);
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            fail(path, info.isSymLink() ? QStringLiteral("a link to something that does not exist")
                                        : QStringLiteral("no such file or folder"));
        } else if (info.isDir()) {
            if (!info.isReadable() || !info.isExecutable()) {
                fail(path, QStringLiteral("the folder cannot be read (permission denied)"));
                continue;
            }
            QStringList found;
            QSet<QString> visited{info.canonicalFilePath()};
            collectFolder(path, visited, found, fail);
            found.sort();
            for (const QString &p : found) {
                if (supportedSuffix(p))
                    files << p;
                else
                    fail(p, QStringLiteral("unsupported file type (Summitline imports .txt, .md, .html and .htm)"));
            }
        } else {
            files << path; // an explicitly named file is tried whatever its type, for a clear error
        }
    }
    return files;
}

QVector<FileResult> Importer::importPaths(const QStringList &paths, const ImportOptions &options,
                                          const Progress &progress, const std::atomic_bool *cancel)
{
    QVector<FileResult> results;
    const QStringList files = collectFiles(paths, &results);
    const int total = int(files.size() + results.size());
    int done = 0;
    for (const FileResult &r : std::as_const(results))
        if (progress)
            progress(++done, total, r);

    const int workers = options.workers > 0 ? options.workers : std::max(1, QThread::idealThreadCount());
    KnownHashes known;
    {
        // A file the user merged into another article is a duplicate of that article.
        Statement st(m_db, "SELECT sha256, id FROM articles UNION ALL SELECT sha256, merged_into FROM article_merges");
        while (st.step())
            known.insert(st.text(0), st.int64(1));
    }

    const int n = int(files.size());
    // Large imports copy the WAL into the database on another thread (see the class); small
    // ones are not worth a second connection.
    std::optional<BackgroundCheckpointer> checkpointer;
    if (n >= 64)
        checkpointer.emplace(m_db);
    ArticleWriter writer(m_db);
    std::optional<Transaction> tx;
    // The open batch's results are reported only once it is committed: until then a failure
    // (a full disk, an I/O error) can take the whole batch back, and a file must never be
    // called imported unless it was committed.
    QVector<int> batch;
    auto undoBatch = [&](const QString &why) {
        writer.discardSearchIndex();
        for (const int k : std::as_const(batch)) {
            FileResult &r = results[k];
            if (r.status != FileResult::Status::Imported)
                continue;
            r.status = FileResult::Status::Failed;
            r.articleId = 0;
            r.message = QStringLiteral("%1: not stored, its batch was undone (%2)").arg(r.path, why);
        }
    };
    auto endBatch = [&] {
        if (tx && m_db.inTransaction()) {
            try {
                writer.flushSearchIndex();
                tx->commit();
            } catch (const StoreError &e) {
                undoBatch(e.message());
            }
        }
        tx.reset(); // rolls back whatever was not committed
        for (const int k : std::as_const(batch))
            if (progress)
                progress(++done, total, results[k]);
        batch.clear();
    };
    // Files are prepared and extracted on the workers, up to kLookahead ahead of the writer,
    // and written here in file order. The pipeline is declared after the transaction, so an
    // exception unwinds it first: its workers stop before the transaction rolls back.
    constexpr int kLookahead = 128;
    const PageRules &pages = *m_pages;
    const Extractor &extractor = *m_extractor;
    OrderedPipeline<Prepared> pipeline(n, workers, kLookahead, [&files, &options, &known, &pages, &extractor](int i) {
        return prepareOne(files[i], options, known, pages, extractor);
    });
    for (int i = 0; i < n; ++i) {
        if (cancel && cancel->load())
            break;
        Prepared p = pipeline.take();
        try {
            if (!tx)
                tx.emplace(m_db);
            results.append(store(m_db, writer, files[i], p));
        } catch (const StoreError &e) { // no transaction could be begun (locked, read-only)
            FileResult r;
            r.path = files[i];
            r.message = QStringLiteral("%1: could not be stored (%2)").arg(files[i], e.message());
            results.append(r);
        }
        batch.append(int(results.size()) - 1);
        if (!m_db.inTransaction()) {
            // SQLite rolled the whole transaction back on its own (SQLITE_FULL, SQLITE_IOERR):
            // every file of the batch went with it. Savepoints after this would each commit
            // by themselves, so the next file begins a new transaction.
            undoBatch(results.last().message);
            endBatch();
            continue;
        }
        if (int(batch.size()) >= options.batchSize)
            endBatch();
    }
    pipeline.stop();
    endBatch();
    return results;
}

FileResult Importer::importBytes(const QString &source, const QByteArray &raw, const ImportOverrides &overrides)
{
    Prepared p;
    try {
        p.article = prepareArticle(*m_pages, source, raw, overrides);
        settleDateClue(*p.article, *m_extractor->knowledge().people);
        p.extraction = m_extractor->run(p.article->text);
    } catch (const ImportError &e) {
        p.error = e.message();
    }
    ArticleWriter writer(m_db);
    Transaction tx(m_db);
    FileResult r = store(m_db, writer, source, p);
    writer.flushSearchIndex();
    tx.commit();
    return r;
}

} // namespace summit
