#pragma once

#include "ingest/prepared_article.h"

namespace summit {

/// A candidate paragraph read from a file, before the boilerplate classifier judges it.
/// `anchors` map offsets in `text` (clean) to offsets in the decoded raw text.
struct SourceBlock
{
    enum class Hint { None, Heading, Caption, ListItem, Navigation, Footer, Aside };

    QString text;
    int rawStart = 0;
    int rawEnd = 0;
    QVector<OffsetMap::Anchor> anchors;
    Hint hint = Hint::None;
    bool hadMarkdownLinks = false;
    int linkTextLength = 0; ///< characters of text that came from link labels

    /// Appends a piece of clean text that came from rawOffset in the raw text.
    void append(const QString &piece, int rawOffset)
    {
        if (piece.isEmpty())
            return;
        anchors.append({int(text.size()), rawOffset});
        text += piece;
    }
};

/// Splits plain text or markdown into blocks: one per line, with hard-wrapped prose lines
/// joined, markdown headings, bullets and inline links reduced to their text.
QVector<SourceBlock> readTextBlocks(const QString &raw, bool markdown);

/// Parses HTML with gumbo into blocks (p, headings, list items, figcaptions, ...), skipping
/// script and style, and tags blocks inside nav/header/footer/aside.
struct HtmlMetadata
{
    QString title;
    QString author;
    QString publisher;
    QString published; ///< as found (ISO-like), parsed later
    QString url;
    QString siteFromTitle; ///< "Site" of a <title> "Headline - Site", split off the title
    QString titleTag;      ///< which tag gave the title
    QString publishedTag;  ///< which tag gave the date
    QString publisherTag;  ///< which tag gave the publisher
};
/// Pages nested deeper than this are refused: real article pages stay far below a few hundred.
constexpr int kMaxHtmlDepth = 2000;
/// Thrown by readHtmlBlocks for a page nested deeper than kMaxHtmlDepth.
struct HtmlTooDeep
{
    int depth;
};
/// The deepest element nesting of html, from a scan of its tags (no parsing).
int htmlNestingDepth(const QByteArray &html);
QVector<SourceBlock> readHtmlBlocks(const QString &raw, HtmlMetadata *meta);

} // namespace summit
