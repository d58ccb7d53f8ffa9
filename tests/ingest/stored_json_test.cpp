// The JSON columns the writer builds by hand (metadata sources, evidence, alternatives) must
// stay valid JSON whatever the page's text holds: quotes, backslashes, control characters.

#include "ingest_fixture.h"

#include "ingest/importer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace summit;
using namespace summit::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Hand-built JSON columns parse back to the page's exact text", "[ingest][store]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"json.sqlite"_s));
    const QString title = u"The \"reset\" button, a back\\slash and\ta tab"_s;
    const QByteArray page = (title + u"\n\nBy Jane Roe\n\nThe envoys met in Geneva on Tuesday and agreed to go on "
                                     u"with the talks, officials said after the meeting ended.\n"_s)
                                .toUtf8();
    const FileResult r = Importer(db).importBytes(u"json.txt"_s, page, {});
    INFO(r.message.toStdString());
    REQUIRE(r.status == FileResult::Status::Imported);
    Statement st(db, "SELECT title, metadata_sources FROM articles");
    REQUIRE(st.step());
    CHECK(st.text(0) == title);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(st.text(1).toUtf8(), &error);
    INFO(st.text(1).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    bool found = false;
    for (const QJsonValue &v : doc.array())
        found = found || (v.toObject().value(u"field"_s).toString() == u"title"_s
                          && v.toObject().value(u"value"_s).toString() == title);
    CHECK(found);
    Statement links(db, "SELECT evidence FROM event_links UNION ALL SELECT alternatives FROM quotes");
    while (links.step()) {
        QJsonParseError e;
        QJsonDocument::fromJson(links.text(0).toUtf8(), &e);
        CHECK(e.error == QJsonParseError::NoError);
    }
}
