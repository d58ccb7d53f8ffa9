#include "export/export_menu.h"

#include "export/export_dialog.h"
#include "export/timeline_image.h"
#include "panels/record_menu.h"
#include "state/selection.h"
#include "state/session.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QMainWindow>

namespace summit::gui {

using exporting::ExportFormat;
using exporting::RecordKind;

namespace {

void showDone(QWidget *window, const QString &path)
{
    if (auto *main = qobject_cast<QMainWindow *>(window); main && !path.isEmpty())
        main->statusBar()->showMessage(QStringLiteral("Exported to %1").arg(path), 6000);
}

} // namespace

void populateExportMenu(QMenu *menu, Session &session, Selection &selection, QWidget *window)
{
    struct Item
    {
        const char *name;
        RecordKind kind;
        ExportFormat format;
    };
    static const Item records[] = {
        {"actionExportQuotesCsv", RecordKind::Quotes, ExportFormat::Csv},
        {"actionExportQuotesJson", RecordKind::Quotes, ExportFormat::Json},
        {"actionExportEventsCsv", RecordKind::Events, ExportFormat::Csv},
        {"actionExportEventsJson", RecordKind::Events, ExportFormat::Json},
        {"actionExportArticlesCsv", RecordKind::Articles, ExportFormat::Csv},
        {"actionExportArticlesJson", RecordKind::Articles, ExportFormat::Json},
        {nullptr, {}, {}},
        {"actionExportCitationsCsl", RecordKind::Citations, ExportFormat::CslJson},
        {"actionExportCitationsRis", RecordKind::Citations, ExportFormat::Ris},
        {"actionExportQuoteCitationsCsl", RecordKind::Quotes, ExportFormat::CslJson},
        {"actionExportQuoteCitationsRis", RecordKind::Quotes, ExportFormat::Ris},
    };
    for (const Item &item : records) {
        if (!item.name) {
            menu->addSeparator();
            continue;
        }
        QAction *a = menu->addAction(exportTitle(item.kind, item.format) + QStringLiteral("…"));
        a->setObjectName(QString::fromLatin1(item.name));
        QObject::connect(a, &QAction::triggered, window, [&session, &selection, window, item] {
            exporting::ExportSelection current{session.filter(), {}};
            if (const library::EventRecord *e = session.eventById(selection.eventId()))
                current.eventSlug = e->slug;
            showDone(window, exportRecords(window, session.library(), item.kind, item.format, current));
        });
    }
    menu->addSeparator();
    struct Image
    {
        const char *name;
        const char *text;
        TimelineImageFormat format;
    };
    static const Image images[] = {
        {"actionExportTimelinePng", "Timeline as PNG…", TimelineImageFormat::Png},
        {"actionExportTimelinePng2x", "Timeline as PNG at 2×…", TimelineImageFormat::Png2x},
        {"actionExportTimelineSvg", "Timeline as SVG…", TimelineImageFormat::Svg},
    };
    for (const Image &image : images) {
        QAction *a = menu->addAction(QString::fromUtf8(image.text));
        a->setObjectName(QString::fromLatin1(image.name));
        QObject::connect(a, &QAction::triggered, window, [window, image] {
            if (auto *timeline = window->findChild<QWidget *>(QStringLiteral("timelineView")))
                showDone(window, exportTimelineImage(window, timeline, image.format));
        });
    }
}

void addExportSelection(RecordMenu &menu, Session &session, QWidget *window)
{
    auto *action = new QAction(QStringLiteral("Export Selection…"), window);
    action->setObjectName(QStringLiteral("actionExportSelection"));
    QObject::connect(action, &QAction::triggered, window, [&menu, &session, window] {
        const RecordTarget &target = menu.target();
        exporting::ExportSelection selection;
        RecordKind kind = RecordKind::Citations;
        ExportFormat format = ExportFormat::Ris;
        if (target.articleId) {
            selection.articleId = target.articleId; // the article as a reference
        } else if (const library::EventRecord *e = session.eventById(target.eventId)) {
            selection.eventSlug = e->slug; // what the sources said of the event
            kind = RecordKind::Quotes;
            format = ExportFormat::Csv;
        } else {
            return;
        }
        showDone(window, exportRecords(window, session.library(), kind, format, selection));
    });
    menu.addPluginAction(action);
}

} // namespace summit::gui
