// File → Export Briefing…: the dialog's scopes become requests, and the PDF it writes is real.
#include "ui_helpers.h"

#include "ingest/bundled_corpus.h"
#include "state/selection.h"
#include "state/session.h"
#include "store/database.h"
#include "window/briefing_dialog.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <iostream>

using namespace summit;
using namespace summit::gui;

TEST_CASE("Export Briefing writes a PDF of the chosen scope, title and paper", "[ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Database db(path);
        initialiseDatabase(db); // the bundled corpus, through the real pipeline
    }
    auto w = test::openWindow(path);
    const auto *sochi = [&]() -> const library::EventRecord * {
        for (const auto &e : w->session().events())
            if (e.title == QLatin1String("Sochi summit"))
                return &e;
        return nullptr;
    }();
    REQUIRE(sochi);
    w->selection().selectEvent(sochi->id);

    BriefingDialog dialog(w->session(), w->selection(), QDate(2008, 3, 1), QDate(2008, 4, 30), w.get());
    dialog.findChild<QLineEdit *>(QStringLiteral("briefingTitle"))->setText(QStringLiteral("Spring 2008"));
    auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("briefingPaper"));
    paper->setCurrentIndex(paper->findText(QStringLiteral("US Letter")));

    // Each scope turns into its own request.
    dialog.findChild<QRadioButton *>(QStringLiteral("briefingScopeSelection"))->setChecked(true);
    CHECK(dialog.request().eventSlugs == QStringList{sochi->slug});
    CHECK_FALSE(dialog.request().from.isValid());
    auto *topics = dialog.findChild<QListWidget *>(QStringLiteral("briefingTopics"));
    REQUIRE(topics->count() > 0);
    dialog.findChild<QRadioButton *>(QStringLiteral("briefingScopeTopics"))->setChecked(true);
    CHECK(dialog.request().topics.isEmpty());
    topics->item(0)->setCheckState(Qt::Checked);
    CHECK(dialog.request().topics == QStringList{topics->item(0)->text()});
    dialog.findChild<QRadioButton *>(QStringLiteral("briefingScopeRange"))->setChecked(true);
    const brief::BriefRequest request = dialog.request();
    CHECK(request.from == QDate(2008, 3, 1));
    CHECK(request.to == QDate(2008, 4, 30));
    CHECK(request.eventSlugs.isEmpty());
    CHECK(request.topics.isEmpty());
    CHECK(request.title == QStringLiteral("Spring 2008"));
    CHECK(request.paper == brief::Paper::Letter);

    const QString pdf = dir.filePath(QStringLiteral("briefing.pdf"));
    QElapsedTimer clock;
    clock.start();
    REQUIRE(dialog.exportTo(pdf));
    const qint64 ms = clock.elapsed();
    std::cout << "briefing written in " << ms << " ms\n"; // printed, not asserted: timings are benchmarks
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 5000);
    CHECK(dialog.statusText().contains(QStringLiteral("briefing.pdf")));

    // A folder that does not exist: no file, and the reason in words, in the dialog.
    const QString nowhere = dir.filePath(QStringLiteral("missing/folder/briefing.pdf"));
    CHECK_FALSE(dialog.exportTo(nowhere));
    CHECK_FALSE(QFile::exists(nowhere));
    CHECK(dialog.statusText().contains(QStringLiteral("not written")));
    CHECK(dialog.statusText().contains(QStringLiteral("missing")));
}
