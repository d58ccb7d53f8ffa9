// A file that belongs to another program is refused by the store itself, before anything writes
// to it, so every way in (the app, the CLI's --db, an import) leaves it as it was.
#include "store/database.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace summit;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("Another program's database is refused and left untouched", "[store]")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("bookmarks.sqlite"));
    {
        // Tables of its own and schema version 0: how other programs' databases look.
        Database db(foreign);
        db.exec("CREATE TABLE bookmarks(id INTEGER PRIMARY KEY, url TEXT)");
        db.exec("PRAGMA user_version = 0");
        db.exec("PRAGMA journal_mode = DELETE"); // one file, so its bytes can be compared
    }
    const QByteArray before = hashOf(foreign);
    try {
        Database db(foreign);
        FAIL("a foreign database was opened for writing");
    } catch (const StoreError &e) {
        CHECK(e.message().contains(foreign));
        CHECK(e.message().contains(QStringLiteral("another program")));
    }
    CHECK(hashOf(foreign) == before);
    CHECK_FALSE(QFile::exists(foreign + QStringLiteral("-wal")));

    // Reading it is harmless and still allowed (inspection, the app's own check).
    CHECK_NOTHROW(Database(foreign, Database::Mode::ReadOnly));

    // A new file and an empty one become libraries as before.
    const QString fresh = dir.filePath(QStringLiteral("new.sqlite"));
    {
        Database db(fresh);
        CHECK(db.userVersion() == Database::currentSchemaVersion());
    }
    CHECK_NOTHROW(Database(fresh)); // and open again
    QFile empty(dir.filePath(QStringLiteral("empty.sqlite")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    CHECK_NOTHROW(Database(empty.fileName()));
}
