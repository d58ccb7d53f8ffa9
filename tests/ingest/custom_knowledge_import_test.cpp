// The importer, page preparation and re-extraction take their rules and knowledge as values: a
// test passes a people list with a made-up person, or its own abbreviations, and sees them used.
#include "ingest_fixture.h"

#include "extract/knowledge.h"
#include "extract/people/people_directory.h"
#include "ingest/importer.h"
#include "ingest/page_rules.h"
#include "ingest/prepared_article.h"
#include "ingest/sentence_splitter.h"
#include "ingest/reextract.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace summit;
using namespace Qt::Literals::StringLiterals;

namespace {

Knowledge withMadeUpPerson()
{
    Knowledge k = Knowledge::bundled();
    const QByteArray people = R"({"people": [
        {"name": "Orla Fenwhistle", "gender": "female", "actor": "us", "aliases": ["Fenwhistle"],
         "roles": []}]})";
    k.people = std::make_shared<const PeopleDirectory>(QJsonDocument::fromJson(people));
    return k;
}

const QByteArray kPage = "Envoy visits Moscow\n\nBy Jane Roe\n\n"
                         "MOSCOW, March 3 - Orla Fenwhistle arrived in Moscow on Monday for talks on the "
                         "missile shield, officials said.\n\n"
                         "\"We have come to listen,\" Fenwhistle said after the meeting.\n";

QStringList storedPeople(Database &db)
{
    QStringList out;
    Statement st(db, "SELECT DISTINCT key FROM mentions WHERE kind = 'person' ORDER BY key");
    while (st.step())
        out << st.text(0);
    return out;
}

QStringList storedSpeakers(Database &db)
{
    QStringList out;
    Statement st(db, "SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL ORDER BY speaker");
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace

TEST_CASE("an importer given its own people list stores that list's people", "[ingest][knowledge]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"custom.sqlite"_s));
    const FileResult r = Importer(db, withMadeUpPerson()).importBytes(u"envoy.txt"_s, kPage, {});
    INFO(r.message.toStdString());
    REQUIRE(r.status == FileResult::Status::Imported);
    CHECK(storedPeople(db) == QStringList{u"Orla Fenwhistle"_s});
    CHECK(storedSpeakers(db) == QStringList{u"Orla Fenwhistle"_s});
}

TEST_CASE("re-extraction uses the knowledge it is given", "[ingest][knowledge]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"reextract.sqlite"_s));
    const FileResult r = Importer(db).importBytes(u"envoy.txt"_s, kPage, {});
    REQUIRE(r.status == FileResult::Status::Imported);
    CHECK_FALSE(storedPeople(db).contains(u"Orla Fenwhistle"_s)); // the bundled list lacks her

    reextractArticle(db, r.articleId, withMadeUpPerson());
    CHECK(storedPeople(db) == QStringList{u"Orla Fenwhistle"_s});
    CHECK(storedSpeakers(db) == QStringList{u"Orla Fenwhistle"_s});
}

TEST_CASE("page preparation reads the page rules it is given", "[ingest][knowledge]")
{
    // A made-up abbreviation: the bundled list would end a sentence after it.
    const QByteArray page = "Harbour talks\n\nThe envoys met Capt. Wren and Adm. Quill in the port on Monday, "
                            "then sailed for Riga.\n\nThe talks went on. Zorb. Quill said little.\n";
    PageRules rules = PageRules::bundled();
    const PreparedArticle bundled = prepareArticle(rules, u"harbour.txt"_s, page);
    rules.sentences = std::make_shared<const SentenceSplitter>(QSet<QString>{u"Zorb."_s});
    const PreparedArticle custom = prepareArticle(rules, u"harbour.txt"_s, page);
    REQUIRE(bundled.text.paragraphs.size() == custom.text.paragraphs.size());
    // The custom list knows "Zorb." but not "Capt." or "Adm.": the first paragraph splits after
    // them, the last one no longer splits after "Zorb.".
    const auto sentencesIn = [](const PreparedArticle &a, int paragraph) {
        int count = 0;
        for (const Sentence &s : a.text.sentences)
            count += s.paragraph == paragraph ? 1 : 0;
        return count;
    };
    const int last = int(bundled.text.paragraphs.size()) - 1;
    CHECK(sentencesIn(bundled, last) == 3);
    CHECK(sentencesIn(custom, last) == 2);
    CHECK(sentencesIn(bundled, last - 1) == 1);
    CHECK(sentencesIn(custom, last - 1) > 1); // ICU alone breaks after one of the titles
}
