// The analyst's layer in the briefing (issue 14 §2): stars and notes set through UserEdits are
// printed as the analyst's words, beside what they are about and in a section of their own,
// inert as any user text, and left out entirely when the request says so.

#include "brief/brief_loader.h"
#include "brief/briefing.h"
#include "brief_test_support.h"
#include "library/library.h"
#include "library/user_edits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::test;

namespace {

const QString eventNote = QStringLiteral("Ask the desk whether the missile-defence offer survived <b>x</b> the dinner.");
const QString quoteNote = QStringLiteral("Bush hedging again; compare with his April remarks.");
const QString asideNote = QStringLiteral("Bucharest matters for the MAP question even unreported.");
const QString noteLabel = QStringLiteral("Analyst\u2019s note");
const QString sectionTitle = QStringLiteral("Analyst\u2019s notes and starred items");

library::QuoteRecord quoteWith(Database &db, const QString &words)
{
    for (const library::QuoteRecord &q : library::Library(db).quotes(library::LibraryFilter{}, false))
        if (q.text.startsWith(words))
            return q;
    FAIL("no quote starting with " << words.toStdString());
    return {};
}

// The fixture's summits with the analyst's layer: the Sochi summit starred with a note, the
// unnamed (least confident) Sochi quote starred, Bush's Sochi quote noted, and a note on an
// event no article reports.
void annotate(BriefFixture &f)
{
    library::UserEdits edits(f.db());
    edits.setAnnotation(library::AnnotationTarget::event(QStringLiteral("sochi-2008")), {true, eventNote, {}});
    edits.setAnnotation(quoteWith(f.db(), QStringLiteral("The atmosphere was friendly")).target(), {true, {}, {}});
    edits.setAnnotation(quoteWith(f.db(), QStringLiteral("We have a lot of work left")).target(), {false, quoteNote, {}});
    edits.setAnnotation(library::AnnotationTarget::event(QStringLiteral("bucharest-nato-2008")), {false, asideNote, {}});
}

QStringList outlineTitles(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("qpdf"), {QStringLiteral("--json"), path});
    REQUIRE(p.waitForFinished(60'000));
    REQUIRE(p.exitCode() == 0);
    QStringList titles;
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    for (const QJsonValue &v : json.value(u"outlines").toArray()) {
        titles << v.toObject().value(u"title").toString();
        for (const QJsonValue &kid : v.toObject().value(u"kids").toArray())
            titles << kid.toObject().value(u"title").toString();
    }
    return titles;
}

// The lines of the body from the event section whose heading starts with title up to the
// next line starting with one of the stops.
QString sectionText(const BriefText &text, const QString &title, const QStringList &stops)
{
    const int events = text.headingLine(QStringLiteral("Events"));
    REQUIRE(events >= 0);
    int from = -1;
    for (int i = events + 1; i < text.bodyLines.size() && from < 0; ++i)
        if (text.bodyLines[i].trimmed().startsWith(title))
            from = i;
    REQUIRE(from >= 0);
    int to = int(text.bodyLines.size());
    for (int i = from + 1; i < text.bodyLines.size() && to == text.bodyLines.size(); ++i)
        for (const QString &stop : stops)
            if (text.bodyLines[i].trimmed().startsWith(stop))
                to = i;
    return flatten(text.bodyLines.mid(from, to - from).join(u'\n'));
}

} // namespace

TEST_CASE("the analyst's notes print in their own box in the event section and in their own section",
          "[brief][notes]")
{
    BriefFixture f;
    f.fillSummits();
    annotate(f);
    const brief::BriefContent content = brief::loadBriefContent(f.db(), {}, fixtureSides());

    // Starred quotes come first among an event's key quotes, and stay verbatim and cited.
    const brief::EventBrief *sochi = nullptr;
    for (const brief::EventBrief &e : content.events)
        if (e.slug == u"sochi-2008")
            sochi = &e;
    REQUIRE(sochi);
    CHECK(sochi->starred);
    CHECK(sochi->analystNote == eventNote);
    REQUIRE(!sochi->quotes.isEmpty());
    CHECK(sochi->quotes.front().text.startsWith(QStringLiteral("The atmosphere was friendly")));
    CHECK(sochi->quotes.front().starred);
    // Three items in scope: the two Sochi quotes and the two events (Bucharest is in scope,
    // though unreported); the plain tag-less, note-less quotes are not.
    CHECK(content.analystItems.size() == 4);

    const QString path = f.dir() + QStringLiteral("/notes.pdf");
    brief::writeBriefing(brief::Briefing(content), path);
    const PdfProbe probe(path);
    CHECK(probe.errors.isEmpty());
    const BriefText text(probe.text);
    checkQuotesVerbatimAndCited(f.db(), content, text);
    checkCitationsMatchAppendix(text);

    // In the Sochi section: the label, then the note, before "What happened"; never inside it.
    const QString section = sectionText(text, QStringLiteral("Sochi summit"), {sectionTitle});
    const qsizetype label = section.indexOf(noteLabel);
    const qsizetype note = section.indexOf(eventNote); // markup prints literally: "<b>x</b>"
    const qsizetype happened = section.indexOf(QStringLiteral("WHAT HAPPENED"));
    REQUIRE(label >= 0);
    REQUIRE(note > label);
    REQUIRE(happened > note);
    CHECK(section.contains(QStringLiteral("\u2605"))); // the star on the event and on its quote
    // The quote's note follows its quotation, after "Key quotes", with its own label.
    const qsizetype quotes = section.indexOf(QStringLiteral("KEY QUOTES"));
    const qsizetype bush = section.indexOf(QStringLiteral("We have a lot of work left to do"));
    const qsizetype bushNote = section.indexOf(quoteNote);
    REQUIRE(quotes > happened);
    REQUIRE(bush > quotes);
    REQUIRE(bushNote > bush);
    CHECK(section.lastIndexOf(noteLabel, bushNote) > bush);
    // The notes are in no other event's section.
    const QString kennebunkport = sectionText(text, QStringLiteral("Kennebunkport summit"),
                                              {QStringLiteral("Second"), QStringLiteral("Sochi summit")});
    CHECK(!kennebunkport.contains(noteLabel));

    // The section: each item with what it is about and its date, the notes marked as the analyst's.
    const int heading = text.headingLine(sectionTitle);
    REQUIRE(heading >= 0);
    const QString list = flatten(text.bodyLines.mid(heading).join(u'\n'));
    CHECK(list.contains(QStringLiteral("not the sources")));
    CHECK(list.contains(QStringLiteral("Event: Sochi summit")));
    CHECK(list.contains(QStringLiteral("5 Apr 2008")));
    CHECK(list.contains(QStringLiteral("Event: NATO summit, Bucharest")));
    CHECK(list.contains(noteLabel + QStringLiteral(": ") + asideNote));
    CHECK(list.contains(noteLabel + QStringLiteral(": ") + eventNote));
    CHECK(list.contains(QStringLiteral("Quote: \u201cThe atmosphere was friendly and constructive,\u201d")));
    CHECK(list.contains(QStringLiteral("Starred by the analyst, no note.")));
    CHECK(list.contains(quoteNote));

    const QStringList titles = outlineTitles(path);
    CHECK(titles.contains(sectionTitle));
    CHECK(titles.indexOf(sectionTitle) == titles.indexOf(QStringLiteral("Sources")) - 1);
    CHECK(titles.contains(QStringLiteral("Sochi summit"))); // the star stays out of the outline
}

TEST_CASE("a briefing asked without notes prints none of the analyst's layer", "[brief][notes]")
{
    BriefFixture f;
    f.fillSummits();
    const brief::BriefContent plain = brief::loadBriefContent(f.db(), {}, fixtureSides());
    annotate(f);
    brief::BriefRequest request;
    request.includeNotes = false;
    const brief::BriefContent content = brief::loadBriefContent(f.db(), request, fixtureSides());
    CHECK(content.analystItems.isEmpty());
    // Not even the choice of key quotes changes: the briefing is the one without annotations.
    REQUIRE(content.events.size() == plain.events.size());
    for (int i = 0; i < content.events.size(); ++i) {
        CHECK(!content.events[i].starred);
        CHECK(content.events[i].analystNote.isEmpty());
        REQUIRE(content.events[i].quotes.size() == plain.events[i].quotes.size());
        for (int j = 0; j < content.events[i].quotes.size(); ++j)
            CHECK(content.events[i].quotes[j].text == plain.events[i].quotes[j].text);
    }

    const QString path = f.dir() + QStringLiteral("/no-notes.pdf");
    brief::writeBriefing(brief::Briefing(content), path);
    const QString text = PdfProbe(path).flatText();
    for (const QString &gone : {noteLabel, eventNote, quoteNote, asideNote, QStringLiteral("\u2605")})
        CHECK(!text.contains(gone));
    CHECK(!outlineTitles(path).contains(sectionTitle));
}

TEST_CASE("a library without stars or notes gets no analyst section", "[brief][notes]")
{
    BriefFixture f;
    f.fillSummits();
    library::UserEdits(f.db()).setAnnotation(library::AnnotationTarget::event(QStringLiteral("sochi-2008")),
                                             {false, {}, {QStringLiteral("follow-up")}});
    const brief::BriefContent content = brief::loadBriefContent(f.db(), {}, fixtureSides());
    CHECK(content.analystItems.isEmpty()); // a tag alone is filing, not the analyst's words
    const QString path = f.dir() + QStringLiteral("/tags.pdf");
    brief::writeBriefing(brief::Briefing(content), path);
    CHECK(!PdfProbe(path).flatText().contains(noteLabel));
    CHECK(!outlineTitles(path).contains(sectionTitle));
}
