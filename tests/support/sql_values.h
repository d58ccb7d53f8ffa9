#pragma once

// One-value queries for tests that read the store directly: counts, pragmas, a single text.

#include "store/database.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

namespace summit::test {

/// The first column of the first row, as an integer; the query must return a row.
inline qint64 scalar(Database &db, const char *sql)
{
    Statement st(db, sql);
    REQUIRE(st.step());
    return st.int64(0);
}

/// The first column of the first row, as text; the query must return a row.
inline QString scalarText(Database &db, const char *sql)
{
    Statement st(db, sql);
    REQUIRE(st.step());
    return st.text(0);
}

} // namespace summit::test
