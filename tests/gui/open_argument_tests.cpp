// The library named on the command line (the file manager passes any .sqlite file): another
// program's database is refused and left byte for byte as it was.
#include "store/database.h"
#include "window/library_recovery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace summit;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("Another program's SQLite database is not taken for a library", "[ui]")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("places.sqlite"));
    {
        // Schema version 0 with tables of its own: how other programs' databases look.
        Database db(foreign);
        db.exec("CREATE TABLE bookmarks(id INTEGER PRIMARY KEY, url TEXT)");
        db.exec("PRAGMA user_version = 0");
        db.exec("PRAGMA journal_mode = DELETE"); // one file, so its bytes can be compared
    }
    const QByteArray before = hashOf(foreign);
    const QString problem = gui::foreignDatabaseProblem(foreign);
    CHECK(problem.contains(foreign));
    CHECK(problem.contains(QStringLiteral("another program")));
    CHECK(hashOf(foreign) == before);
    CHECK_FALSE(QFile::exists(foreign + QStringLiteral("-wal")));

    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    { Database db(library); }
    CHECK(gui::foreignDatabaseProblem(library).isEmpty());
    CHECK(gui::foreignDatabaseProblem(dir.filePath(QStringLiteral("new.sqlite"))).isEmpty());
    QFile empty(dir.filePath(QStringLiteral("empty.sqlite")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    CHECK(gui::foreignDatabaseProblem(empty.fileName()).isEmpty());
    CHECK(gui::foreignDatabaseProblem(dir.path()).contains(QStringLiteral("folder")));
}
