// The import's background checkpointer: the WAL is copied into the database on another thread,
// stays bounded while one writer commits batch after batch, and the writer's own automatic
// checkpoints come back afterwards.

#include "store/background_checkpointer.h"
#include "store/database.h"
#include "store/statement.h"
#include "sql_values.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// One transaction of `rows` rows of about a page each, like an import batch.
void commitBatch(Database &db, int rows)
{
    Transaction tx(db);
    Statement insert(db, "INSERT INTO blobs (data) VALUES (?)");
    for (int i = 0; i < rows; ++i)
        insert.bind(1, QByteArray(12000, char('a' + i % 26))).run();
    tx.commit();
}

} // namespace

TEST_CASE("The WAL stays bounded while a writer commits batch after batch", "[store][checkpoint]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wal.sqlite"_s);
    Database db(path);
    db.exec("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)");
    const qint64 pageSize = scalar(db, "PRAGMA page_size");
    const qint64 before = scalar(db, "PRAGMA wal_autocheckpoint");
    const int batches = 60;
    const int rowsPerBatch = 200; // ~200 pages a batch: 12,000 pages in all, six times the limit
    qint64 largestWal = 0;
    {
        BackgroundCheckpointer checkpointer(db);
        REQUIRE(checkpointer.active());
        CHECK(scalar(db, "PRAGMA wal_autocheckpoint") == 0); // the writer no longer checkpoints itself
        for (int b = 0; b < batches; ++b) {
            commitBatch(db, rowsPerBatch);
            largestWal = std::max(largestWal, QFileInfo(path + u"-wal"_s).size());
        }
        CHECK(checkpointer.checkpoints() > 0);
    }
    // Without restarts the WAL would hold every page written (~12,000); the limit plus a couple
    // of batches in flight is the most it may reach.
    const qint64 bound = (BackgroundCheckpointer::kRestartFrames + 3 * rowsPerBatch) * (pageSize + 24) + 32;
    INFO("largest WAL " << largestWal << " bytes, bound " << bound);
    CHECK(largestWal <= bound);
    CHECK(scalar(db, "PRAGMA wal_autocheckpoint") == before);
    CHECK(scalar(db, "SELECT COUNT(*) FROM blobs") == batches * rowsPerBatch);
    CHECK(scalarText(db, "PRAGMA integrity_check") == u"ok"_s);
}

TEST_CASE("An in-memory database keeps its own checkpoints", "[store][checkpoint]")
{
    Database db(u":memory:"_s);
    BackgroundCheckpointer checkpointer(db);
    CHECK_FALSE(checkpointer.active());
}
