// Metadata edits, deletion and merging of articles: each one transaction, each undoable from
// what it returns. See article_edits.h for why deletion is real and snapshotted.
#include "library/article_edits.h"

#include "ingest/reextract.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace summit::library {

namespace {

// Table and column names cannot be bound as parameters. The ones spliced in here come only
// from the database's own schema (sqlite_master, pragma_table_info, pragma_foreign_key_list),
// never from the user, and are quoted as identifiers; every value is still bound.
QByteArray identifier(const QString &name)
{
    return '"' + name.toUtf8().replace('"', "\"\"") + '"';
}

QString keysJson(const QVector<QVariant> &keys)
{
    QJsonArray a;
    for (const QVariant &k : keys)
        a.append(QJsonValue::fromVariant(k));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

struct ForeignKey
{
    QString child, from, parent, to, onDelete;
};

QVector<ForeignKey> foreignKeys(Database &db)
{
    QVector<ForeignKey> out;
    Statement st(db, "SELECT m.name, f.\"table\", f.\"from\", f.\"to\", upper(f.on_delete) FROM sqlite_master m, "
                     "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY m.rowid, f.id");
    while (st.step())
        out.append({st.text(0), st.text(2), st.text(1), st.text(3), st.text(4)});
    return out;
}

// The key the rows of a table are found by when rewritten: the rowid alias or "rowid".
int rowidColumn(const ArticleSnapshot::Rows &rows, Database &db)
{
    if (rows.columns.first() == QLatin1String("rowid"))
        return 0;
    Statement st(db, "SELECT name FROM pragma_table_info(?) WHERE pk = 1");
    st.bind(1, rows.table);
    return st.step() ? int(rows.columns.indexOf(st.text(0))) : 0;
}

// Collects the rows one article's deletion removes or changes, walking the foreign keys from
// the article row before anything is deleted.
class SnapshotWalk final
{
public:
    SnapshotWalk(Database &db, qint64 articleId) : m_db(db), m_keys(foreignKeys(db))
    {
        m_snapshot.articleId = articleId;
    }

    // Rows of `table` whose `column` is one of `keys`; `update` rows are only changed by the
    // delete. Returns the rows newly captured as deleted (whose own children must be visited).
    QVector<QVector<QVariant>> capture(const QString &table, const QString &column, const QVector<QVariant> &keys,
                                       bool update)
    {
        ArticleSnapshot::Rows &rows = tableRows(table);
        QHash<qint64, Place> &seen = m_seen[table];
        const QByteArray sql = "SELECT rowid, * FROM " + identifier(table) + " WHERE " + identifier(column)
                               + " IN (SELECT value FROM json_each(?))";
        Statement st(m_db, sql.constData());
        st.bind(1, keysJson(keys));
        QVector<QVector<QVariant>> fresh;
        while (st.step()) {
            const qint64 rowid = st.int64(0);
            QVector<QVariant> values;
            for (int c = m_aliased.value(table) ? 1 : 0; c < st.columnCount(); ++c)
                values.append(st.value(c));
            const auto it = seen.constFind(rowid);
            if (it != seen.constEnd() && (update || !it->update))
                continue; // already captured, as deleted or as changed-only
            if (it != seen.constEnd()) // changed-only before, now deleted: move it
                rows.updated[it->index] = {};
            if (update) {
                seen.insert(rowid, {true, int(rows.updated.size())});
                rows.updated.append(values);
            } else {
                seen.insert(rowid, {false, int(rows.inserted.size())});
                rows.inserted.append(values);
                fresh.append(values);
            }
        }
        return fresh;
    }

    // Follows every foreign key into the rows captured as deleted, breadth first.
    void walk(const QString &table, const QVector<QVector<QVariant>> &deleted)
    {
        QVector<QPair<QString, QVector<QVector<QVariant>>>> queue{{table, deleted}};
        while (!queue.isEmpty()) {
            const auto [parent, rows] = queue.takeFirst();
            const QStringList parentColumns = tableRows(parent).columns;
            for (const ForeignKey &fk : std::as_const(m_keys)) {
                if (fk.parent != parent)
                    continue;
                // A key without a column ("REFERENCES quotes") refers to the parent's primary key.
                const int keyColumn =
                    fk.to.isEmpty() ? rowidColumn(tableRows(parent), m_db) : int(parentColumns.indexOf(fk.to));
                if (keyColumn < 0)
                    throw StoreError(QStringLiteral("Cannot follow %1.%2 to %3").arg(fk.child, fk.from, parent));
                QVector<QVariant> keys;
                for (const auto &row : rows)
                    keys.append(row.at(keyColumn));
                const bool cascades = fk.onDelete == QLatin1String("CASCADE");
                const bool changes = fk.onDelete == QLatin1String("SET NULL") || fk.onDelete == QLatin1String("SET DEFAULT");
                if (!cascades && !changes)
                    continue; // NO ACTION / RESTRICT: the delete itself fails if a row refers to it
                auto fresh = capture(fk.child, fk.from, keys, !cascades);
                if (!fresh.isEmpty())
                    queue.append({fk.child, std::move(fresh)});
            }
        }
    }

    ArticleSnapshot take()
    {
        ArticleSnapshot out = std::move(m_snapshot);
        for (ArticleSnapshot::Rows &rows : out.tables)
            rows.updated.removeIf([](const QVector<QVariant> &r) { return r.isEmpty(); });
        return out;
    }

    ArticleSnapshot::Rows &tableRows(const QString &table)
    {
        for (ArticleSnapshot::Rows &rows : m_snapshot.tables)
            if (rows.table == table)
                return rows;
        ArticleSnapshot::Rows rows;
        rows.table = table;
        Statement st(m_db, "SELECT name, upper(type), pk FROM pragma_table_info(?) ORDER BY cid");
        st.bind(1, table);
        int keyColumns = 0;
        bool integerKey = false;
        while (st.step()) {
            rows.columns << st.text(0);
            if (st.integer(2) > 0) {
                ++keyColumns;
                integerKey = st.text(1) == QLatin1String("INTEGER");
            }
        }
        // An INTEGER PRIMARY KEY is the rowid; any other table keeps its rowid explicitly so
        // restored rows get their old rowids back too.
        const bool aliased = keyColumns == 1 && integerKey;
        m_aliased.insert(table, aliased);
        if (!aliased)
            rows.columns.prepend(QStringLiteral("rowid"));
        m_snapshot.tables.append(rows);
        return m_snapshot.tables.last();
    }

private:
    struct Place
    {
        bool update = false;
        int index = 0;
    };
    Database &m_db;
    QVector<ForeignKey> m_keys;
    ArticleSnapshot m_snapshot;
    QHash<QString, QHash<qint64, Place>> m_seen;
    QHash<QString, bool> m_aliased;
};

ArticleSnapshot deleteOne(Database &db, qint64 articleId)
{
    SnapshotWalk walk(db, articleId);
    // Hand each extracted event this article owns but others also report to one of them,
    // as ArticleWriter::rewriteExtraction does, and remember the owner for the undo.
    const QVector<QVariant> self{articleId};
    Statement owned(db, "SELECT id FROM events WHERE article_id = ?1 AND origin = 'extracted' AND EXISTS "
                        "(SELECT 1 FROM event_reports r WHERE r.event_id = events.id AND r.article_id <> ?1)");
    owned.bind(1, articleId);
    QVector<QVariant> handed;
    while (owned.step())
        handed.append(owned.int64(0));
    if (!handed.isEmpty()) {
        walk.capture(QStringLiteral("events"), QStringLiteral("id"), handed, true);
        Statement hand(db, "UPDATE events SET article_id = (SELECT MIN(r.article_id) FROM event_reports r "
                           "WHERE r.event_id = events.id AND r.article_id <> ?1) WHERE id IN "
                           "(SELECT value FROM json_each(?2))");
        hand.bind(1, articleId).bind(2, keysJson(handed)).run();
    }

    const auto article = walk.capture(QStringLiteral("articles"), QStringLiteral("id"), self, false);
    if (article.isEmpty())
        throw StoreError(QStringLiteral("There is no article %1 to delete.").arg(articleId));
    walk.walk(QStringLiteral("articles"), article);
    ArticleSnapshot snapshot = walk.take();

    // The search index has no foreign key: its rows are the deleted sentences' ids.
    QVector<QVariant> sentences;
    for (const ArticleSnapshot::Rows &rows : std::as_const(snapshot.tables))
        if (rows.table == QLatin1String("sentences"))
            for (const auto &row : rows.inserted)
                sentences.append(row.at(rows.columns.indexOf(QStringLiteral("id"))));
    const QString sentenceKeys = keysJson(sentences);
    Statement fts(db, "SELECT rowid, text FROM sentence_fts WHERE rowid IN (SELECT value FROM json_each(?))");
    fts.bind(1, sentenceKeys);
    while (fts.step())
        snapshot.searchRows.append({fts.int64(0), fts.text(1)});
    Statement(db, "DELETE FROM sentence_fts WHERE rowid IN (SELECT value FROM json_each(?))").bind(1, sentenceKeys).run();
    Statement(db, "DELETE FROM articles WHERE id = ?").bind(1, articleId).run();
    return snapshot;
}

// Rows created since the delete may have taken the deleted rows' ids (SQLite hands out
// max(rowid) + 1, so a re-extraction after the delete reuses the freed top ids). Such a row is
// newer than the snapshot, so it moves to a fresh id, its references (found through the foreign
// keys) and its search row with it, and the deleted row gets its own id back.
void makeRoom(Database &db, const ArticleSnapshot &snapshot)
{
    const QVector<ForeignKey> keys = foreignKeys(db);
    for (const ArticleSnapshot::Rows &rows : snapshot.tables) {
        if (rows.inserted.isEmpty())
            continue;
        const int key = rowidColumn(rows, db);
        const QByteArray table = identifier(rows.table);
        qint64 next = 0;
        for (const auto &row : rows.inserted)
            next = std::max(next, row.at(key).toLongLong());
        Statement top(db, ("SELECT MAX(rowid) FROM " + table).constData());
        if (top.step())
            next = std::max(next, top.int64(0));
        Statement taken(db, ("SELECT 1 FROM " + table + " WHERE rowid = ?").constData());
        Statement move(db, ("UPDATE " + table + " SET rowid = ? WHERE rowid = ?").constData());
        for (const auto &row : rows.inserted) {
            const qint64 id = row.at(key).toLongLong();
            taken.bind(1, id);
            const bool clash = taken.step();
            taken.reset();
            if (!clash)
                continue;
            const qint64 fresh = ++next;
            move.bind(1, fresh).bind(2, id).run();
            for (const ForeignKey &fk : keys) {
                if (fk.parent != rows.table || (!fk.to.isEmpty() && rows.columns.indexOf(fk.to) != key))
                    continue;
                const QByteArray sql = "UPDATE " + identifier(fk.child) + " SET " + identifier(fk.from) + " = ? WHERE "
                                       + identifier(fk.from) + " = ?";
                Statement(db, sql.constData()).bind(1, fresh).bind(2, id).run();
            }
            if (rows.table == QLatin1String("sentences")) {
                Statement text(db, "SELECT text FROM sentence_fts WHERE rowid = ?");
                text.bind(1, id);
                if (text.step()) {
                    const QString t = text.text(0);
                    text.reset();
                    Statement(db, "DELETE FROM sentence_fts WHERE rowid = ?").bind(1, id).run();
                    Statement(db, "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)").bind(1, fresh).bind(2, t).run();
                }
            }
        }
    }
}

void restoreOne(Database &db, const ArticleSnapshot &snapshot)
{
    makeRoom(db, snapshot);
    for (const ArticleSnapshot::Rows &rows : snapshot.tables) {
        QByteArray columns, marks, sets;
        for (const QString &c : rows.columns) {
            columns += (columns.isEmpty() ? "" : ", ") + identifier(c);
            marks += marks.isEmpty() ? "?" : ", ?";
            sets += (sets.isEmpty() ? "" : ", ") + identifier(c) + " = ?";
        }
        if (!rows.inserted.isEmpty()) {
            const QByteArray sql = "INSERT INTO " + identifier(rows.table) + " (" + columns + ") VALUES (" + marks + ")";
            Statement st(db, sql.constData());
            for (const auto &row : rows.inserted) {
                for (int i = 0; i < row.size(); ++i)
                    st.bind(i + 1, row.at(i));
                st.run();
            }
        }
        if (!rows.updated.isEmpty()) {
            const int key = rowidColumn(rows, db);
            const QByteArray sql = "UPDATE " + identifier(rows.table) + " SET " + sets + " WHERE rowid = ?";
            Statement st(db, sql.constData());
            for (const auto &row : rows.updated) {
                for (int i = 0; i < row.size(); ++i)
                    st.bind(i + 1, row.at(i));
                st.bind(int(row.size()) + 1, row.at(key));
                st.run();
            }
        }
    }
    Statement fts(db, "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)");
    for (const auto &[rowid, text] : snapshot.searchRows) {
        fts.bind(1, rowid).bind(2, text);
        fts.run();
    }
}

void writeMetadataInTransaction(Database &db, qint64 articleId, const StoredMetadata &m)
{
    Statement st(db, "UPDATE articles SET title = ?, outlet = ?, published = ?, published_source = ?, "
                     "title_is_file_name = ? WHERE id = ?");
    st.bind(1, m.title).bind(2, m.outlet).bind(3, m.published).bind(4, m.publishedSource);
    st.bind(5, m.titleIsFileName ? 1 : 0).bind(6, articleId).run();
    if (db.changes() == 0)
        throw StoreError(QStringLiteral("There is no article %1 to change.").arg(articleId));
    rewriteArticleExtraction(db, articleId);
}

} // namespace

int ArticleSnapshot::rowCount() const
{
    int n = int(searchRows.size());
    for (const Rows &rows : tables)
        n += int(rows.inserted.size());
    return n;
}

StoredMetadata storedMetadata(Database &db, qint64 articleId)
{
    Statement st(db, "SELECT title, outlet, published, published_source, title_is_file_name FROM articles WHERE id = ?");
    st.bind(1, articleId);
    if (!st.step())
        throw StoreError(QStringLiteral("There is no article %1.").arg(articleId));
    return {st.text(0), st.text(1), st.text(2), st.text(3), st.integer(4) != 0};
}

StoredMetadata userMetadata(const StoredMetadata &before, const QString &title, const QString &outlet,
                            const QString &published)
{
    StoredMetadata m = before;
    m.title = title;
    m.outlet = outlet;
    if (published != before.published) {
        m.published = published.isEmpty() ? QString() : published;
        m.publishedSource = m.published.isNull() ? QString() : QStringLiteral("user");
    }
    // A title the user typed is a title, even when it is the file name.
    m.titleIsFileName = before.titleIsFileName && title == before.title;
    return m;
}

void writeMetadata(Database &db, qint64 articleId, const StoredMetadata &metadata)
{
    Transaction tx(db);
    writeMetadataInTransaction(db, articleId, metadata);
    tx.commit();
}

QVector<ArticleSnapshot> deleteArticles(Database &db, const QVector<qint64> &articleIds)
{
    QVector<ArticleSnapshot> out;
    Transaction tx(db);
    for (qint64 id : articleIds)
        out.append(deleteOne(db, id));
    tx.commit();
    return out;
}

void restoreArticles(Database &db, const QVector<ArticleSnapshot> &snapshots)
{
    Transaction tx(db);
    // Rows come back parent-last within a table group; checking keys at COMMIT lets them land
    // in any order and still refuses a restore that would leave a dangling reference.
    db.exec("PRAGMA defer_foreign_keys = ON");
    // Later deletions saw the library without the earlier ones: put them back in reverse.
    for (auto it = snapshots.crbegin(); it != snapshots.crend(); ++it)
        restoreOne(db, *it);
    tx.commit();
}

MergeRecord mergeArticles(Database &db, qint64 primaryId, qint64 duplicateId, const StoredMetadata &combined)
{
    if (primaryId == duplicateId)
        throw StoreError(QStringLiteral("An article cannot be merged into itself."));
    Transaction tx(db);
    MergeRecord merge;
    merge.primaryId = primaryId;
    merge.primaryBefore = storedMetadata(db, primaryId);
    Statement dup(db, "SELECT sha256, source, title, outlet FROM articles WHERE id = ?");
    dup.bind(1, duplicateId);
    if (!dup.step())
        throw StoreError(QStringLiteral("There is no article %1 to merge.").arg(duplicateId));
    const QString sha = dup.text(0), source = dup.text(1), title = dup.text(2), outlet = dup.text(3);
    dup.reset();
    // The primary first: its re-extraction then takes fresh ids, not the duplicate's freed ones.
    if (!(combined == merge.primaryBefore))
        writeMetadataInTransaction(db, primaryId, combined);
    merge.duplicate = deleteOne(db, duplicateId);
    Statement record(db, "INSERT OR REPLACE INTO article_merges (sha256, source, title, outlet, merged_into, merged_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    record.bind(1, sha).bind(2, source).bind(3, title).bind(4, outlet).bind(5, primaryId);
    record.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).run();
    tx.commit();
    return merge;
}

void unmergeArticles(Database &db, const MergeRecord &merge)
{
    Transaction tx(db);
    db.exec("PRAGMA defer_foreign_keys = ON");
    restoreOne(db, merge.duplicate);
    Statement(db, "DELETE FROM article_merges WHERE sha256 = (SELECT sha256 FROM articles WHERE id = ?)")
        .bind(1, merge.duplicate.articleId)
        .run();
    if (!(storedMetadata(db, merge.primaryId) == merge.primaryBefore))
        writeMetadataInTransaction(db, merge.primaryId, merge.primaryBefore);
    tx.commit();
}

qint64 mergedInto(Database &db, const QString &sha256)
{
    Statement st(db, "SELECT merged_into FROM article_merges WHERE sha256 = ?");
    st.bind(1, sha256);
    return st.step() ? st.int64(0) : 0;
}

} // namespace summit::library
