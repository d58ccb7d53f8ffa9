#pragma once

#include "brief/brief_content.h"
#include "brief/brief_style.h"
#include "brief/citation_registry.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace summit::brief {

/// Character-format properties marking where the PDF's internal links start and land: the
/// value is the source's number n.
inline constexpr int CitationProperty = QTextFormat::UserProperty + 1;   ///< a "[n]" in the text
inline constexpr int SourceEntryProperty = QTextFormat::UserProperty + 2; ///< source n's entry label
/// A table format property: the table is never split across pages (fact boxes).
inline constexpr int KeepTogetherProperty = QTextFormat::UserProperty + 3;

/// A heading the PDF outline lists: level 0 for parts, 1 for events.
struct OutlineMark
{
    QString title;
    int level = 0;
    int block = 0;
};

/// How a table is drawn: ruled grid with a shaded header, shaded box, or no decoration.
enum class TableLook { Grid, Shaded, Plain };

/// How tightly a table sets its text. Compact tables (the one-page summary) use a fixed line
/// pitch of 125% of the font size and thin vertical padding; Regular keeps the fonts' own leading.
enum class TableDensity { Regular, Compact };

/// Appends styled blocks, runs, tables and citations to the briefing's QTextDocument. Every
/// piece of article text goes in through QTextCursor::insertText, never as HTML, so markup in
/// an article prints literally and cannot change the layout.
class DocWriter final
{
public:
    DocWriter(QTextDocument &doc, const BriefStyle &style, CitationRegistry &citations,
              const QHash<qint64, SourceArticle> &articles);
    Q_DISABLE_COPY_MOVE(DocWriter)

    QTextCursor &cursor() { return m_cursor; }
    /// The part and event headings written so far, for the PDF outline.
    const QVector<OutlineMark> &outline() const { return m_outline; }
    const BriefStyle &style() const { return m_style; }
    const SourceArticle &article(qint64 id) const;

    // Blocks. Each starts a new paragraph; headings return their block number so the
    // composer can find their pages and keep them with what follows.
    int heading1(const QString &text, bool newPage);
    int heading2(const QString &text);
    int heading3(const QString &text);
    void bodyParagraph(qreal leftIndentPt = 0);
    void smallParagraph(qreal leftIndentPt = 0);

    // Runs in the current block.
    void text(const QString &text) { m_cursor.insertText(text, bodyFormat()); }
    void text(const QString &text, const QTextCharFormat &format) { m_cursor.insertText(text, format); }
    /// " [n]" for the article, numbering it on first use.
    void cite(qint64 articleId);
    /// A sentence, or “quoted words” with the speaker, followed by its citation.
    void excerpt(const Excerpt &excerpt);
    /// A clickable web link when the URL is http(s), plain text otherwise.
    void link(const QString &url);

    /// A table with the given column widths in percent; the cursor ends after it via endTable().
    QTextTable *table(int rows, const QVector<qreal> &percentWidths, TableLook look, int headerRows,
                      TableDensity density = TableDensity::Regular);
    /// Moves the cursor into a cell, with a block format fit for table text and its density.
    void enterCell(QTextTable *table, int row, int column, bool header = false);
    void endTable();

    QTextCharFormat bodyFormat() const;
    QTextCharFormat italicFormat() const;
    QTextCharFormat strongFormat() const;
    QTextCharFormat smallFormat() const;
    QTextCharFormat smallStrongFormat() const;
    QTextCharFormat mutedFormat() const;
    QTextCharFormat labelFormat(const QColor &color) const;
    /// Sans labels of compact tables: 8.5 pt, the smallest size the summary may use.
    QTextCharFormat compactStrongFormat(const QColor &color = BriefStyle::ink()) const;
    QTextCharFormat compactMutedFormat() const;

private:
    void newBlock(const QTextBlockFormat &format);

    const BriefStyle &m_style;
    CitationRegistry &m_citations;
    const QHash<qint64, SourceArticle> &m_articles;
    QTextCursor m_cursor;
    bool m_empty = true;
    QVector<OutlineMark> m_outline;
};

} // namespace summit::brief
