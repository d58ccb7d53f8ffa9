#include "brief_test_support.h"

#include "brief/brief_loader.h"
#include "brief/briefing.h"

#include "store/statement.h"

#include <QRegularExpression>
#include <QSet>

namespace summit::test {

const brief::SideDirectory &fixtureSides()
{
    using Side = brief::SideDirectory::Side;
    static const brief::SideDirectory sides = brief::SideDirectory::fromPairs({
        {QStringLiteral("Vladimir Putin"), Side::Russia},
        {QStringLiteral("putin"), Side::Russia},
        {QStringLiteral("Sergei Lavrov"), Side::Russia},
        {QStringLiteral("moscow-government"), Side::Russia},
        {QStringLiteral("George W. Bush"), Side::Us},
        {QStringLiteral("Condoleezza Rice"), Side::Us},
        {QStringLiteral("rice"), Side::Us},
    });
    return sides;
}

int writeFixtureBriefing(BriefFixture &fixture, const brief::BriefRequest &request, const QString &path)
{
    return brief::writeBriefing(brief::Briefing(brief::loadBriefContent(fixture.db(), request, fixtureSides())), path);
}

BriefText::BriefText(const QString &pdfText)
{
    const QStringList lines = pdfText.split(u'\n');
    int sources = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed() == u"Sources")
            sources = i;
    }
    bodyLines = sources < 0 ? lines : lines.mid(0, sources);
    body = bodyLines.join(u'\n');
    if (sources < 0)
        return;
    const QString tail = flatten(lines.mid(sources + 1).join(u'\n'));
    static const QRegularExpression entry(QStringLiteral("\\[(\\d+)\\] (.*?)(?= \\[\\d+\\] |$)"));
    for (auto it = entry.globalMatch(tail); it.hasNext();) {
        const auto m = it.next();
        appendix.insert(m.captured(1).toInt(), m.captured(2));
    }
}

int BriefText::headingLine(const QString &heading) const
{
    for (int i = int(bodyLines.size()) - 1; i >= 0; --i) {
        if (bodyLines[i].trimmed() == heading)
            return i;
    }
    return -1;
}

QVector<brief::Excerpt> printedQuotes(const brief::BriefContent &content)
{
    QVector<brief::Excerpt> quotes;
    for (const brief::EventBrief &e : content.events)
        quotes += e.quotes;
    for (const brief::TopicBrief &t : content.topics) {
        for (const brief::Excerpt &e : t.us + t.russia) {
            if (e.kind == brief::Excerpt::Kind::Quote)
                quotes.append(e);
        }
    }
    for (const brief::AnalystItem &a : content.analystItems)
        if (a.kind == u"Quote")
            quotes.append(a.quote);
    return quotes;
}

QString cleanTextOf(Database &db, qint64 articleId)
{
    Statement st(db, "SELECT clean_text FROM articles WHERE id = ?");
    st.bind(1, articleId);
    REQUIRE(st.step());
    return st.text(0);
}

void checkQuotesVerbatimAndCited(Database &db, const brief::BriefContent &content, const BriefText &text)
{
    const QString body = flatten(text.body);
    auto articleOfEntry = [&](int n) -> qint64 {
        const QString entry = text.appendix.value(n);
        for (const brief::SourceArticle &a : content.articles) {
            if (entry.contains(a.title) && entry.contains(a.outlet))
                return a.id;
        }
        return 0;
    };
    for (const brief::Excerpt &q : printedQuotes(content)) {
        INFO(q.text.toStdString());
        CHECK(cleanTextOf(db, q.articleId).contains(q.text));
        const QString printed = QStringLiteral("\u201c") + flatten(q.text) + QStringLiteral("\u201d");
        bool ownArticleCited = false;
        for (auto at = body.indexOf(printed); at >= 0; at = body.indexOf(printed, at + 1)) {
            const QList<int> after = citationNumbers(body.mid(at + printed.size(), 400));
            REQUIRE(!after.isEmpty());
            const qint64 cited = articleOfEntry(after.front());
            REQUIRE(cited != 0);
            CHECK(cleanTextOf(db, cited).contains(q.text));
            ownArticleCited = ownArticleCited || cited == q.articleId;
        }
        CHECK(ownArticleCited);
    }
}

void checkCitationsMatchAppendix(const BriefText &text)
{
    const QList<int> cited = citationNumbers(text.body);
    REQUIRE(!cited.isEmpty());
    CHECK(cited.front() == 1); // numbered in order of first citation
    const QList<int> listed = text.appendix.keys();
    CHECK(QSet<int>(listed.begin(), listed.end()) == QSet<int>(cited.begin(), cited.end()));
    for (int n = 1; n <= listed.size(); ++n)
        CHECK(text.appendix.contains(n));
}

} // namespace summit::test
