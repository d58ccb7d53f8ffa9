#include "brief/sections.h"

#include "brief/brief_dates.h"

namespace summit::brief {

namespace {

// Events reported as news get a row each; the rest of the record in scope is one paragraph,
// so the summary keeps to its page.
void writeEventRows(DocWriter &w, const BriefContent &content)
{
    QVector<const EventBrief *> reported, others;
    for (const EventBrief &e : content.events)
        (e.isReported() ? reported : others).append(&e);
    if (!reported.isEmpty()) {
        QTextTable *t = w.table(int(reported.size()) + 1, {17, 83}, TableLook::Grid, 1, TableDensity::Compact);
        w.enterCell(t, 0, 0, true);
        w.text(QStringLiteral("Date"), w.compactStrongFormat());
        w.enterCell(t, 0, 1, true);
        w.text(QStringLiteral("Reported as news"), w.compactStrongFormat());
        for (int i = 0; i < reported.size(); ++i) {
            const EventBrief &e = *reported[i];
            w.enterCell(t, i + 1, 0);
            w.text(dateRangeText(e.start, e.end, true), w.compactMutedFormat());
            w.enterCell(t, i + 1, 1);
            w.text(e.title, w.compactStrongFormat());
            w.text(QStringLiteral(". "), w.compactStrongFormat());
            if (!e.summary.isEmpty())
                w.text(e.summary, w.smallFormat());
            else if (!e.sentences.isEmpty())
                w.excerpt(e.sentences.front());
        }
        w.endTable();
    }
    if (others.isEmpty())
        return;
    w.smallParagraph();
    w.text(QStringLiteral("Also in the record, not reported as news in the sources: "), w.compactStrongFormat());
    for (int i = 0; i < others.size(); ++i) {
        const EventBrief &e = *others[i];
        w.text(e.title + QStringLiteral(" (") + dateRangeText(e.start, e.end, true)
                   + (e.mentionCount > 0 ? QStringLiteral(", mentioned)") : QStringLiteral(")"))
                   + (i + 1 < others.size() ? QStringLiteral("; ") : QStringLiteral(".")),
               w.smallFormat());
    }
}

void writeStatements(DocWriter &w, const QVector<Excerpt> &statements, int quotesOnTopic)
{
    // "No statement" means exactly that no quotation in scope by the side, and no reporter's
    // sentence naming its people, speaks to the topic.
    if (statements.isEmpty()) {
        w.text(QStringLiteral("No statement in the sources."), w.compactMutedFormat());
        return;
    }
    if (statements.front().kind == Excerpt::Kind::Sentence) {
        w.text(QStringLiteral("As reported: "), w.compactMutedFormat());
        w.cursor().setCharFormat(w.smallFormat());
    }
    for (int i = 0; i < statements.size(); ++i) {
        if (i > 0) {
            QTextBlockFormat f = w.cursor().blockFormat();
            f.setTopMargin(w.style().fmt(4));
            w.cursor().insertBlock(f, w.smallFormat());
        }
        w.excerpt(statements[i]);
    }
    if (quotesOnTopic > int(statements.size()))
        w.text(QStringLiteral(" (%1 quotations in scope)").arg(quotesOnTopic), w.compactMutedFormat());
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
        writeStatements(w, topic.us, topic.usQuotes);
        w.enterCell(t, i + 1, 2);
        writeStatements(w, topic.russia, topic.russiaQuotes);
    }
    w.endTable();
}

} // namespace

QString summaryFigures(const BriefContent &content)
{
    const BriefFigures &f = content.figures;
    auto n = [](int count, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? one : many));
    };
    QString text = QStringLiteral("%1 in scope, %2 reported as news. The briefing cites %3 from %4")
                       .arg(n(f.events, "event", "events"), QString::number(f.reported), n(f.articles, "article", "articles"),
                            n(f.sources, "independent source", "independent sources"));
    if (f.copies > 0)
        text += QStringLiteral(" (%1 listed with the original)").arg(n(f.copies, "republished copy", "republished copies"));
    text += QStringLiteral(" and prints %1.").arg(n(f.quotes, "quotation", "quotations"));
    return text;
}

int writeSummary(DocWriter &w, const BriefContent &content)
{
    const int heading = w.heading1(QStringLiteral("Summary"), false);
    w.bodyParagraph();
    if (content.events.isEmpty()) {
        w.text(QStringLiteral("No event in the record falls within this scope."));
        return heading;
    }
    w.text(summaryFigures(content));
    w.heading3(QStringLiteral("Events in scope"));
    writeEventRows(w, content);
    if (!content.topics.isEmpty()) {
        w.heading3(QStringLiteral("Positions on the main topics, as the sources state them"));
        writePositions(w, content);
    }
    return heading;
}

} // namespace summit::brief
