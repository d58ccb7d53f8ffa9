#include "render.h"

using namespace Qt::Literals::StringLiterals;

namespace summit::gen {

// Markdown as produced by HTML-to-Markdown converters: link residue like [Outlet](#), tag
// lines, share links, and headings only sometimes.
QString renderMarkdown(const Story &story)
{
    Prng layout(story.layoutSeed);
    QStringList blocks;
    switch (layout.below(3)) {
    case 0:
        blocks << u"# "_s + story.title;
        break;
    case 1:
        blocks << story.title + u'\n' + QString(story.title.size(), u'=');
        break;
    default:
        blocks << story.title;
        break;
    }

    if (!story.authors.isEmpty()) {
        QString byline = u"By "_s;
        for (int i = 0; i < story.authors.size(); ++i) {
            if (i > 0)
                byline += i + 1 == story.authors.size() ? u" and "_s : u", "_s;
            byline += layout.chance(1, 2) ? u'[' + story.authors.at(i) + u"](#)"_s : story.authors.at(i);
        }
        blocks << byline;
    } else {
        blocks << u"By ["_s + story.outlet + u"](#)"_s;
    }
    blocks << publishedLine(story, layout);
    if (layout.chance(1, 2)) {
        QStringList tags;
        tags << u"Region: ["_s + story.tags.first() + u"](#)"_s;
        if (story.tags.size() > 1)
            tags << u"Theme: ["_s + story.tags.last() + u"](#)"_s;
        blocks << tags.join(u"\n\n"_s);
    }
    if (layout.chance(1, 2))
        blocks << u"[Share](#) | [E-mail](#) | [Print](#) | [A-](#) [A+](#)"_s;

    const int captionAfter = layout.chance(1, 2) ? layout.between(1, 2) : -1;
    for (int i = 0; i < story.bodyCount; ++i) {
        const Paragraph &p = story.body.at(i);
        if (p.subhead)
            blocks << u"## "_s + p.text;
        else
            blocks << (i == 0 ? story.dateline + p.text : p.text);
        if (i + 1 == captionAfter) {
            blocks << (layout.chance(1, 2) ? u"![Photo](#)\n\n*"_s + story.caption + u"* ("_s + story.photoCredit + u')'
                                           : u"!["_s + story.caption + u"](#)"_s);
        }
    }
    blocks << u"---"_s;
    if (layout.chance(2, 3)) {
        QString related = u"**Related stories**\n"_s;
        for (const QString &headline : story.related)
            related += u"\n- ["_s + headline + u"](#)"_s;
        blocks << related;
    }
    blocks << u"["_s + story.outlet + u"](#) | [About](#) | [Contact](#)"_s;
    blocks << copyrightLine(story, layout);
    return blocks.join(u"\n\n"_s) + u'\n';
}

} // namespace summit::gen
