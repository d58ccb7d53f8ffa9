// The CLI reads through Library: for the same filter it gives the app's answers (quotes, search,
// the articles list), and the filter options are checked like the app's filter bar.
#include "cli_fixture.h"

#include "library/library.h"
#include "store/database.h"

#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString initialised(QTemporaryDir &home)
{
    REQUIRE(home.isValid());
    const QString db = home.filePath(u"cli.sqlite"_s);
    const CliRun run = runCli(home.path(), {u"--db"_s, db, u"init"_s});
    REQUIRE(run.code == 0);
    return db;
}

QSet<qint64> ids(const QJsonArray &rows, const char *key)
{
    QSet<qint64> out;
    for (const auto &v : rows)
        out.insert(v.toObject().value(QLatin1String(key)).toInteger());
    return out;
}

} // namespace

TEST_CASE("quotes with the filter bar's options are the app's filtered quotes", "[cli][library]")
{
    QTemporaryDir home;
    const QString db = initialised(home);
    library::LibraryFilter filter;
    filter.from = QDate(2008, 3, 1);
    filter.to = QDate(2008, 4, 30);
    QSet<qint64> expected;
    QString outlet;
    {
        Database d(db, Database::Mode::ReadOnly);
        library::Library lib(d);
        outlet = lib.outlets().first();
        filter.outlet = outlet;
        for (const library::QuoteRecord &q : lib.quotes(filter, false))
            expected.insert(q.id);
    }
    const CliRun run = runCli(home.path(), {u"--db"_s, db, u"quotes"_s, u"--json"_s, u"--outlet"_s, outlet,
                                            u"--from"_s, u"2008-03-01"_s, u"--to"_s, u"2008-04-30"_s});
    REQUIRE(run.code == 0);
    const QJsonArray rows = jsonArray(run);
    CHECK(ids(rows, "id") == expected);
    for (const auto &v : rows)
        CHECK(v.toObject().value(u"outlet"_s).toString() == outlet);

    const CliRun bad = runCli(home.path(), {u"--db"_s, db, u"quotes"_s, u"--from"_s, u"April"_s});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(u"--from must be a date"_s));
}

TEST_CASE("search is the app's search, outlet and dates included", "[cli][library][search]")
{
    QTemporaryDir home;
    const QString db = initialised(home);
    library::LibraryFilter filter;
    QSet<qint64> all, filtered;
    {
        Database d(db, Database::Mode::ReadOnly);
        library::Library lib(d);
        for (const library::SearchHit &h : lib.search(u"missile defen"_s, filter, 200).hits)
            all.insert(h.sentenceId);
        filter.outlet = lib.outlets().first();
        for (const library::SearchHit &h : lib.search(u"missile defen"_s, filter, 200).hits)
            filtered.insert(h.sentenceId);
    }
    REQUIRE(filtered.size() < all.size());
    // "defen" is a prefix, as the app's search-as-you-type reads the last word.
    const CliRun run = runCli(home.path(), {u"--db"_s, db, u"search"_s, u"missile defen"_s, u"--json"_s, u"--limit"_s, u"200"_s});
    REQUIRE(run.code == 0);
    CHECK(ids(jsonArray(run), "sentence_id") == all);
    const CliRun one = runCli(home.path(), {u"--db"_s, db, u"search"_s, u"missile defen"_s, u"--json"_s, u"--limit"_s,
                                            u"200"_s, u"--outlet"_s, filter.outlet});
    REQUIRE(one.code == 0);
    CHECK(ids(jsonArray(one), "sentence_id") == filtered);
}

TEST_CASE("articles lists the app's articles with their counts", "[cli][library]")
{
    QTemporaryDir home;
    const QString db = initialised(home);
    const CliRun run = runCli(home.path(), {u"--db"_s, db, u"articles"_s, u"--json"_s});
    REQUIRE(run.code == 0);
    const QJsonArray rows = jsonArray(run);
    Database d(db, Database::Mode::ReadOnly);
    const auto list = library::Library(d).articleSummaries();
    REQUIRE(rows.size() == list.size());
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = rows.at(i).toObject();
        CHECK(o.value(u"id"_s).toInteger() == list.at(i).id);
        CHECK(o.value(u"quotes"_s).toInt() == list.at(i).quotes);
        CHECK(o.value(u"events"_s).toInt() == list.at(i).events);
        CHECK(o.value(u"words"_s).toInt() > 100);
    }
}
