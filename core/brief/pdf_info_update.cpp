#include "brief/pdf_info_update.h"

#include <QRegularExpression>

namespace summit::brief {

namespace {

// A PDF text string: UTF-16BE with a byte-order mark, written as hex so nothing needs escaping.
QByteArray pdfString(const QString &text)
{
    QByteArray utf16("\xFE\xFF");
    for (QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

} // namespace

QByteArray withAuthor(const QByteArray &pdf, const QString &author)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt));
    static const QRegularExpression infoRef(QStringLiteral("/Info (\\d+) 0 R"));
    static const QRegularExpression rootRef(QStringLiteral("/Root (\\d+) 0 R"));
    static const QRegularExpression size(QStringLiteral("/Size (\\d+)"));
    static const QRegularExpression startXref(QStringLiteral("startxref\\s+(\\d+)"));
    const auto info = infoRef.match(trailer), root = rootRef.match(trailer), count = size.match(trailer),
               prev = startXref.match(trailer);
    if (!info.hasMatch() || !root.hasMatch() || !count.hasMatch() || !prev.hasMatch())
        return pdf;

    const QByteArray objHeader = info.captured(1).toLatin1() + " 0 obj";
    const qsizetype objAt = pdf.indexOf("\n" + objHeader);
    const qsizetype dictStart = objAt < 0 ? -1 : pdf.indexOf("<<", objAt);
    const qsizetype objEnd = dictStart < 0 ? -1 : pdf.indexOf("endobj", dictStart);
    const qsizetype dictEnd = objEnd < 0 ? -1 : pdf.lastIndexOf(">>", objEnd);
    if (dictEnd <= dictStart || dictEnd > trailerAt)
        return pdf;
    QByteArray dict = pdf.mid(dictStart + 2, dictEnd - dictStart - 2);
    static const QRegularExpression oldAuthor(QStringLiteral("/Author\\s*(<[^>]*>|\\([^)]*\\))"));
    dict = QString::fromLatin1(dict).remove(oldAuthor).toLatin1();

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    const qsizetype objectOffset = out.size();
    out += objHeader + "\n<<" + dict + "/Author " + pdfString(author) + "\n>>\nendobj\n";
    const qsizetype xrefOffset = out.size();
    out += "xref\n" + info.captured(1).toLatin1() + " 1\n";
    out += QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + count.captured(1).toLatin1() + "\n/Info " + info.captured(1).toLatin1()
           + " 0 R\n/Root " + root.captured(1).toLatin1() + " 0 R\n/Prev " + prev.captured(1).toLatin1()
           + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

} // namespace summit::brief
