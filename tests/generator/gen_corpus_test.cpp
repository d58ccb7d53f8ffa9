// Runs the real gen_corpus binary and checks the corpus it writes: determinism, the format and
// year mix, file sizes, encodings, and that HTML pages carry parseable metadata.

#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runGenerator(const QStringList &args)
{
    QProcess process;
    process.start(summit::test::genCorpusPath(), args);
    REQUIRE(process.waitForFinished(120'000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// File name -> bytes of a generated corpus.
using Corpus = QMap<QString, QByteArray>;

Corpus generate(const QString &dir, int articles, quint64 seed)
{
    const Run run = runGenerator({u"--articles"_s, QString::number(articles), u"--seed"_s, QString::number(seed),
                                  u"--out"_s, dir});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    Corpus corpus;
    QDir d(dir);
    qint64 total = 0;
    for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        corpus.insert(name, f.readAll());
        total += corpus.value(name).size();
    }
    // The one-line summary reports what is on disk.
    CHECK(run.out.count(u'\n') == 1);
    CHECK(run.out.contains(u"wrote "_s + QString::number(articles) + u" files"_s));
    CHECK(run.out.contains(u", "_s + QString::number(total) + u" bytes"_s));
    return corpus;
}

/// One shared corpus for the read-only checks, generated once per test run.
const Corpus &sharedCorpus()
{
    static QTemporaryDir dir;
    static const Corpus corpus = generate(dir.path(), 400, 20080406);
    return corpus;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

int monthNumber(const QString &name)
{
    static const QStringList months = {u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                       u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    return int(months.indexOf(name.left(3))) + 1;
}

/// Every full date (with a year) written in the text, in the forms the generator uses.
QList<QDate> datesIn(const QString &text)
{
    static const QRegularExpression iso(u"\\b(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])"_s);
    static const QRegularExpression american(
        u"\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2}), (\\d{4})\\b"_s);
    static const QRegularExpression british(
        u"\\b(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\\d{4})\\b"_s);
    QList<QPair<qsizetype, QDate>> found;
    for (auto it = iso.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found << qMakePair(m.capturedStart(), QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }
    for (auto it = american.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found << qMakePair(m.capturedStart(),
                           QDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt()));
    }
    for (auto it = british.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found << qMakePair(m.capturedStart(),
                           QDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt()));
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QDate> dates;
    for (const auto &f : found)
        dates << f.second;
    return dates;
}

QString jsonLdOf(const QString &html)
{
    const QString open = u"<script type=\"application/ld+json\">"_s;
    const qsizetype start = html.indexOf(open);
    const qsizetype end = html.indexOf(u"</script>"_s, start);
    if (start < 0 || end < 0)
        return {};
    return html.mid(start + open.size(), end - start - open.size());
}

} // namespace

TEST_CASE("gen_corpus is byte-identical for the same seed and differs for another", "[generator]")
{
    QTemporaryDir first, second, third;
    const Corpus a = generate(first.path(), 300, 77);
    const Corpus b = generate(second.path(), 300, 77);
    REQUIRE(a.size() == 300);
    CHECK(a.keys() == b.keys());
    int identical = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        identical += b.value(it.key()) == it.value() ? 1 : 0;
    CHECK(identical == 300);

    const Corpus c = generate(third.path(), 300, 78);
    int same = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        same += c.value(it.key()) == it.value() ? 1 : 0;
    CHECK(same == 0);
}

TEST_CASE("a smaller corpus is a prefix of a larger one with the same seed", "[generator]")
{
    QTemporaryDir small;
    const Corpus prefix = generate(small.path(), 40, 20080406);
    const Corpus &full = sharedCorpus();
    REQUIRE(prefix.size() == 40);
    for (auto it = prefix.cbegin(); it != prefix.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(full.value(it.key()) == it.value());
    }
}

TEST_CASE("gen_corpus mixes formats roughly 50/20/30 with unique sequential names", "[generator]")
{
    const Corpus &corpus = sharedCorpus();
    REQUIRE(corpus.size() == 400);
    QMap<QString, int> perExtension;
    QSet<QString> stems;
    static const QRegularExpression name(u"^a(\\d{6})\\.(txt|md|html)$"_s);
    for (const QString &file : corpus.keys()) {
        const auto m = name.match(file);
        INFO(file.toStdString());
        REQUIRE(m.hasMatch());
        stems.insert(m.captured(1));
        ++perExtension[m.captured(2)];
    }
    CHECK(stems.size() == 400);
    CHECK(stems.contains(u"000000"_s));
    CHECK(stems.contains(u"000399"_s));
    CHECK(perExtension.value(u"txt"_s) >= 170);
    CHECK(perExtension.value(u"txt"_s) <= 230);
    CHECK(perExtension.value(u"md"_s) >= 55);
    CHECK(perExtension.value(u"md"_s) <= 105);
    CHECK(perExtension.value(u"html"_s) >= 95);
    CHECK(perExtension.value(u"html"_s) <= 145);
}

TEST_CASE("every article is dated 2001-2009 and the years are spread", "[generator]")
{
    QMap<int, int> perYear;
    for (auto it = sharedCorpus().cbegin(); it != sharedCorpus().cend(); ++it) {
        INFO(it.key().toStdString());
        // Dates are ASCII, so Latin-1 reads them from UTF-8 and Windows-1252 files alike.
        const QString text = QString::fromLatin1(it.value());
        const QList<QDate> dates = datesIn(text);
        REQUIRE_FALSE(dates.isEmpty());
        for (const QDate &d : dates) {
            INFO(d.toString(Qt::ISODate).toStdString());
            CHECK(d.isValid());
            CHECK(d.year() >= 2001);
            CHECK(d.year() <= 2009);
        }
        // The first date is the publication date (HTML meta or the published line).
        ++perYear[dates.first().year()];
    }
    CHECK(perYear.size() == 9);
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it)
        CHECK(it.value() >= 15);
}

TEST_CASE("article files are 1.5-8 KB and text decodes as UTF-8 or Windows-1252", "[generator]")
{
    int windows1252 = 0;
    for (auto it = sharedCorpus().cbegin(); it != sharedCorpus().cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value().size() >= 1536);
        CHECK(it.value().size() <= 8192);
        if (isUtf8(it.value()))
            continue;
        ++windows1252;
        CHECK(it.key().endsWith(u".txt"_s));
        // Curly quotes as the single bytes 0x93/0x94, and Windows line ends.
        CHECK((it.value().contains('\x93') && it.value().contains('\x94')));
        CHECK(it.value().contains("\r\n"));
    }
    CHECK(windows1252 >= 2);
    CHECK(windows1252 <= 20);
}

TEST_CASE("HTML articles are complete documents with parseable metadata", "[generator]")
{
    static const QRegularExpression publishedMeta(
        u"<meta property=\"article:published_time\" content=\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z)\">"_s);
    static const QRegularExpression bareAmpersand(u"&(?![a-zA-Z]+;|#\\d+;)"_s);
    static const QRegularExpression scriptBlock(u"<script[^>]*>.*?</script>"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
    int pages = 0, figures = 0;
    for (auto it = sharedCorpus().cbegin(); it != sharedCorpus().cend(); ++it) {
        if (!it.key().endsWith(u".html"_s))
            continue;
        ++pages;
        INFO(it.key().toStdString());
        REQUIRE(isUtf8(it.value()));
        const QString html = QString::fromUtf8(it.value());
        CHECK(html.startsWith(u"<!DOCTYPE html>"_s));
        CHECK(html.contains(u"<html"_s));
        CHECK(html.trimmed().endsWith(u"</html>"_s));
        CHECK(html.contains(u"<title>"_s));
        CHECK(html.contains(u"<meta name=\"author\" content=\""_s));
        CHECK(html.contains(u"<meta property=\"og:title\" content=\""_s));
        CHECK(html.contains(u"<nav"_s));
        CHECK(html.contains(u"<footer>"_s));
        CHECK(html.count(u"<p>"_s) >= 4);
        figures += html.contains(u"<figcaption>"_s) ? 1 : 0;

        const auto meta = publishedMeta.match(html);
        REQUIRE(meta.hasMatch());
        CHECK(html.contains(u"<time datetime=\""_s + meta.captured(1) + u"\">"_s));

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(jsonLdOf(html).toUtf8(), &error);
        INFO(error.errorString().toStdString());
        REQUIRE(doc.isObject());
        const QJsonObject ld = doc.object();
        CHECK(ld.value(u"@type"_s).toString() == u"NewsArticle"_s);
        CHECK(ld.value(u"datePublished"_s).toString() == meta.captured(1));
        CHECK_FALSE(ld.value(u"headline"_s).toString().isEmpty());

        // Outside scripts every '&' starts an entity.
        QString markup = html;
        markup.remove(scriptBlock);
        CHECK_FALSE(bareAmpersand.match(markup).hasMatch());
    }
    CHECK(pages > 0);
    CHECK(figures > pages / 2);
}

TEST_CASE("the corpus exercises datelines, attributions, dates and boilerplate", "[generator]")
{
    QString all;
    for (auto it = sharedCorpus().cbegin(); it != sharedCorpus().cend(); ++it) {
        if (isUtf8(it.value()))
            all += QString::fromUtf8(it.value()) + u'\n';
    }
    const auto occurs = [&all](const QString &pattern) {
        return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(all).hasMatch();
    };
    // Dateline styles.
    CHECK(occurs(u"^[A-Z][A-Z. ,a-z]* \\((AP|AFP)\\) (--|\u2014) "_s));
    CHECK(occurs(u"[A-Z]+, [A-Z][a-z]+ \\d{1,2} \\((Reuters|RIA Novosti)\\) - "_s));
    CHECK(occurs(u"^[A-Z][a-z]+ \\([A-Z][a-z ]+\\), [A-Z][a-z]+ \\d{1,2}: "_s));
    CHECK(occurs(u"^[A-Z][A-Z. ]+ \u2014 "_s));
    // Attributions after, before, around the quote; pronouns; unnamed sources; curly marks.
    CHECK(occurs(u",\" [A-Z][a-z]+ said\\."_s));
    CHECK(occurs(u"said [A-Z][a-z]+\\.(\\s|$)"_s));
    CHECK(occurs(u"[A-Z][a-z]+ said: \u201C"_s));
    CHECK(occurs(u",\u201D (he|she) said, \u201C[a-z]"_s));
    CHECK(occurs(u"a senior (administration |U\\.S\\. )?official said"_s));
    CHECK(occurs(u"''[A-Z]"_s));
    // Relative and absolute dates.
    for (const QString &phrase : {u"last month"_s, u"earlier this month"_s, u"next week"_s, u"on Tuesday"_s})
        CHECK(all.contains(phrase));
    CHECK(occurs(u"next (January|February|March|April|May|June|July|August|September|October|November|December)"_s));
    CHECK(occurs(u"this (spring|summer|fall|winter)"_s));
    CHECK(occurs(u"(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}-\\d{1,2}"_s));
    // People and boilerplate.
    for (const QString &name : {u"Bush"_s, u"Putin"_s, u"Lavrov"_s, u"Rice"_s, u"Medvedev"_s, u"Gates"_s})
        CHECK(all.contains(name));
    CHECK(occurs(u"^By [A-Z][a-z]+ [A-Z]"_s));
    CHECK(occurs(u"\\[[^\\]]+\\]\\(#\\)"_s));
    CHECK(all.contains(u"All rights reserved."_s));
    CHECK(occurs(u"Related stories"_s));
}

TEST_CASE("gen_corpus --help exits 0 and bad arguments exit 2", "[generator]")
{
    const Run help = runGenerator({u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"Usage: gen_corpus"_s));

    QTemporaryDir dir;
    CHECK(runGenerator({u"--bogus"_s}).exitCode == 2);
    CHECK(runGenerator({}).exitCode == 2);
    CHECK(runGenerator({u"--articles"_s, u"10"_s, u"--seed"_s, u"1"_s}).exitCode == 2);
    CHECK(runGenerator({u"--articles"_s, u"0"_s, u"--seed"_s, u"1"_s, u"--out"_s, dir.path()}).exitCode == 2);
    CHECK(runGenerator({u"--articles"_s, u"ten"_s, u"--seed"_s, u"1"_s, u"--out"_s, dir.path()}).exitCode == 2);
    CHECK(runGenerator({u"--articles"_s, u"3"_s, u"--seed"_s, u"-4"_s, u"--out"_s, dir.path()}).exitCode == 2);
    const Run bad = runGenerator({u"--articles"_s, u"10"_s, u"--seed"_s});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"Usage: gen_corpus"_s));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}
