// Synthetic articles about the three summits the briefing must cover. The wording is written for
// these tests (it is not the seed corpus): two outlets frame the Sochi talks differently, the
// Kennebunkport report carries a dateline that disagrees with the record, and two events are
// known only from the catalog.

#include "brief_fixture.h"

namespace summit::test {

void BriefFixture::fillSummits()
{
    const qint64 kpt = addEvent(QStringLiteral("kennebunkport-2007"), QStringLiteral("Kennebunkport summit"),
                                QDate(2007, 7, 1), QDate(2007, 7, 2), QStringLiteral("Walker's Point, Kennebunkport, Maine"),
                                {QStringLiteral("George W. Bush"), QStringLiteral("Vladimir Putin")},
                                {QStringLiteral("missile-defense")},
                                QStringLiteral("Putin offers a wider radar cooperation at the Bush family compound."));
    const qint64 g8 = addEvent(QStringLiteral("heiligendamm-g8-2007"), QStringLiteral("G8 summit, Heiligendamm"),
                               QDate(2007, 6, 6), QDate(2007, 6, 8), QStringLiteral("Heiligendamm, Germany"));
    const qint64 moscow = addEvent(QStringLiteral("moscow-2plus2-2008"), QStringLiteral("Second \u201c2+2\u201d talks in Moscow"),
                                   QDate(2008, 3, 18), QDate(2008, 3, 18), QStringLiteral("Moscow"),
                                   {QStringLiteral("Sergei Lavrov"), QStringLiteral("Condoleezza Rice")},
                                   {QStringLiteral("missile-defense")});
    addEvent(QStringLiteral("bucharest-nato-2008"), QStringLiteral("NATO summit, Bucharest"), QDate(2008, 4, 2),
             QDate(2008, 4, 4), QStringLiteral("Bucharest, Romania"), {}, {QStringLiteral("nato-enlargement")});
    const qint64 sochi = addEvent(QStringLiteral("sochi-2008"), QStringLiteral("Sochi summit"), QDate(2008, 4, 5),
                                  QDate(2008, 4, 6), QStringLiteral("Bocharov Ruchei, Sochi"),
                                  {QStringLiteral("George W. Bush"), QStringLiteral("Vladimir Putin"),
                                   QStringLiteral("Dmitry Medvedev")},
                                  {QStringLiteral("missile-defense"), QStringLiteral("nato-enlargement")});
    Q_UNUSED(g8);

    const qint64 a1 = addArticle(
        QStringLiteral("Harbor Wire"), QStringLiteral("Putin proposes joint radar plan in Maine"),
        QStringLiteral("https://example.org/2007/07/03/maine-talks"), QDate(2007, 7, 3),
        QStringLiteral("KENNEBUNKPORT, July 3 \u2014 Vladimir Putin proposed on Monday that Russia and the United States "
                       "share a radar station in southern Russia. The offer came during relaxed talks at the Bush "
                       "family compound on the Maine coast.\n\n"
                       "\u201cWe could bring this up to a new level of cooperation,\u201d Putin said of missile defense. "
                       "Bush called the proposal \u201cvery constructive\u201d but said the sites in Europe remained "
                       "part of the plan."));
    link(kpt, a1, QStringLiteral("Vladimir Putin proposed on Monday"), 0.92);
    link(kpt, a1, QStringLiteral("The offer came during relaxed talks"), 0.81);
    addQuote(a1, QStringLiteral("We could bring this up to a new level of cooperation,"), QStringLiteral("Vladimir Putin"), kpt);
    addQuote(a1, QStringLiteral("very constructive"), QStringLiteral("George W. Bush"), kpt, 0.7);
    addMention(a1, QStringLiteral("topic"), QStringLiteral("missile-defense"), QStringLiteral("missile defense"));
    addMention(a1, QStringLiteral("person"), QStringLiteral("putin"), QStringLiteral("Putin said"));
    addNote(a1, kpt, QStringLiteral("July 3"),
            QStringLiteral("The talks took place on 2 July 2007 (US time); July 3 is the date in India."));

    const qint64 a2 = addArticle(
        QStringLiteral("Capital Press"), QStringLiteral("Lavrov: differences remain on missile defense"),
        QStringLiteral("https://example.org/2008/03/18/lavrov"), QDate(2008, 3, 18),
        QStringLiteral("MOSCOW \u2014 Russia and the United States still disagree over missile defense, Foreign Minister "
                       "Sergei Lavrov said after talks with Condoleezza Rice and Robert Gates.\n\n"
                       "\u201cWe have not yet reached agreement on the key issues,\u201d Lavrov told reporters. Rice "
                       "said the American proposals were \u201cserious and substantive\u201d and should ease Russian "
                       "concerns about missile defense."));
    link(moscow, a2, QStringLiteral("Russia and the United States still disagree"), 0.95);
    link(moscow, a2, QStringLiteral("Rice said the American proposals"), 0.7);
    addQuote(a2, QStringLiteral("We have not yet reached agreement on the key issues,"), QStringLiteral("Sergei Lavrov"), moscow);
    addQuote(a2, QStringLiteral("serious and substantive"), QStringLiteral("Condoleezza Rice"), moscow, 0.8);
    addMention(a2, QStringLiteral("topic"), QStringLiteral("missile-defense"), QStringLiteral("missile defense"));
    addMention(a2, QStringLiteral("topic"), QStringLiteral("missile-defense"), QStringLiteral("concerns about missile defense"));
    addMention(a2, QStringLiteral("person"), QStringLiteral("rice"), QStringLiteral("Rice said"));

    const qint64 a3 = addArticle(
        QStringLiteral("Harbor Wire"), QStringLiteral("Leaders stay divided on missile defense and NATO"),
        QStringLiteral("https://example.org/2008/04/06/sochi-divided"), QDate(2008, 4, 6),
        QStringLiteral("SOCHI, Russia \u2014 President Bush and President Putin failed to bridge their differences over "
                       "missile defense at their last meeting as presidents. The two men remain divided on NATO "
                       "enlargement as well.\n\n"
                       "\u201cOur basic attitude toward the American plan is unchanged,\u201d Putin said at the news "
                       "conference. \u201cWe have a lot of work left to do,\u201d Bush said. Bush also met Dmitry "
                       "Medvedev, the president-elect."));
    link(sochi, a3, QStringLiteral("President Bush and President Putin failed"), 0.9);
    link(sochi, a3, QStringLiteral("The two men remain divided"), 0.8);
    link(sochi, a3, QStringLiteral("Bush also met Dmitry"), 0.6);
    addQuote(a3, QStringLiteral("Our basic attitude toward the American plan is unchanged,"), QStringLiteral("Vladimir Putin"), sochi);
    addQuote(a3, QStringLiteral("We have a lot of work left to do,"), QStringLiteral("George W. Bush"), sochi, 0.85);
    addMention(a3, QStringLiteral("topic"), QStringLiteral("missile-defense"), QStringLiteral("American plan"));
    addMention(a3, QStringLiteral("topic"), QStringLiteral("nato-enlargement"), QStringLiteral("NATO"));

    const qint64 a4 = addArticle(
        QStringLiteral("Northern Agency"), QStringLiteral("Kremlin pleased with Sochi talks"),
        QStringLiteral("https://example.org/2008/04/06/kremlin-pleased"), QDate(2008, 4, 6),
        QStringLiteral("MOSCOW, April 6 \u2014 The talks in Sochi ended on a positive note, a Kremlin source said on "
                       "Sunday. The sides signed a framework declaration on strategic relations.\n\n"
                       "\u201cThe atmosphere was friendly and constructive,\u201d the source said, adding that "
                       "Moscow still opposes NATO enlargement to the east."));
    link(sochi, a4, QStringLiteral("The talks in Sochi ended"), 0.88);
    link(sochi, a4, QStringLiteral("The sides signed"), 0.75);
    addQuote(a4, QStringLiteral("The atmosphere was friendly and constructive,"), QString(), sochi, 0.6);
    addMention(a4, QStringLiteral("topic"), QStringLiteral("nato-enlargement"), QStringLiteral("NATO enlargement"));
    addMention(a4, QStringLiteral("person"), QStringLiteral("moscow-government"), QStringLiteral("Moscow still opposes"));
}

} // namespace summit::test
