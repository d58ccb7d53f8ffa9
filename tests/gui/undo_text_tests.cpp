// The undo action's text names the edited article, cut short so the toolbar keeps its layout.
#include "fixture.h"
#include "ui_helpers.h"

#include "library/library.h"
#include "state/session.h"

#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace summit;

TEST_CASE("A long title is cut short in the undo text", "[ui]")
{
    test::SampleLibrary sample;
    auto w = test::openWindow(sample.path);
    const auto before = *w->session().library().metadata(sample.apArticle);
    const QString longTitle = QStringLiteral("Bush and Putin end their last summit at the Black Sea resort with warm "
                                             "words and no deal on missile defense");
    w->applyMetadata(sample.apArticle, longTitle, before.outlet, before.published);
    const QString text = w->undoStack()->undoText();
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Edit Metadata of “Bush and Putin end their last")));
    CHECK(text.endsWith(QStringLiteral("…”")));
    CHECK(text.size() <= 52);
    // The title itself is stored whole.
    CHECK(w->session().library().metadata(sample.apArticle)->title == longTitle);
}
