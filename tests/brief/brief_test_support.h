#pragma once

#include "brief/brief_knowledge.h"
#include "brief/brief_request.h"
#include "brief_fixture.h"
#include "pdf_probe.h"

#include <QMap>
#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace summit::test {

/// The sides of the fixture's speakers, so topic positions do not depend on the bundled gazetteer.
const brief::SideDirectory &fixtureSides();

/// Writes the briefing for the request from the fixture's database; returns the page count.
int writeFixtureBriefing(BriefFixture &fixture, const brief::BriefRequest &request, const QString &path);

/// The briefing's text cut at its last "Sources" heading: what cites, and what is cited.
struct BriefText
{
    explicit BriefText(const QString &pdfText);
    QString body;                 ///< everything before the sources appendix
    QMap<int, QString> appendix;  ///< entry number -> its flattened text
    /// Index of the line that is exactly heading (last such line before the appendix), or -1.
    int headingLine(const QString &heading) const;
    QStringList bodyLines;
};

} // namespace summit::test
