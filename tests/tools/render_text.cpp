#include "render.h"

using namespace Qt::Literals::StringLiterals;

namespace summit::gen {
namespace {

QString fontControls(Prng &layout)
{
    static const QStringList variants = {u"Text size: A- A+"_s, u"Font size: Smaller | Larger"_s,
                                         u"Decrease text Increase text"_s, u"Resize text: [-] [+]"_s};
    return layout.pick(variants);
}

QString shareWidget(Prng &layout)
{
    static const QStringList variants = {u"E-mail | Print | Share this story"_s,
                                         u"Email this article  Print this article  Share"_s,
                                         u"Share: Facebook Twitter Digg E-mail Print"_s,
                                         u"E-mail to a colleague  |  Printer-friendly version"_s};
    return layout.pick(variants);
}

} // namespace

// Plain text as it comes out of "save page as text" or a copy-paste: title first, then the
// site furniture around the story that the cleaner has to recognise and drop.
QString renderText(const Story &story)
{
    Prng layout(story.layoutSeed);
    QStringList blocks;
    blocks << story.title;

    if (layout.chance(1, 4)) {
        QString box = u"STORY HIGHLIGHTS"_s;
        for (const QString &item : story.highlights)
            box += u"\n  \u2022 "_s + item;
        blocks << box;
    }
    QString head;
    const QString byline = bylineText(story);
    if (!byline.isEmpty()) {
        head = byline;
        if (story.agency == u"AP" && story.authors.size() == 1 && layout.chance(1, 2))
            head += u", Associated Press Writer"_s;
    } else if (layout.chance(1, 3)) {
        head = u"By Staff\n|\n"_s + story.outlet;
    }
    const QString published = publishedLine(story, layout);
    head += (head.isEmpty() ? QString() : u"\n"_s) + published;
    if (layout.chance(1, 4))
        head += u'\n' + fontControls(layout);
    blocks << head;

    const int captionAfter = layout.chance(1, 2) ? layout.between(1, 2) : -1;
    for (int i = 0; i < story.bodyCount; ++i) {
        const Paragraph &p = story.body.at(i);
        blocks << (i == 0 ? story.dateline + p.text : p.text);
        if (i + 1 == captionAfter)
            blocks << story.caption + u" ("_s + story.photoCredit + u')';
    }
    if (layout.chance(2, 3)) {
        // Some scrapes glue the widget text onto the last paragraph.
        if (layout.chance(1, 3))
            blocks.last() += u' ' + shareWidget(layout);
        else
            blocks << shareWidget(layout);
    }
    if (layout.chance(1, 2)) {
        QString related = layout.chance(1, 2) ? u"Related stories:"_s : u"RELATED"_s;
        for (const QString &headline : story.related)
            related += u"\n  * "_s + headline;
        blocks << related;
    }
    if (layout.chance(3, 4))
        blocks << copyrightLine(story, layout);
    return blocks.join(u"\n\n"_s) + u'\n';
}

} // namespace summit::gen
