#include "brief/sections.h"

#include "brief/brief_dates.h"
#include "brief/timeline_object.h"

namespace summit::brief {

int writeTimeline(DocWriter &w, const BriefContent &content, qreal width, qreal maxHeight, QPaintDevice *device)
{
    const int heading = w.heading1(QStringLiteral("Timeline"), true);
    QVector<TimelineItem> items;
    for (const EventBrief &e : content.events)
        items.append({e.start, e.end, e.title, e.isReported()});
    auto layout = std::make_shared<const TimelineLayout>(items, width, maxHeight, w.style(), device);

    QTextBlockFormat figure;
    figure.setTopMargin(w.style().fmt(6));
    figure.setBottomMargin(w.style().fmt(6));
    w.bodyParagraph();
    w.cursor().setBlockFormat(figure);
    TimelineObject::insert(w.cursor(), layout);

    w.smallParagraph();
    w.text(QStringLiteral("Figure 1. "), w.smallStrongFormat());
    QString caption = QStringLiteral("The %1 events in scope on a date axis. Filled markers are events reported "
                                     "by at least one article in the corpus; open markers are events known "
                                     "only from the catalog. Bars span events lasting several days.")
                          .arg(content.events.size());
    if (layout->omitted() == 1)
        caption += QStringLiteral(" One label is left out for lack of room; every event is listed in the summary.");
    else if (layout->omitted() > 1)
        caption += QStringLiteral(" %1 labels are left out for lack of room; every event is listed in the summary.")
                       .arg(layout->omitted());
    w.text(caption, w.mutedFormat());
    return heading;
}

int writeSources(DocWriter &w, const CitationRegistry &citations)
{
    const int heading = w.heading1(QStringLiteral("Sources"), true);
    w.smallParagraph();
    w.text(QStringLiteral("Every article cited in this briefing, numbered in the order of its first citation."),
           w.mutedFormat());
    const QVector<qint64> &cited = citations.cited();
    if (cited.isEmpty())
        return heading;
    // A borderless two-column table: numbers in their own column, entries aligned beside them.
    QTextTable *t = w.table(int(cited.size()), {7, 93}, TableLook::Plain, 0);
    for (int i = 0; i < cited.size(); ++i) {
        const SourceArticle &a = w.article(cited[i]);
        w.enterCell(t, i, 0);
        w.text(QStringLiteral("[%1]").arg(i + 1), w.labelFormat(BriefStyle::accent()));
        w.enterCell(t, i, 1);
        w.text(a.outlet, w.smallStrongFormat());
        w.text(QStringLiteral(". \u201c") + (a.title.isEmpty() ? QStringLiteral("Untitled") : a.title)
                   + QStringLiteral(".\u201d ") + (a.published.isValid() ? dateText(a.published) : QStringLiteral("Undated"))
                   + QStringLiteral("."),
               w.smallFormat());
        if (!a.url.isEmpty()) {
            w.text(QString(QChar::LineSeparator), w.smallFormat());
            w.link(a.url);
        }
    }
    w.endTable();
    return heading;
}

} // namespace summit::brief
