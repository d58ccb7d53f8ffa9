#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace summit {

/// A half-open range [start, end) of UTF-16 code units in an article's cleaned text.
/// Every extracted item carries one, so it can be traced back to the words it came from.
struct TextSpan
{
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    bool contains(int pos) const { return pos >= start && pos < end; }
    bool contains(TextSpan other) const { return other.start >= start && other.end <= end; }
    bool overlaps(TextSpan other) const { return other.start < end && start < other.end; }
    friend bool operator==(TextSpan, TextSpan) = default;
};

enum class ParagraphKind { Body, Caption, Heading };

QString paragraphKindName(ParagraphKind kind);
ParagraphKind paragraphKindFromName(const QString &name);

struct Paragraph
{
    TextSpan span;
    ParagraphKind kind = ParagraphKind::Body;
};

struct Sentence
{
    TextSpan span;
    int paragraph = 0; ///< index into ArticleText::paragraphs
};

/// The cleaned text of one article with its structure and metadata: everything the
/// extractors read. Extractors never see raw bytes or the database.
struct ArticleText
{
    QString text;
    QVector<Paragraph> paragraphs;
    QVector<Sentence> sentences;
    QString title;
    QString outlet;
    QString dateline;      ///< e.g. "MOSCOW, April 6 (RIA Novosti)"
    QString datelinePlace; ///< e.g. "MOSCOW"
    QDate published;       ///< document creation time; invalid when unknown

    QString slice(TextSpan span) const { return text.mid(span.start, span.length()); }
    /// Index of the sentence containing offset pos, or -1.
    int sentenceAt(int pos) const;
};

} // namespace summit
