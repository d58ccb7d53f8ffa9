#include "event_fixture.h"

#include <catch2/catch.hpp>
#include <iostream>

using namespace summit;

// Hidden: prints what the linker makes of each seed, for tuning (run with "[.dump]").
TEST_CASE("dump seed linking", "[.dump]")
{
    for (const QString &path : test::seedFiles()) {
        const QString name = path.section(QLatin1Char('/'), -1);
        const test::Analysis a = test::analyze(test::seedArticle(name.left(3)));
        std::cout << "=== " << name.toStdString() << " dateline=" << a.article.dateline.toStdString()
                  << " place=" << a.article.datelinePlace.toStdString()
                  << " published=" << a.article.published.toString(Qt::ISODate).toStdString()
                  << " reported=" << a.linking.reportedSlug.toStdString() << "\n";
        for (const Timex &t : a.timexes)
            std::cout << "  timex s" << t.sentence << " '" << t.text.toStdString() << "' " << t.value.toStdString() << "\n";
        for (int s = 0; s < a.article.sentences.size(); ++s) {
            std::cout << "[" << s << "] " << a.sentenceText(s).left(110).toStdString() << "\n";
            for (const Mention &m : a.mentions)
                if (m.sentence == s)
                    std::cout << "     m " << m.kind.toStdString() << ":" << m.key.toStdString() << " '" << m.text.toStdString() << "'\n";
            for (const EventLink &l : a.linking.links)
                if (l.sentence == s)
                    std::cout << "     -> " << l.eventSlug.toStdString() << " " << l.score << " "
                              << l.evidence.join(QStringLiteral(", ")).toStdString() << "\n";
        }
        for (const Note &n : a.linking.notes)
            std::cout << "  NOTE " << n.rule.toStdString() << " [" << a.article.slice(n.span).toStdString() << "] "
                      << n.text.toStdString() << "\n";
    }
}
