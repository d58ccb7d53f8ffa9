#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace summit {
class Database;
}

namespace summit::library {

/// An article's editable metadata exactly as stored, with where the date came from, so an undo
/// puts back the source ("html-meta", "lead-date", …) and the file-name-title mark too, not
/// just the values.
struct StoredMetadata
{
    QString title;
    QString outlet;
    QString published;       ///< YYYY-MM-DD, or a null string when the article needs a date
    QString publishedSource; ///< null when there is no date
    bool titleIsFileName = false;
    friend bool operator==(const StoredMetadata &, const StoredMetadata &) = default;
};

/// Every row an article's deletion removes, to put back exactly (same ids, same bytes).
///
/// Why a real delete with a snapshot and not a hidden flag: a flag must be honoured by every
/// read of every module (events, quotes, search, corroboration, the briefing, exports, and
/// whatever is written next), and one forgotten predicate silently shows deleted data. A delete
/// makes every read right by construction. The snapshot is not a hand-kept list of tables: it
/// follows the schema's foreign keys from the article (cascades and SET NULLs), so tables added
/// later are covered without a change here. The FTS index, the one table without a foreign key
/// (rowid = sentences.id), is handled by name.
struct ArticleSnapshot
{
    struct Rows
    {
        QString table;
        QStringList columns;          ///< the row's columns, "rowid" first when it is not an alias
        QVector<QVector<QVariant>> inserted; ///< rows the delete removes: inserted back
        QVector<QVector<QVariant>> updated;  ///< rows it changes (SET NULL, event hand-over): rewritten
    };
    qint64 articleId = 0;
    QVector<Rows> tables; ///< parents before children
    QVector<QPair<qint64, QString>> searchRows; ///< sentence_fts (rowid, text)
    int rowCount() const;
};

/// The stored metadata; throws StoreError naming the article when there is none.
StoredMetadata storedMetadata(Database &db, qint64 articleId);
/// The metadata the user typed: the date source becomes "user" when the date changes.
StoredMetadata userMetadata(const StoredMetadata &before, const QString &title, const QString &outlet,
                            const QString &published);

/// Writes the metadata and re-runs extraction on the article (relative dates re-anchor on the
/// new date), all in one transaction: either both happen or neither. Throws StoreError.
void writeMetadata(Database &db, qint64 articleId, const StoredMetadata &metadata);

/// Deletes the articles with all their rows in one transaction and returns what is needed to
/// undo it. An extracted event that another article also reports is handed to that article
/// first (as re-extraction does), so deleting one report never takes the others with it.
/// Throws StoreError (nothing changed) when an article does not exist or the write fails.
QVector<ArticleSnapshot> deleteArticles(Database &db, const QVector<qint64> &articleIds);
/// Puts deleted articles back, in one transaction. Throws StoreError (nothing changed), e.g.
/// when an import has since reused an id.
void restoreArticles(Database &db, const QVector<ArticleSnapshot> &snapshots);

/// What a merge changed, to undo it.
struct MergeRecord
{
    qint64 primaryId = 0;
    StoredMetadata primaryBefore;
    ArticleSnapshot duplicate;
};

/// Merges two copies of one story: the primary stays, takes `combined` metadata (re-extracted),
/// and the duplicate is deleted and recorded in article_merges (merged_into = primary). One
/// transaction. Throws StoreError when either article is missing or they are the same.
MergeRecord mergeArticles(Database &db, qint64 primaryId, qint64 duplicateId, const StoredMetadata &combined);
/// Undoes mergeArticles in one transaction.
void unmergeArticles(Database &db, const MergeRecord &merge);
/// The article a file with these bytes was merged into, 0 when none.
qint64 mergedInto(Database &db, const QString &sha256);

} // namespace summit::library
