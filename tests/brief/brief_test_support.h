#pragma once

#include "brief/brief_content.h"
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

/// Quotes the briefing prints: each event's key quotes, each side's quoted statements and the
/// quotes the analyst's section lists.
QVector<brief::Excerpt> printedQuotes(const brief::BriefContent &content);
/// The clean text of an article.
QString cleanTextOf(Database &db, qint64 articleId);

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

/// Asserts that every quote is verbatim in its article and that wherever it is printed in
/// quote marks, the citation that follows is an article holding those exact words (and at
/// least once the quote's own article).
void checkQuotesVerbatimAndCited(Database &db, const brief::BriefContent &content, const BriefText &text);

/// Asserts that the [n] in the body and the appendix entries are the same set, 1..N.
void checkCitationsMatchAppendix(const BriefText &text);

} // namespace summit::test
