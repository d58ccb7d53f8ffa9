// The Export Briefing dialog's "Include my notes and starred items" box: ticked when the
// library has any, greyed out when it has none, and it decides the request.
#include "ui_helpers.h"

#include "ingest/bundled_corpus.h"
#include "library/user_edits.h"
#include "state/selection.h"
#include "state/session.h"
#include "store/database.h"
#include "window/briefing_dialog.h"

#include <QCheckBox>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

TEST_CASE("Export Briefing offers the analyst's notes when the library has some", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Database db(path);
        initialiseDatabase(db);
    }
    {
        auto w = test::openWindow(path);
        BriefingDialog dialog(w->session(), w->selection(), QDate(2008, 3, 1), QDate(2008, 4, 30), w.get());
        auto *notes = dialog.findChild<QCheckBox *>(QStringLiteral("briefingNotes"));
        REQUIRE(notes);
        CHECK_FALSE(notes->isEnabled());
        CHECK_FALSE(notes->isChecked());
        CHECK_FALSE(dialog.request().includeNotes);
    }
    {
        Database db(path);
        library::UserEdits(db).setAnnotation(library::AnnotationTarget::event(QStringLiteral("sochi-summit-2008")),
                                             {false, QStringLiteral("Follow the radar talks."), {}});
    }
    auto w = test::openWindow(path);
    BriefingDialog dialog(w->session(), w->selection(), QDate(2008, 3, 1), QDate(2008, 4, 30), w.get());
    auto *notes = dialog.findChild<QCheckBox *>(QStringLiteral("briefingNotes"));
    REQUIRE(notes);
    CHECK(notes->isEnabled());
    CHECK(notes->isChecked());
    CHECK(dialog.request().includeNotes);
    notes->setChecked(false);
    CHECK_FALSE(dialog.request().includeNotes);
}
