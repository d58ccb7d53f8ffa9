#include "render.h"

#include "date_words.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace summit::gen {
namespace {

enum class Entities { Utf8, Named, Numeric };

// Escapes markup characters; typographic characters are written as the page's CMS would,
// raw UTF-8 or as named or numeric references, so the decoder sees all three.
QString escaped(const QString &text, Entities style = Entities::Utf8, bool inAttribute = false)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            continue;
        case u'<':
            out += u"&lt;"_s;
            continue;
        case u'>':
            out += u"&gt;"_s;
            continue;
        case u'"':
            out += inAttribute ? u"&quot;"_s : u"\""_s;
            continue;
        default:
            break;
        }
        if (c.unicode() < 0x80 || style == Entities::Utf8) {
            out += c;
        } else if (style == Entities::Numeric) {
            out += u"&#"_s + QString::number(c.unicode()) + u';';
        } else {
            switch (c.unicode()) {
            case u'\u201C': out += u"&ldquo;"_s; break;
            case u'\u201D': out += u"&rdquo;"_s; break;
            case u'\u2018': out += u"&lsquo;"_s; break;
            case u'\u2019': out += u"&rsquo;"_s; break;
            case u'\u2014': out += u"&mdash;"_s; break;
            case u'\u2022': out += u"&bull;"_s; break;
            case u'\u00A9': out += u"&copy;"_s; break;
            default: out += u"&#"_s + QString::number(c.unicode()) + u';'; break;
            }
        }
    }
    return out;
}

// JSON string literal safe inside <script>: "</" is written "<\/" so it cannot end the element.
QString jsonString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c.unicode() < 0x20)
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            out += c;
    }
    out += u'"';
    return out.replace(u"</"_s, u"<\\/"_s);
}

QString isoTimestamp(const Story &story)
{
    return story.published.toString(Qt::ISODate) + u'T' + QString::number(story.hour).rightJustified(2, u'0') +
           u':' + QString::number(story.minute).rightJustified(2, u'0') + u":00Z"_s;
}

QString jsonLd(const Story &story, const QString &url)
{
    QString author;
    if (story.authors.isEmpty()) {
        author = u"{\"@type\": \"Organization\", \"name\": "_s +
                 jsonString(story.agency.isEmpty() ? story.outlet : story.agency) + u'}';
    } else {
        QStringList people;
        for (const QString &name : story.authors)
            people << u"{\"@type\": \"Person\", \"name\": "_s + jsonString(name) + u'}';
        author = u'[' + people.join(u", "_s) + u']';
    }
    const QString stamp = isoTimestamp(story);
    QStringList fields = {
        u"\"@context\": \"https://schema.org\""_s,
        u"\"@type\": \"NewsArticle\""_s,
        u"\"headline\": "_s + jsonString(story.title),
        u"\"datePublished\": "_s + jsonString(stamp),
        u"\"dateModified\": "_s + jsonString(stamp),
        u"\"author\": "_s + author,
        u"\"publisher\": {\"@type\": \"Organization\", \"name\": "_s + jsonString(story.outlet) +
            u", \"logo\": {\"@type\": \"ImageObject\", \"url\": "_s +
            jsonString(u"https://www."_s + story.domain + u"/static/logo.png"_s) + u"}}"_s,
        u"\"articleSection\": "_s + jsonString(story.section),
        u"\"mainEntityOfPage\": "_s + jsonString(url),
    };
    return u"<script type=\"application/ld+json\">\n{\n  "_s + fields.join(u",\n  "_s) + u"\n}\n</script>"_s;
}

QString paragraphHtml(const Story &story, const Paragraph &p, bool first, Entities entities, Prng &layout)
{
    if (p.subhead)
        return u"<h2>"_s + escaped(p.text, entities) + u"</h2>"_s;
    QString body = escaped(p.text, entities);
    // Some CMSs link names to topic pages; the link must not change the text.
    for (const QString &name : story.linkedNames) {
        const qsizetype at = body.indexOf(name);
        if (at >= 0 && layout.chance(1, 4)) {
            const QString link = u"<a href=\"/topics/"_s + name.toLower().replace(u' ', u'-') + u"\">"_s + name +
                                 u"</a>"_s;
            body.replace(at, name.size(), link);
        }
    }
    if (first) {
        const QString dateline = escaped(story.dateline, entities);
        body = (layout.chance(1, 2) ? u"<span class=\"dateline\">"_s + dateline + u"</span>"_s : dateline) + body;
    }
    return u"<p>"_s + body + u"</p>"_s;
}

} // namespace

// A complete article page: head metadata in the three common vocabularies (meta, Open Graph,
// JSON-LD), then navigation, widgets, the article with a photo, related links and a footer.
QString renderHtml(const Story &story)
{
    Prng layout(story.layoutSeed);
    const Entities entities = std::array{Entities::Utf8, Entities::Named, Entities::Numeric}.at(
        layout.weighted(std::array{5, 3, 2}));
    const QString date = story.published.toString(u"yyyy/MM/dd"_s);
    const QString url = u"https://www."_s + story.domain + u'/' + date + u'/' + story.slug + u".html"_s;
    const QString author = story.authors.isEmpty() ? (story.agency.isEmpty() ? story.outlet : story.agency)
                                                   : story.authors.join(u", "_s);
    const QString stamp = isoTimestamp(story);
    const QString title = escaped(story.title);
    const QString titleAttribute = escaped(story.title, Entities::Utf8, true);

    QStringList lines;
    lines << u"<!DOCTYPE html>"_s << u"<html lang=\"en\">"_s << u"<head>"_s << u"<meta charset=\"utf-8\">"_s;
    lines << u"<title>"_s + title + u" | "_s + escaped(story.outlet) + u"</title>"_s;
    lines << u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s;
    lines << u"<meta name=\"author\" content=\""_s + escaped(author, Entities::Utf8, true) + u"\">"_s;
    lines << u"<meta property=\"og:title\" content=\""_s + titleAttribute + u"\">"_s;
    lines << u"<meta property=\"og:type\" content=\"article\">"_s;
    lines << u"<meta property=\"og:site_name\" content=\""_s + escaped(story.outlet) + u"\">"_s;
    lines << u"<meta property=\"article:published_time\" content=\""_s + stamp + u"\">"_s;
    lines << u"<meta property=\"article:section\" content=\""_s + escaped(story.section) + u"\">"_s;
    lines << u"<link rel=\"canonical\" href=\""_s + url + u"\">"_s;
    lines << u"<link rel=\"stylesheet\" href=\"/static/site.css?v=3&amp;t=article\">"_s;
    lines << jsonLd(story, url);
    lines << u"<script>var _sl = window._sl || []; _sl.push(['page', 'article']); if (1 < 2) {}</script>"_s;
    lines << u"</head>"_s << u"<body class=\"article\">"_s;
    lines << u"<a class=\"skip\" href=\"#content\">Skip to main content</a>"_s;
    lines << u"<header class=\"masthead\"><a href=\"/\">"_s + escaped(story.outlet) + u"</a></header>"_s;
    lines << u"<nav class=\"site-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world/\">World</a></li>"
             u"<li><a href=\"/politics/\">Politics</a></li><li><a href=\"/business/\">Business &amp; Economy</a></li>"
             u"<li><a href=\"/opinion/\">Opinion</a></li></ul></nav>"_s;
    lines << u"<!-- ad slot: leaderboard -->"_s;
    lines << u"<main id=\"content\">"_s << u"<article>"_s << u"<header>"_s;
    lines << u"<p class=\"kicker\">"_s + escaped(story.section) + u"</p>"_s;
    lines << u"<h1>"_s + escaped(story.title, entities) + u"</h1>"_s;
    const QString byline = bylineText(story);
    if (!byline.isEmpty())
        lines << u"<p class=\"byline\">"_s + escaped(byline) +
                     (story.agency.isEmpty() ? QString() : u", "_s + escaped(story.agency)) + u"</p>"_s;
    lines << u"<time datetime=\""_s + stamp + u"\">"_s + DateWords::monthName(story.published.month()) + u' ' +
                 QString::number(story.published.day()) + u", "_s + QString::number(story.published.year()) +
                 u"</time>"_s;
    lines << u"</header>"_s;
    lines << u"<div class=\"tools\"><button class=\"font-smaller\">A-</button><button class=\"font-larger\">A+</button>"
             u" <a href=\"mailto:?subject=shared\">E-mail</a> | <a href=\"#print\">Print</a> | "
             u"<a href=\"#share\">Share</a></div>"_s;

    const int figureAfter = layout.chance(3, 4) ? layout.between(0, 2) : -1;
    for (int i = 0; i < story.bodyCount; ++i) {
        if (i == figureAfter) {
            lines << u"<figure class=\"photo\"><img src=\"/images/"_s + date + u'/' + story.slug +
                         u".jpg\" alt=\""_s + escaped(story.caption, Entities::Utf8, true) +
                         u"\" width=\"460\" height=\"306\"><figcaption>"_s + escaped(story.caption, entities) +
                         u" <span class=\"credit\">"_s + escaped(story.photoCredit) + u"</span></figcaption></figure>"_s;
        }
        lines << paragraphHtml(story, story.body.at(i), i == 0, entities, layout);
    }
    lines << u"</article>"_s;
    lines << u"<aside class=\"related\"><h3>Related stories</h3><ul>"_s;
    for (const QString &headline : story.related)
        lines << u"<li><a href=\"#\">"_s + escaped(headline, entities) + u"</a></li>"_s;
    lines << u"</ul></aside>"_s << u"</main>"_s;
    lines << u"<footer><p>"_s + escaped(copyrightLine(story, layout), entities) +
                 u"</p><p><a href=\"/about/\">About us</a> | <a href=\"/terms/\">Terms &amp; Conditions</a></p></footer>"_s;
    lines << u"</body>"_s << u"</html>"_s;
    return lines.join(u'\n') + u'\n';
}

} // namespace summit::gen
