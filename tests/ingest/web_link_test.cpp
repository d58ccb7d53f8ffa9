// Article URLs come from untrusted pages: only http(s) links with a host may become clickable.

#include "model/web_link.h"

#include <catch2/catch.hpp>

using namespace summit;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Only http and https URLs with a host become links", "[ingest][bad][links]")
{
    CHECK(webLink(u"https://www.example.org/news/2008/04/06/sochi.html"_s).isValid());
    CHECK(webLink(u"  HTTP://example.org/a?b=c "_s).isValid());
    for (const QString &bad : {u"file:///etc/passwd"_s, u"javascript:alert(1)"_s, u"data:text/html,<b>x</b>"_s,
                               u"smb://server/share"_s, u"http:///no-host"_s, u"/relative/path.html"_s,
                               u"mailto:desk@example.org"_s, u""_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(webLink(bad).isValid());
    }
}
