#include "brief/brief_request.h"

namespace summit::brief {

std::optional<Paper> paperFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"a4")
        return Paper::A4;
    if (key == u"letter" || key == u"us-letter")
        return Paper::Letter;
    return std::nullopt;
}

QString paperName(Paper paper)
{
    return paper == Paper::A4 ? QStringLiteral("a4") : QStringLiteral("letter");
}

QString BriefRequest::effectiveTitle() const
{
    const QString t = title.simplified();
    return t.isEmpty() ? QStringLiteral("Bush\u2013Putin Diplomacy: Briefing") : t;
}

} // namespace summit::brief
