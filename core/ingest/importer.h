#pragma once

#include "ingest/prepared_article.h"

#include <atomic>
#include <functional>
#include <memory>

namespace summit {

class Database;
class Extractor;
struct Knowledge;
struct PageRules;

/// The outcome of importing one file.
struct FileResult
{
    enum class Status { Imported, Duplicate, Failed };
    QString path;
    Status status = Status::Failed;
    QString message; ///< why it failed; warnings otherwise
    qint64 articleId = 0;
    QStringList warnings;

    static QString statusName(Status s);
};

struct ImportOptions
{
    ImportOverrides overrides;
    int workers = 0;       ///< preparation threads; 0 = one per core
    int batchSize = 256;   ///< files per transaction (each file has its own savepoint)
    bool extract = true;   ///< run the extractors (off only in benchmarks of the bare pipeline)
};

/// Imports files and folders (recursively) into the store. Files are prepared and extracted
/// on worker threads and written in order on the calling thread, in batched transactions with
/// one savepoint per file: a file that fails leaves nothing behind, and a crash loses at most
/// the uncommitted batch, never half an article. Re-importing the same bytes is a no-op.
class Importer final
{
public:
    using Progress = std::function<void(int done, int total, const FileResult &result)>;

    /// An importer over the bundled rules and knowledge (Knowledge::bundled()).
    explicit Importer(Database &db);
    /// An importer that reads pages with `pages` and extracts with `knowledge` (tests pass
    /// their own; PageRules::bundled() and Knowledge::bundled() are the bundled sets).
    Importer(Database &db, const Knowledge &knowledge);
    Importer(Database &db, const Knowledge &knowledge, const PageRules &pages);
    ~Importer();
    Q_DISABLE_COPY_MOVE(Importer)

    QVector<FileResult> importPaths(const QStringList &paths, const ImportOptions &options = {},
                                    const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    /// Imports bytes that did not come from a file on disk (the bundled corpus).
    FileResult importBytes(const QString &source, const QByteArray &raw, const ImportOverrides &overrides);

    /// Expands folders into the supported files they hold, sorted; reports unreadable paths.
    static QStringList collectFiles(const QStringList &paths, QVector<FileResult> *failures);

private:
    Database &m_db;
    std::shared_ptr<const PageRules> m_pages;     ///< shared read-only by the worker threads
    std::shared_ptr<const Extractor> m_extractor; ///< shared read-only by the worker threads
};

} // namespace summit
