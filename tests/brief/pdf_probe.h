#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace summit::test {

/// What poppler-utils read back from a PDF: the text (pdftotext), the info fields (pdfinfo)
/// and the embedded images (pdfimages -list). Tests assert on these, not on our own structures.
struct PdfProbe
{
    explicit PdfProbe(const QString &path);

    QString text; ///< pdftotext -raw output (content order, so table cells stay whole), UTF-8
    QMap<QString, QString> info;  ///< pdfinfo "Key: value" lines
    int imageCount = -1;          ///< from pdfimages -list
    QString errors;               ///< anything poppler printed on stderr

    int pages() const { return info.value(QStringLiteral("Pages")).toInt(); }
    /// Text with every run of whitespace folded to one space (PDF line breaks are layout).
    QString flatText() const;
};

/// Folds whitespace runs (including line and paragraph separators) to single spaces.
QString flatten(const QString &text);

/// Citation numbers [n] in text, in order of appearance.
QList<int> citationNumbers(const QString &text);

} // namespace summit::test
