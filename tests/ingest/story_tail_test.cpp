// The end of a story: short closing sentences, a subheading between them, and a last paragraph
// cut off where a page copy was truncated are all story, not "trailing furniture". Link lists
// and widgets after the story still go.

#include "ingest/prepared_article.h"

#include <catch2/catch.hpp>

using namespace summit;
using namespace Qt::Literals::StringLiterals;

namespace {

bool kept(const PreparedArticle &a, const QString &words)
{
    return a.text.text.contains(words);
}

} // namespace

TEST_CASE("Short closing prose, a subheading and a cut-off last paragraph stay in the story", "[ingest][boilerplate]")
{
    const QByteArray page =
        "Ministers meet on energy security\n\n"
        "By Jane Roe\n\n"
        "The energy ministers of the two countries met in Vienna on Tuesday for talks that officials on both "
        "sides described as long overdue and, at times, difficult.\n\n"
        "They agreed to set up a working group on pipeline transit before the winter, according to a joint "
        "statement released after the meeting ended late in the evening.\n\n"
        "Neither side would say how the group's costs would be shared or who would lead it in its first year.\n\n"
        "Doubts remain\n\n"
        "Not everyone was convinced.\n\n"
        "Several delegates from the smaller transit states said privately that the plan left their own concerns "
        "about storage and";
    const PreparedArticle a = prepareArticle(u"tail.txt"_s, page);
    CHECK(kept(a, u"Not everyone was convinced."_s));
    CHECK(kept(a, u"Doubts remain"_s));
    CHECK(kept(a, u"Several delegates from the smaller transit states"_s));
}

TEST_CASE("Links and widgets after the story are still dropped", "[ingest][boilerplate]")
{
    const QByteArray page =
        "Ministers meet on energy security\n\n"
        "The energy ministers of the two countries met in Vienna on Tuesday for talks that officials on both "
        "sides described as long overdue and, at times, difficult.\n\n"
        "They agreed to set up a working group on pipeline transit before the winter, according to a joint "
        "statement released after the meeting ended late in the evening.\n\n"
        "Share this article\n\n"
        "Gas Prices Climb Again In Central Europe\n\n"
        "Pipeline Politics: A Short History\n";
    const PreparedArticle a = prepareArticle(u"links.txt"_s, page);
    CHECK_FALSE(kept(a, u"Share this"_s));
    CHECK_FALSE(kept(a, u"Gas Prices Climb Again"_s));
    CHECK_FALSE(kept(a, u"Pipeline Politics"_s));
}

TEST_CASE("A byline label with any apostrophe is a byline, never the title", "[ingest][boilerplate]")
{
    for (const char *label : {"Author's name Jane Roe", "Author\u2019s name Jane Roe", "Author`s name Jane Roe"}) {
        const QByteArray page = QByteArray("Envoys agree to meet again in spring\n\n") + label
                                + "\n\nThe envoys of the two governments agreed on Friday to meet again in the "
                                  "spring, after two days of talks that both sides called useful.\n";
        const PreparedArticle a = prepareArticle(u"byline.txt"_s, page);
        INFO(label);
        CHECK(a.text.title == u"Envoys agree to meet again in spring"_s);
        CHECK_FALSE(kept(a, u"Jane Roe"_s));
    }
}
