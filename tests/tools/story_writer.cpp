#include "story_writer.h"

#include "article_context.h"
#include "body_writer.h"
#include "phrases.h"
#include "places.h"
#include "quote_marks.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace summit::gen {
namespace {

constexpr int kMaxParagraphs = 14;
constexpr int kMinParagraphs = 4;

QDate publicationDate(Prng &rng)
{
    // Spread evenly over 2001-2009; February 2001 on, so every office in the cast is filled.
    const QDate first(2001, 2, 1);
    const QDate last(2009, 12, 31);
    return first.addDays(rng.below(int(first.daysTo(last)) + 1));
}

QString upperCity(const DatelineCity &city) { return city.name.toUpper(); }

QString dateline(Prng &rng, const Outlet &outlet, const DatelineCity &city, QDate published, Format format)
{
    const QString dash = format == Format::Text && rng.chance(2, 3) ? u"--"_s : u"\u2014"_s;
    const QString place = city.region.isEmpty() || rng.chance(1, 3) ? upperCity(city)
                                                                    : upperCity(city) + u", "_s + city.region;
    const QString monthDay = DateWords::monthName(published.month()) + u' ' + QString::number(published.day());
    switch (outlet.style) {
    case DatelineStyle::WireDashes:
        return place + u" ("_s + outlet.agency + u") "_s + dash + u' ';
    case DatelineStyle::WireDated:
        return upperCity(city) + u", "_s + monthDay + u" ("_s + outlet.agency + u") - "_s;
    case DatelineStyle::Plain:
        return place + u" \u2014 "_s;
    case DatelineStyle::RegionColon:
        return city.name + (city.region.isEmpty() ? QString() : u" ("_s + city.region + u')') + u", "_s + monthDay +
               u": "_s;
    }
    return {};
}

QStringList authors(Prng &rng, const Outlet &outlet)
{
    // Wire copy is often unsigned; staff copy almost always signed.
    const int count = rng.weighted(std::array{outlet.agency.isEmpty() ? 1 : 4, 8, 2});
    QStringList out;
    while (out.size() < count) {
        const QString name = rng.pick(authorFirstNames()) + u' ' + rng.pick(authorLastNames());
        if (!out.contains(name))
            out << name;
    }
    return out;
}

QString slugOf(const QString &title)
{
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    QString slug = title.toLower().replace(nonWord, u"-"_s);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    return slug.left(60);
}

QStringList highlights(ArticleContext &ctx, Prng &rng)
{
    QStringList out;
    const int count = rng.between(3, 4);
    for (int i = 0; i < count; ++i)
        out << capitalizedFirst(ctx.fill(rng.pick(headlines())));
    out.removeDuplicates();
    return out;
}

QStringList relatedHeadlines(Prng &rng, QDate published)
{
    // Headlines of other stories, built in a throwaway context so the main cast is untouched.
    QStringList out;
    const int count = rng.between(2, 5);
    for (int i = 0; i < count; ++i) {
        Prng side(rng.next());
        const QDate date = std::max(published.addDays(-side.between(1, 60)), QDate(2001, 2, 1));
        ArticleContext other(side, date);
        out << capitalizedFirst(other.fill(side.pick(headlines())));
    }
    return out;
}

// Paragraph count aiming at a body size drawn per article, so file sizes spread over the
// whole 1.5-8 KB range instead of clustering.
int initialCount(const Story &story, int targetChars)
{
    int chars = 0;
    for (int i = 0; i < story.body.size(); ++i) {
        chars += int(story.body.at(i).text.size()) + 2;
        if (i + 1 >= kMinParagraphs && chars >= targetChars && story.canEndAt(i + 1))
            return i + 1;
    }
    return int(story.body.size());
}

} // namespace

Story writeStory(int index, quint64 seed)
{
    Prng rng = Prng::forItem(seed, quint64(index));
    Story story;
    story.index = index;
    story.format = std::array{Format::Text, Format::Markdown, Format::Html}.at(
        rng.weighted(std::array{50, 20, 30}));
    story.published = publicationDate(rng);
    story.hour = rng.between(5, 22);
    story.minute = rng.below(60);
    story.layoutSeed = rng.next();

    const Outlet &outlet = rng.pick(outlets());
    story.outlet = outlet.name;
    story.domain = outlet.domain;
    story.section = outlet.section;
    story.agency = outlet.agency;
    story.authors = authors(rng, outlet);
    const DatelineCity &city = rng.pick(datelineCities());
    story.dateline = dateline(rng, outlet, city, story.published, story.format);

    ArticleContext ctx(rng, story.published);
    story.title = capitalizedFirst(ctx.fill(rng.pick(headlines())));
    story.slug = slugOf(story.title);
    story.linkedNames = {ctx.usPrincipal().last, ctx.ruPrincipal().last};
    story.caption = ctx.fill(rng.pick(photoCaptions()));
    story.photoCredit = rng.pick(photoAgencies());
    story.highlights = highlights(ctx, rng);
    story.related = relatedHeadlines(rng, story.published);
    story.tags = {rng.pick(sectionTags()), rng.pick(sectionTags())};
    story.tags.removeDuplicates();

    BodyWriter writer(ctx);
    story.body = writer.write(kMaxParagraphs);
    story.bodyCount = initialCount(story, rng.between(900, 6200));

    const int marks = rng.weighted(std::array{44, 44, 7, story.format == Format::Text ? 5 : 0});
    story.marks = std::array{QuoteMarks::Straight, QuoteMarks::Curly, QuoteMarks::Mixed, QuoteMarks::Doubled}.at(marks);
    story.windows1252 = story.format == Format::Text && rng.chance(1, 25);
    if (story.windows1252)
        story.marks = QuoteMarks::Curly; // so the 0x93/0x94 bytes are there to decode
    for (Paragraph &p : story.body) {
        const QuoteMarks here = story.marks == QuoteMarks::Mixed
                                    ? (rng.chance(1, 2) ? QuoteMarks::Curly : QuoteMarks::Straight)
                                    : story.marks;
        p.text = withQuoteMarks(p.text, here);
    }
    const QuoteMarks titleMarks = story.marks == QuoteMarks::Mixed ? QuoteMarks::Straight : story.marks;
    story.title = withQuoteMarks(story.title, titleMarks == QuoteMarks::Doubled ? QuoteMarks::Straight : titleMarks);
    return story;
}

} // namespace summit::gen
