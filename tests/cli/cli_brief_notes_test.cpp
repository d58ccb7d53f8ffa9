// `brief --no-notes`: the analyst's stars and notes are printed by default, and left out on request.

#include "cli_fixture.h"
#include "library/annotations.h"
#include "library/user_edits.h"
#include "store/database.h"

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s});
    REQUIRE(p.waitForFinished(60'000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("brief prints the analyst's notes unless --no-notes is given", "[cli][brief]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"notes.sqlite"_s);
    REQUIRE(runCli(home.path(), {u"--db"_s, db, u"init"_s}).code == 0);
    const QString note = u"Check the <i>readout</i> against the Kremlin's own."_s;
    {
        Database store(db);
        library::UserEdits(store).setAnnotation(library::AnnotationTarget::event(u"sochi-summit-2008"_s),
                                                {true, note, {}});
    }

    const QString with = home.filePath(u"with.pdf"_s);
    const CliRun r = runCli(home.path(), {u"--db"_s, db, u"brief"_s, u"-o"_s, with}, 120'000);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString text = pdfText(with);
    CHECK(text.contains(u"Analyst\u2019s note"_s));
    CHECK(text.contains(u"Analyst\u2019s notes and starred items"_s));
    CHECK(text.contains(note)); // markup prints as typed

    const QString without = home.filePath(u"without.pdf"_s);
    const CliRun plain = runCli(home.path(), {u"--db"_s, db, u"brief"_s, u"--no-notes"_s, u"-o"_s, without}, 120'000);
    INFO(plain.err.toStdString());
    REQUIRE(plain.code == 0);
    const QString bare = pdfText(without);
    CHECK_FALSE(bare.contains(u"Analyst\u2019s"_s));
    CHECK_FALSE(bare.contains(u"readout"_s));

    const CliRun help = runCli(home.path(), {u"brief"_s, u"--help"_s});
    CHECK(help.out.contains(u"--no-notes"_s));
}
