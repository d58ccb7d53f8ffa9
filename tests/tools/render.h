#pragma once

#include "prng.h"
#include "story.h"

#include <QByteArray>
#include <QString>

namespace summit::gen {

/// The file bytes for the story in its format and encoding, printing story.bodyCount
/// paragraphs. Pure: the same story always gives the same bytes.
QByteArray renderStory(const Story &story);

QString renderText(const Story &story);
QString renderMarkdown(const Story &story);
QString renderHtml(const Story &story);

/// The "published" line of plain-text and Markdown copies, in one of the styles sites use.
QString publishedLine(const Story &story, Prng &layout);
/// The copyright notice at the foot of the page.
QString copyrightLine(const Story &story, Prng &layout);
/// "By Jane Doe and John Roe"; empty when the story is unsigned.
QString bylineText(const Story &story);
/// File extension for the story's format, without the dot.
QString extensionOf(Format format);

/// Windows-1252 bytes for text that only uses characters the code page has.
QByteArray toWindows1252(const QString &text);

} // namespace summit::gen
