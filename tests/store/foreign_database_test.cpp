// A file that belongs to another program is refused by the store itself, before anything writes
// to it, so every way in (the app, the CLI's --db, an import) leaves it as it was.
#include "foreign_database.h"
#include "store/database.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace summit;

TEST_CASE("Another program's database is refused and left untouched", "[store]")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("bookmarks.sqlite"));
    test::makeForeignDatabase(foreign);
    const QByteArray before = test::fileHash(foreign);
    REQUIRE_FALSE(before.isEmpty());
    try {
        Database db(foreign);
        FAIL("a foreign database was opened for writing");
    } catch (const StoreError &e) {
        CHECK(e.message().contains(foreign));
        CHECK(e.message().contains(QStringLiteral("another program")));
    }
    CHECK(test::fileHash(foreign) == before);
    CHECK_FALSE(QFile::exists(foreign + QStringLiteral("-wal")));

    // Reading it is harmless and still allowed (inspection, the app's own check).
    {
        Database reader(foreign, Database::Mode::ReadOnly);
        CHECK(reader.isForeignDatabase());
    }

    // A new file and an empty one become libraries as before.
    const QString fresh = dir.filePath(QStringLiteral("new.sqlite"));
    {
        Database db(fresh);
        CHECK(db.userVersion() == Database::currentSchemaVersion());
        CHECK_FALSE(db.isForeignDatabase());
    }
    CHECK_NOTHROW(Database(fresh)); // and open again
    QFile empty(dir.filePath(QStringLiteral("empty.sqlite")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    CHECK_NOTHROW(Database(empty.fileName()));
}
