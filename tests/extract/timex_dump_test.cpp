// Manual inspection aid (hidden tag): TIMEX_FILE=<path> [TIMEX_PUB=yyyy-mm-dd] test_extract "[.timexdump]"
// prints the cleaned text's timexes with their values, rules and anchors.

#include "timex_fixture.h"

#include "ingest/prepared_article.h"

#include <cstdio>
#include <cstdlib>

TEST_CASE("timex dump", "[.timexdump]")
{
    const char *file = std::getenv("TIMEX_FILE");
    const char *text = std::getenv("TIMEX_TEXT");
    const char *pub = std::getenv("TIMEX_PUB");
    const QDate published = QDate::fromString(QString::fromUtf8(pub ? pub : ""), Qt::ISODate);
    summit::ArticleText article;
    if (file) {
        summit::ImportOverrides o;
        o.published = published;
        article = summit::readArticleFile(QString::fromUtf8(file), o).text;
        if (std::getenv("TIMEX_SHOW_TEXT"))
            std::printf("%s\n----\n", qPrintable(article.text));
    } else if (text) {
        article = summit::test::articleOf(QString::fromUtf8(text), published);
    } else {
        return;
    }
    std::printf("published %s\n", qPrintable(article.published.toString(Qt::ISODate)));
    for (const summit::Timex &t : summit::test::bundledTagger().tag(article))
        std::printf("%-28s %-24s %-10s %-22s %-9s %.2f s%d\n", qPrintable(t.text), qPrintable(t.value),
                    qPrintable(t.granularity), qPrintable(t.rule), qPrintable(t.anchor), t.confidence, t.sentence);
}
