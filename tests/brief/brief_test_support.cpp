#include "brief_test_support.h"

#include "brief/brief_loader.h"
#include "brief/briefing.h"

#include <QRegularExpression>

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

} // namespace summit::test
