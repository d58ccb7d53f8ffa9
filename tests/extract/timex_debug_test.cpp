#include "timex_fixture.h"
#include <cstdio>
TEST_CASE("timex debug", "[.timexdebug]")
{
    const char *env = getenv("TIMEX_TEXT");
    const char *pub = getenv("TIMEX_PUB");
    if (!env) return;
    for (const auto &t : summit::test::tagText(QString::fromUtf8(env), QDate::fromString(QString::fromUtf8(pub ? pub : ""), Qt::ISODate)))
        printf("%s | %s | %s | %s | %.2f\n", qPrintable(t.text), qPrintable(t.value), qPrintable(t.rule), qPrintable(t.anchor), t.confidence);
}
