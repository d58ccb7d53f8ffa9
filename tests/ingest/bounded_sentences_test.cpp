// Text with no sentence ends must not become one huge row: search snippets cost time in
// proportion to a row's length on every query (issue 9: one 400,000-character "sentence" made
// every search take over a minute).

#include "ingest/prepared_article.h"
#include "ingest/sentence_splitter.h"
#include "library/fts_query.h"

#include <catch2/catch.hpp>

using namespace summit;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Overlong sentences are cut at spaces into bounded pieces that tile the text", "[ingest][bad]")
{
    QString body;
    for (int i = 0; body.size() < 50'000; ++i)
        body += u"word%1 "_s.arg(i % 97);
    body += u"end."_s;
    const QByteArray raw = (u"A headline\n\n"_s + body + u"\n"_s).toUtf8();
    const PreparedArticle a = prepareArticle(u"long.txt"_s, raw);
    REQUIRE(a.text.sentences.size() >= 50'000 / SentenceSplitter::kMaxSentenceChars);
    int previousEnd = -1;
    for (const auto &s : a.text.sentences) {
        CHECK(s.span.length() <= SentenceSplitter::kMaxSentenceChars);
        CHECK(s.span.start > previousEnd);
        CHECK_FALSE(a.text.text[s.span.start].isSpace());
        CHECK_FALSE(a.text.text[s.span.end - 1].isSpace());
        // Cut at spaces: no word is split in two.
        CHECK((s.span.end == a.text.text.size() || a.text.text[s.span.end].isSpace()
               || a.text.text[s.span.end] == u'\n'));
        previousEnd = s.span.end;
    }
    CHECK(a.text.slice(a.text.sentences.last().span).endsWith(u"end."_s));
}

TEST_CASE("A run of text with no spaces is hard-cut, never longer than the bound", "[ingest][bad]")
{
    const QString lead = u"The report ended with a long string that has no spaces in it at all:"_s;
    const QString blob(10'001, u'x');
    const QByteArray raw = (u"Title line\n\n"_s + lead + u" "_s + blob + u".\n"_s).toUtf8();
    const PreparedArticle a = prepareArticle(u"blob.txt"_s, raw);
    QString joined;
    for (const auto &s : a.text.sentences) {
        CHECK(s.span.length() <= SentenceSplitter::kMaxSentenceChars);
        joined += a.text.slice(s.span);
    }
    CHECK(joined.count(u'x') >= 10'001); // every character kept
    CHECK(joined.endsWith(blob.right(10) + u"."_s));
}

TEST_CASE("A pasted page as a search keeps only the first words", "[ingest][bad]")
{
    QString pasted;
    for (int i = 0; i < 3000; ++i)
        pasted += u"a* "_s;
    const QString query = library::ftsPrefixQuery(pasted);
    CHECK(query.count(u'"') == 2 * library::kMaxSearchWords);
}
