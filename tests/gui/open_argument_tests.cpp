// The library named on the command line (the file manager passes any .sqlite file): another
// program's database is refused and left byte for byte as it was.
#include "foreign_database.h"
#include "store/database.h"
#include "window/library_recovery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace summit;

TEST_CASE("Another program's SQLite database is not taken for a library", "[ui]")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("places.sqlite"));
    test::makeForeignDatabase(foreign);
    const QByteArray before = test::fileHash(foreign);
    REQUIRE_FALSE(before.isEmpty());
    const QString problem = gui::foreignDatabaseProblem(foreign);
    CHECK(problem.contains(foreign));
    CHECK(problem.contains(QStringLiteral("another program")));
    CHECK(test::fileHash(foreign) == before);
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
