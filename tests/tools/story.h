#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace summit::gen {

enum class Format { Text, Markdown, Html };

/// How one article writes its quotation marks; scraped news mixes all of these.
enum class QuoteMarks {
    Straight, ///< "..."
    Curly,    ///< “...”
    Mixed,    ///< curly in some paragraphs, straight in others (pasted-together copy)
    Doubled,  ///< ''...'' as some Indian wire copy does; plain text only
};

struct Paragraph
{
    QString text;
    bool subhead = false;    ///< a short section heading inside the body
    bool quoteRuns = false;  ///< a quotation continues into the next paragraph (no closing mark)
};

/// Everything an article says, before it is laid out as .txt, .md or .html.
/// Text fields are final (quote marks applied); renderers only add layout and noise.
struct Story
{
    int index = 0;
    Format format = Format::Text;
    QString title;
    QString outlet;
    QString domain;
    QString section;
    QString agency;             ///< empty for staff copy
    QStringList authors;        ///< may be empty (agency copy)
    QDate published;
    int hour = 0;
    int minute = 0;
    QString dateline;           ///< opens the first paragraph, separator included
    QVector<Paragraph> body;    ///< up to 14 candidates; the first bodyCount are printed
    int bodyCount = 0;
    QStringList highlights;
    QStringList related;
    QStringList tags;
    QString caption;
    QString photoCredit;
    QString slug;
    QStringList linkedNames;    ///< surnames a web page may turn into topic links
    QuoteMarks marks = QuoteMarks::Straight;
    bool windows1252 = false;   ///< plain text saved as Windows-1252 with CRLF line ends
    quint64 layoutSeed = 0;     ///< drives renderer choices, so re-rendering is stable

    /// Whether printing exactly `count` paragraphs ends the body cleanly (not inside a
    /// quotation that runs on, not on a subhead).
    bool canEndAt(int count) const
    {
        if (count < 1 || count > body.size())
            return false;
        const Paragraph &last = body.at(count - 1);
        return !last.subhead && !last.quoteRuns;
    }
};

} // namespace summit::gen
