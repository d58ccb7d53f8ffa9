#pragma once

#include "ingest/prepared_article.h"
#include "model/extraction.h"

#include <memory>

namespace summit {

class Database;

/// Writes one prepared article and its extraction results, with statements prepared once
/// per connection. Callers own the transaction.
class ArticleWriter final
{
public:
    explicit ArticleWriter(Database &db);
    ~ArticleWriter();
    ArticleWriter(const ArticleWriter &) = delete;
    ArticleWriter &operator=(const ArticleWriter &) = delete;

    /// The id of an article with these raw bytes, or 0.
    qint64 findBySha(const QString &sha256);
    /// Inserts everything; returns the new article id.
    qint64 write(const PreparedArticle &article, const Extraction &extraction);
    /// Replaces the extraction rows of an existing article (after a metadata edit).
    void rewriteExtraction(qint64 articleId, const Extraction &extraction);

private:
    struct Statements;
    void writeExtraction(qint64 articleId, const QVector<qint64> &sentenceIds, const Extraction &extraction);
    Database &m_db;
    std::unique_ptr<Statements> m_st;
};

} // namespace summit
