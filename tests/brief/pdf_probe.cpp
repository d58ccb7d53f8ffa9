#include "pdf_probe.h"

#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace summit::test {

namespace {

QString run(const QString &program, const QStringList &args, QString *errors)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    *errors += QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

PdfProbe::PdfProbe(const QString &path)
{
    text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")},
               &errors);
    const QString infoText = run(QStringLiteral("pdfinfo"), {path}, &errors);
    for (const QString &line : infoText.split(u'\n')) {
        const int colon = int(line.indexOf(u':'));
        if (colon > 0)
            info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}, &errors)
                                   .split(u'\n', Qt::SkipEmptyParts);
    imageCount = int(images.size()) - 2; // two header lines
}

QString PdfProbe::flatText() const { return flatten(text); }

QString flatten(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\u2028\u2029\u00a0]+"));
    return QString(text).replace(spaces, QStringLiteral(" ")).trimmed();
}

QList<int> citationNumbers(const QString &text)
{
    static const QRegularExpression cite(QStringLiteral("\\[(\\d+)\\]"));
    QList<int> out;
    for (auto it = cite.globalMatch(text); it.hasNext();)
        out << it.next().captured(1).toInt();
    return out;
}

} // namespace summit::test
