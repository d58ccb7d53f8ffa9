// File → Export: record exports through the dialog over the current view, and the timeline
// as PNG (1× and 2×) and SVG with its axis and event labels.
#include "ui_helpers.h"

#include "export/export_dialog.h"
#include "export/timeline_image.h"
#include "ingest/bundled_corpus.h"
#include "state/selection.h"
#include "state/session.h"
#include "store/database.h"
#include "timeline/timeline_panel.h"
#include "timeline/timeline_view.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

namespace {

struct CorpusWindow
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    CorpusWindow()
    {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            Database db(path);
            initialiseDatabase(db); // the bundled corpus, through the real pipeline
        }
        window = test::openWindow(path);
        window->timeline()->view()->fitAll();
        QCoreApplication::processEvents();
    }

    const library::EventRecord &event(const char *title) const
    {
        for (const auto &e : window->session().events())
            if (e.title == QLatin1String(title))
                return e;
        FAIL("no event " << title);
        throw std::logic_error("unreachable");
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// Triggers a File → Export action and drives the dialog it opens: path, scope, Export.
/// Returns the dialog's error text if it refused (the dialog is then cancelled).
QString exportThroughMenu(MainWindow &w, const char *action, const QString &path, bool everything, bool bom = false)
{
    QMenu *menu = w.findChild<QMenu *>(QStringLiteral("menuExport"));
    REQUIRE(menu);
    QAction *a = nullptr;
    for (QAction *candidate : menu->actions())
        if (candidate->objectName() == QLatin1String(action))
            a = candidate;
    REQUIRE(a);
    QString error;
    bool driven = false;
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = w.findChild<ExportDialog *>(QStringLiteral("exportDialog"));
        REQUIRE(dialog);
        driven = true;
        dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(path);
        dialog->findChild<QRadioButton *>(everything ? QStringLiteral("exportScopeAll") : QStringLiteral("exportScopeCurrent"))
            ->setChecked(true);
        if (auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("exportBom")))
            box->setChecked(bom);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportSave")), Qt::LeftButton);
        if (dialog->isVisible()) {
            error = dialog->findChild<QLabel *>(QStringLiteral("exportError"))->text();
            dialog->reject();
        }
    });
    a->trigger();
    REQUIRE(driven);
    return error;
}

} // namespace

TEST_CASE("File → Export writes the records of the current filter and event", "[ui][export]")
{
    CorpusWindow cw;
    MainWindow &w = *cw.window;
    const auto &sochi = cw.event("Sochi summit");
    library::LibraryFilter putin;
    putin.speaker = QStringLiteral("Vladimir Putin");
    w.session().setFilter(putin);
    w.selection().selectEvent(sochi.id);

    const QString current = cw.dir.filePath(QStringLiteral("current.json"));
    REQUIRE(exportThroughMenu(w, "actionExportQuotesJson", current, false).isEmpty());
    const QJsonArray rows = QJsonDocument::fromJson(readAll(current)).array();
    REQUIRE(rows.size() > 0);
    int expected = 0;
    for (const library::QuoteRecord &q : w.session().library().quotes(putin, false))
        expected += q.eventId == sochi.id ? 1 : 0;
    CHECK(rows.size() == expected);
    for (const QJsonValue &r : rows) {
        CHECK(r[QStringLiteral("speaker")].toString() == QStringLiteral("Vladimir Putin"));
        CHECK(r[QStringLiteral("event")].toString() == QStringLiteral("Sochi summit"));
    }

    const QString all = cw.dir.filePath(QStringLiteral("all.csv"));
    REQUIRE(exportThroughMenu(w, "actionExportQuotesCsv", all, true, true).isEmpty());
    const QByteArray csv = readAll(all);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.count("\r\n") > rows.size() + 1); // header plus more than the filtered rows

    const QString ris = cw.dir.filePath(QStringLiteral("citations.ris"));
    REQUIRE(exportThroughMenu(w, "actionExportCitationsRis", ris, false).isEmpty());
    CHECK(readAll(ris).startsWith("TY  - NEWS\r\n"));
}

TEST_CASE("A failed export says which file and why, and leaves nothing behind", "[ui][export]")
{
    CorpusWindow cw;
    const QString missing = cw.dir.filePath(QStringLiteral("no/such/folder/events.csv"));
    const QString error = exportThroughMenu(*cw.window, "actionExportEventsCsv", missing, true);
    CHECK(error.contains(missing));
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("The timeline exports as PNG at 1× and 2× and as SVG with its labels", "[ui][export]")
{
    CorpusWindow cw;
    QWidget *view = cw.window->findChild<QWidget *>(QStringLiteral("timelineView"));
    REQUIRE(view);
    const QSize size = view->size();
    REQUIRE(size.width() > 200);

    const QString png = cw.dir.filePath(QStringLiteral("t.png"));
    const QString png2 = cw.dir.filePath(QStringLiteral("t2.png"));
    writeTimelineImage(view, png, TimelineImageFormat::Png);
    writeTimelineImage(view, png2, TimelineImageFormat::Png2x);
    const QImage one(png), two(png2);
    CHECK(one.size() == size);
    CHECK(two.size() == size * 2);
    // Something was painted: many distinct colours, not a blank fill.
    QSet<QRgb> colours;
    for (int y = 0; y < two.height(); y += 7)
        for (int x = 0; x < two.width(); x += 7)
            colours << two.pixel(x, y);
    CHECK(colours.size() > 10);

    const QString svgPath = cw.dir.filePath(QStringLiteral("t.svg"));
    writeTimelineImage(view, svgPath, TimelineImageFormat::Svg);
    const QByteArray svg = readAll(svgPath);
    QXmlStreamReader xml(svg);
    QStringList texts;
    bool inText = false;
    bool root = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root) {
            CHECK(xml.name() == QLatin1String("svg"));
            root = false;
        }
        if (xml.isStartElement())
            inText = xml.name() == QLatin1String("text");
        else if (xml.isCharacters() && inText)
            texts << xml.text().toString().simplified();
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    const QString all = texts.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    // Every event the view shows is labelled, and the axis carries its years.
    const Session &session = cw.window->session();
    REQUIRE(session.shownEvents().size() > 10);
    for (int index : session.shownEvents()) {
        const QString title = session.events().at(index).title;
        INFO(title.toStdString());
        CHECK(all.contains(title));
    }
    CHECK(texts.contains(QStringLiteral("2008")));
}
