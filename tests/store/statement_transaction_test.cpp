// Statement binds values without splicing them into SQL, and Transaction is all or nothing:
// the RAII types every import and migration relies on.

#include "store/database.h"
#include "store/query_deadline.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace summit;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 count(Database &db)
{
    Statement st(db, "SELECT COUNT(*) FROM t");
    REQUIRE(st.step());
    return st.int64(0);
}

} // namespace

TEST_CASE("Statement round-trips every bound type, NULL included", "[store][statement]")
{
    Database db(u":memory:"_s);
    db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB)");
    const QString tricky = u"Robert'); DROP TABLE t;-- \u201Cquoted\u201D \u00E9"_s;
    const QByteArray blob("\x00\x01\xFF raw", 7);
    Statement ins(db, "INSERT INTO t (i, r, s, b) VALUES (?, ?, ?, ?)");
    ins.bindAll(qint64(1) << 40, 2.5, tricky, blob).run();
    ins.bind(1, 7).bindNull(2).bind(3, QString()).bind(4, QByteArray()).run();
    CHECK(count(db) == 2);

    Statement sel(db, "SELECT i, r, s, b FROM t ORDER BY i DESC");
    REQUIRE(sel.step());
    CHECK(sel.int64(0) == (qint64(1) << 40));
    CHECK(sel.real(1) == 2.5);
    CHECK(sel.text(2) == tricky); // stored as text, never executed
    CHECK(sel.blob(3) == blob);
    REQUIRE(sel.step());
    CHECK(sel.integer(0) == 7);
    CHECK(sel.isNull(1));
    CHECK(sel.isNull(2)); // a null QString binds NULL
    CHECK(sel.text(2).isNull());
    CHECK_FALSE(sel.step());
}

TEST_CASE("Bad SQL and constraint violations throw StoreError with SQLite's reason", "[store][statement]")
{
    Database db(u":memory:"_s);
    db.exec("CREATE TABLE t (k TEXT UNIQUE)");
    CHECK_THROWS_AS(Statement(db, "SELEKT nothing"), StoreError);
    Statement ins(db, "INSERT INTO t (k) VALUES (?)");
    ins.bind(1, u"a"_s).run();
    try {
        ins.bind(1, u"a"_s).run();
        FAIL("duplicate key accepted");
    } catch (const StoreError &e) {
        CHECK(e.message().contains(u"UNIQUE"_s));
    }
    ins.reset();
    CHECK(count(db) == 1);
}

TEST_CASE("Transaction rolls back unless committed", "[store][transaction]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"tx.sqlite"_s));
    db.exec("CREATE TABLE t (k INTEGER)");
    {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
        db.exec("INSERT INTO t VALUES (2)");
        CHECK(count(db) == 2);
    } // no commit
    CHECK(count(db) == 0);
    {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES (3)");
        tx.commit();
    }
    CHECK(count(db) == 1);

    // An exception in the middle unwinds the transaction as well.
    try {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES (4)");
        db.exec("INSERT INTO no_such_table VALUES (5)");
        tx.commit();
    } catch (const StoreError &) {
    }
    CHECK(count(db) == 1);
}

TEST_CASE("A second connection sees only committed rows (WAL)", "[store][transaction]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wal.sqlite"_s);
    Database writer(path);
    writer.exec("CREATE TABLE t (k INTEGER)");
    Database reader(path, Database::Mode::ReadOnly);
    Transaction tx(writer);
    writer.exec("INSERT INTO t VALUES (1)");
    CHECK(count(reader) == 0); // a reader is never blocked and never sees half a write
    tx.commit();
    CHECK(count(reader) == 1);
}

TEST_CASE("A query deadline interrupts a long statement and only that connection's work", "[store][statement]")
{
    Database db(u":memory:"_s);
    // Counting to ten million takes far more than the check interval of VM steps.
    const char *slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000) "
                       "SELECT COUNT(*) FROM n";
    {
        QueryDeadline deadline(db, 0);
        Statement st(db, slow);
        CHECK_THROWS_AS(st.step(), StoreError);
        CHECK(deadline.expired());
    }
    // Gone with its scope: the same statement now runs to the end.
    Statement st(db, "SELECT 41 + 1");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 42);
}
