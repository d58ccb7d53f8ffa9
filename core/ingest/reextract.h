#pragma once

#include "model/text_span.h"

namespace summit {

class Database;
struct Knowledge;

/// The stored article as extractors see it: clean text, paragraphs, sentences and the
/// metadata now in the database (which may have been edited since import).
ArticleText loadArticleText(Database &db, qint64 articleId);

/// Re-runs every extractor on one stored article and replaces its extraction rows, in one
/// transaction. Called after a metadata edit so relative dates re-anchor on the new date.
/// Throws StoreError when the article does not exist.
void reextractArticle(Database &db, qint64 articleId);
/// The same with other rules and knowledge than the bundled ones.
void reextractArticle(Database &db, qint64 articleId, const Knowledge &knowledge);
/// The same inside a transaction the caller holds, so an edit and its re-extraction commit or
/// roll back together (library/article_edits.h).
void rewriteArticleExtraction(Database &db, qint64 articleId);
void rewriteArticleExtraction(Database &db, qint64 articleId, const Knowledge &knowledge);

} // namespace summit
