#include "brief/sections.h"

#include "brief/brief_dates.h"
#include "brief/timeline_object.h"

#include <algorithm>

namespace summit::brief {

namespace {

// The axis spans the scope the reader asked for. With open ends it spans the events, less
// outliers: an event far from the rest (a 2001 meeting in a 2007-2008 record) sits on the
// axis end instead of stretching the axis.
TimelineFrame timelineFrame(const BriefContent &content)
{
    QVector<QDate> starts, ends;
    for (const EventBrief &e : content.events) {
        starts << e.start;
        ends << e.end;
    }
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
    TimelineFrame frame{content.request.from, content.request.to};
    if (starts.isEmpty())
        return frame;
    int first = 0, last = int(ends.size()) - 1;
    // An end event is an outlier when its gap to the rest exceeds 40% of the rest's span.
    while (last - first >= 3 && starts[first].daysTo(starts[first + 1]) * 5 > starts[first + 1].daysTo(ends[last]) * 2)
        ++first;
    while (last - first >= 3 && ends[last - 1].daysTo(ends[last]) * 5 > starts[first].daysTo(ends[last - 1]) * 2)
        --last;
    if (!frame.first.isValid())
        frame.first = starts[first];
    if (!frame.last.isValid())
        frame.last = ends[last];
    return frame;
}

} // namespace

int writeTimeline(DocWriter &w, const BriefContent &content, qreal width, qreal maxHeight, QPaintDevice *device)
{
    const int heading = w.heading1(QStringLiteral("Timeline"), true);
    QVector<TimelineItem> items;
    for (const EventBrief &e : content.events)
        items.append({e.start, e.end, e.title, e.isReported(),
                      (e.kind == u"summit" ? 2 : 0) + (e.isReported() ? 1 : 0)});
    auto layout = std::make_shared<const TimelineLayout>(items, width, maxHeight, w.style(), device,
                                                         timelineFrame(content));

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
    if (layout->outliers() == 1)
        caption += QStringLiteral(" One event lies outside the axis; a triangle at the axis end points to it.");
    else if (layout->outliers() > 1)
        caption += QStringLiteral(" %1 events lie outside the axis; triangles at its ends point to them.").arg(layout->outliers());
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
    const int heading = w.heading1(QStringLiteral("Sources"), false);
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
        QTextCharFormat label = w.labelFormat(BriefStyle::accent());
        label.setProperty(SourceEntryProperty, i + 1);
        w.text(QStringLiteral("[%1]").arg(i + 1), label);
        w.enterCell(t, i, 1);
        w.text(a.outlet, w.smallStrongFormat());
        w.text(QStringLiteral(". \u201c") + (a.title.isEmpty() ? QStringLiteral("Untitled") : a.title)
                   + QStringLiteral(".\u201d ") + (a.published.isValid() ? dateText(a.published) : QStringLiteral("Undated"))
                   + QStringLiteral("."),
               w.smallFormat());
        // Reliability: an original report, or a copy of one (which then adds no corroboration).
        w.text(a.copyOf.isEmpty() ? QStringLiteral(" Original report.") : QStringLiteral(" Republished: %1.").arg(a.copyOf),
               w.mutedFormat());
        if (!a.url.isEmpty()) {
            w.text(QString(QChar::LineSeparator), w.smallFormat());
            w.link(a.url);
        }
    }
    w.endTable();
    return heading;
}

} // namespace summit::brief
