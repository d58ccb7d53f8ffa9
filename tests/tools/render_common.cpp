#include "render.h"

#include "date_words.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace summit::gen {
namespace {

QString twoDigits(int n) { return QString::number(n).rightJustified(2, u'0'); }

QString clock12(const Story &story, bool dotted)
{
    const int h = story.hour % 12 == 0 ? 12 : story.hour % 12;
    const bool pm = story.hour >= 12;
    if (dotted)
        return QString::number(h) + u':' + twoDigits(story.minute) + (pm ? u" p.m."_s : u" a.m."_s);
    return QString::number(h) + u':' + twoDigits(story.minute) + (pm ? u"pm"_s : u"am"_s);
}

} // namespace

QString extensionOf(Format format)
{
    switch (format) {
    case Format::Text:
        return u"txt"_s;
    case Format::Markdown:
        return u"md"_s;
    case Format::Html:
        return u"html"_s;
    }
    return {};
}

QString publishedLine(const Story &story, Prng &layout)
{
    const QDate d = story.published;
    const QString month = DateWords::monthName(d.month());
    const QString day = QString::number(d.day());
    const QString year = QString::number(d.year());
    switch (layout.below(7)) {
    case 0:
        return month + u' ' + day + u", "_s + year;
    case 1:
        return u"Published: "_s + month + u' ' + day + u", "_s + year;
    case 2:
        return story.outlet + u", "_s + month + u' ' + twoDigits(d.day()) + u", "_s + year;
    case 3:
        return day + u' ' + month + u' ' + year;
    case 4:
        return DateWords::shortWeekday(d.dayOfWeek()) + u' ' + month.left(3) + u' ' + day + u", "_s + year + u' ' +
               clock12(story, false) + u" EDT"_s;
    case 5:
        return u"Posted on "_s + d.toString(Qt::ISODate) + u' ' + twoDigits(story.hour) + u':' +
               twoDigits(story.minute);
    default:
        return u"Updated "_s + clock12(story, true) + u" ET, "_s + DateWords::weekdayName(d.dayOfWeek()) + u' ' +
               month + u' ' + day + u", "_s + year;
    }
}

QString copyrightLine(const Story &story, Prng &layout)
{
    const QString year = QString::number(story.published.year());
    const QString holder = story.agency.isEmpty() || layout.chance(1, 2) ? story.outlet : story.agency;
    switch (layout.below(3)) {
    case 0:
        return u"Copyright "_s + year + u' ' + holder + u". All rights reserved."_s;
    case 1:
        return u"\u00A9 "_s + year + u' ' + holder +
               u". All rights reserved. This material may not be republished without permission."_s;
    default:
        return u"\u00A9 Copyright "_s + holder + u' ' + year + u". Terms of use | Privacy policy"_s;
    }
}

QString bylineText(const Story &story)
{
    if (story.authors.isEmpty())
        return {};
    QString names = story.authors.first();
    for (int i = 1; i < story.authors.size(); ++i)
        names += (i + 1 == story.authors.size() ? u" and "_s : u", "_s) + story.authors.at(i);
    return u"By "_s + names;
}

QByteArray renderStory(const Story &story)
{
    switch (story.format) {
    case Format::Text: {
        const QString text = renderText(story);
        if (!story.windows1252)
            return text.toUtf8();
        // Files saved on Windows: the code page and CRLF line ends come together.
        return toWindows1252(QString(text).replace(u"\n"_s, u"\r\n"_s));
    }
    case Format::Markdown:
        return renderMarkdown(story).toUtf8();
    case Format::Html:
        return renderHtml(story).toUtf8();
    }
    return {};
}

QByteArray toWindows1252(const QString &text)
{
    // Code points of 0x80-0x9F in Windows-1252; the rest of 0xA0-0xFF is Latin-1.
    static constexpr std::array<char16_t, 32> high = {
        u'\u20AC', 0,        u'\u201A', u'\u0192', u'\u201E', u'\u2026', u'\u2020', u'\u2021',
        u'\u02C6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', 0,        u'\u017D', 0,
        0,         u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022', u'\u2013', u'\u2014',
        u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', 0,        u'\u017E', u'\u0178'};
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out += char(u);
            continue;
        }
        char byte = '?';
        for (int i = 0; i < int(high.size()); ++i) {
            if (high.at(i) != 0 && high.at(i) == u)
                byte = char(0x80 + i);
        }
        out += byte;
    }
    return out;
}

} // namespace summit::gen
