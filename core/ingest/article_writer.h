#pragma once

#include "ingest/prepared_article.h"
#include "model/extraction.h"

#include <memory>
#include <vector>

namespace summit {

class Database;
class HappeningResolver;

/// Writes one prepared article and its extraction results, with statements prepared once
/// per connection. Callers own the transaction, and call flushSearchIndex() before they commit
/// it.
///
/// Why the search index waits: the importer gives each file a savepoint, and FTS5 writes its
/// pending terms out as a new segment at every savepoint once the table is part of the
/// transaction. Indexed file by file, a batch of 256 files became 256 tiny segments and their
/// merges, which cost more than everything else the writer did. Indexed together just before
/// the commit, a batch is one segment.
class ArticleWriter final
{
public:
    explicit ArticleWriter(Database &db);
    ~ArticleWriter();
    ArticleWriter(const ArticleWriter &) = delete;
    ArticleWriter &operator=(const ArticleWriter &) = delete;

    /// The id of an article with these raw bytes, or 0.
    qint64 findBySha(const QString &sha256);
    /// Inserts everything but the search index rows, which wait for flushSearchIndex();
    /// returns the new article id. When it throws, nothing of the article is queued.
    qint64 write(const PreparedArticle &article, const Extraction &extraction);
    /// Adds the sentences written since the last flush to the full-text index. Part of
    /// committing: call it inside the transaction, after the last write() and its savepoint.
    void flushSearchIndex();
    /// Forgets the queued index rows: the transaction they belonged to was rolled back.
    void discardSearchIndex() { m_pendingIndex.clear(); }
    /// Replaces the extraction rows of an existing article (after a metadata edit).
    void rewriteExtraction(qint64 articleId, const Extraction &extraction);

private:
    struct Statements;
    qint64 writeRows(const PreparedArticle &article, const Extraction &extraction);
    void writeExtraction(qint64 articleId, const QVector<qint64> &sentenceIds, const Extraction &extraction);
    Database &m_db;
    std::unique_ptr<Statements> m_st;
    std::unique_ptr<HappeningResolver> m_resolver;
    struct PendingSentence
    {
        qint64 id;
        QString text;
    };
    std::vector<PendingSentence> m_pendingIndex;
};

} // namespace summit
