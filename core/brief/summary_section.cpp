#include "brief/sections.h"

#include "brief/brief_dates.h"

namespace summit::brief {

namespace {

void writeEventRows(DocWriter &w, const BriefContent &content)
{
    QTextTable *t = w.table(int(content.events.size()) + 1, {14, 86}, TableLook::Grid, 1, TableDensity::Compact);
    w.enterCell(t, 0, 0, true);
    w.text(QStringLiteral("Date"), w.compactStrongFormat());
    w.enterCell(t, 0, 1, true);
    w.text(QStringLiteral("Event and what happened"), w.compactStrongFormat());
    for (int i = 0; i < content.events.size(); ++i) {
        const EventBrief &e = content.events[i];
        w.enterCell(t, i + 1, 0);
        w.text(dateRangeText(e.start, e.end, true), w.compactMutedFormat());
        w.enterCell(t, i + 1, 1);
        // One line on what happened, run in after the title to keep the summary to a page.
        w.text(e.title, w.compactStrongFormat());
        w.text(QStringLiteral(". "), w.compactStrongFormat());
        if (!e.summary.isEmpty())
            w.text(e.summary, w.smallFormat());
        else if (!e.sentences.isEmpty())
            w.excerpt(e.sentences.front());
        if (!e.isReported())
            w.text(QStringLiteral(" Not reported in the corpus."), w.compactMutedFormat());
    }
    w.endTable();
}

void writeStatements(DocWriter &w, const QVector<Excerpt> &statements)
{
    if (statements.isEmpty()) {
        w.text(QStringLiteral("No statement in the sources."), w.compactMutedFormat());
        return;
    }
    for (int i = 0; i < statements.size(); ++i) {
        if (i > 0) {
            QTextBlockFormat f = w.cursor().blockFormat();
            f.setTopMargin(w.style().fmt(4));
            w.cursor().insertBlock(f, w.smallFormat());
        }
        w.excerpt(statements[i]);
    }
}

void writePositions(DocWriter &w, const BriefContent &content)
{
    QTextTable *t = w.table(int(content.topics.size()) + 1, {15, 40, 45}, TableLook::Grid, 1, TableDensity::Compact);
    w.enterCell(t, 0, 0, true);
    w.text(QStringLiteral("Topic"), w.compactStrongFormat());
    w.enterCell(t, 0, 1, true);
    w.text(QStringLiteral("United States"), w.compactStrongFormat(BriefStyle::us()));
    w.enterCell(t, 0, 2, true);
    w.text(QStringLiteral("Russia"), w.compactStrongFormat(BriefStyle::russia()));
    for (int i = 0; i < content.topics.size(); ++i) {
        const TopicBrief &topic = content.topics[i];
        w.enterCell(t, i + 1, 0);
        w.text(topic.label, w.compactStrongFormat());
        w.enterCell(t, i + 1, 1);
        writeStatements(w, topic.us);
        w.enterCell(t, i + 1, 2);
        writeStatements(w, topic.russia);
    }
    w.endTable();
}

} // namespace

int writeSummary(DocWriter &w, const BriefContent &content)
{
    const int heading = w.heading1(QStringLiteral("Summary"), false);
    // Reported as news, not merely mentioned: a plan or a look back is no evidence it happened.
    int reported = 0;
    for (const EventBrief &e : content.events)
        reported += e.reportCount > 0 ? 1 : 0;
    w.bodyParagraph();
    if (content.events.isEmpty()) {
        w.text(QStringLiteral("No event in the record falls within this scope."));
        return heading;
    }
    w.text(QStringLiteral("This briefing covers %1 %2, %3 of them reported as news in the corpus, drawing on %4 %5 "
                          "from %6 %7. Events are listed in date order.")
               .arg(content.events.size())
               .arg(content.events.size() == 1 ? QStringLiteral("event") : QStringLiteral("events"))
               .arg(reported)
               .arg(content.inScope.articles)
               .arg(content.inScope.articles == 1 ? QStringLiteral("article") : QStringLiteral("articles"))
               .arg(content.inScope.outlets)
               .arg(content.inScope.outlets == 1 ? QStringLiteral("outlet") : QStringLiteral("outlets")));
    w.heading3(QStringLiteral("Events in scope"));
    writeEventRows(w, content);
    if (!content.topics.isEmpty()) {
        w.heading3(QStringLiteral("Positions on the main topics, as the sources state them"));
        writePositions(w, content);
    }
    return heading;
}

} // namespace summit::brief
