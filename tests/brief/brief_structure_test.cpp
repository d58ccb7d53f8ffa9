// The bundled corpus briefing as a reader's tools see it: its length, its outline, links and
// language (qpdf --json), and its timeline labels (pdftotext -bbox).

#include "brief/brief_loader.h"
#include "brief/briefing.h"
#include "brief_test_support.h"
#include "ingest/bundled_corpus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::test;

namespace {

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60'000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

struct Bundled
{
    Bundled() : db(dir.filePath(QStringLiteral("corpus.db")))
    {
        initialiseDatabase(db);
        content = brief::loadBriefContent(db, {});
        path = dir.filePath(QStringLiteral("corpus.pdf"));
        pages = brief::writeBriefing(brief::Briefing(content), path);
    }
    QTemporaryDir dir;
    Database db;
    brief::BriefContent content;
    QString path;
    int pages = 0;
};

// Lines of one page as pdftotext -bbox words grouped by baseline: (text, baseline y), top down.
QVector<QPair<QString, double>> bboxLines(const QString &path, int page)
{
    const QString html = QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                               {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                                QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")}));
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QMap<int, QMap<double, QString>> rows; // rounded yMax -> xMin -> word
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        rows[qRound(m.captured(3).toDouble())].insert(m.captured(1).toDouble(), m.captured(4));
    }
    QVector<QPair<QString, double>> out;
    for (auto row = rows.begin(); row != rows.end(); ++row) {
        // Labels side by side on one baseline join into one line; titles are found with contains().
        QStringList words = row->values();
        QString line = words.join(u' ');
        line.replace(QStringLiteral("&amp;"), QStringLiteral("&")).replace(QStringLiteral("&apos;"), QStringLiteral("'"));
        out.append({line, double(row.key())});
    }
    return out;
}

} // namespace

TEST_CASE("bundled briefing: at most 8 pages, with outline, links to the sources and a language", "[brief][structure]")
{
    Bundled b;
    CHECK(b.pages <= 8);
    const QJsonObject json = QJsonDocument::fromJson(run(QStringLiteral("qpdf"), {QStringLiteral("--json"), b.path})).object();

    QStringList titles;
    int eventEntries = 0;
    for (const QJsonValue &v : json.value(u"outlines").toArray()) {
        titles << v.toObject().value(u"title").toString();
        for (const QJsonValue &kid : v.toObject().value(u"kids").toArray()) {
            titles << kid.toObject().value(u"title").toString();
            ++eventEntries;
        }
    }
    for (const char *part : {"Cover", "Summary", "Timeline", "Events", "Sources"})
        CHECK(titles.contains(QString::fromLatin1(part)));
    int reported = 0;
    for (const brief::EventBrief &e : b.content.events)
        if (e.isReported()) {
            ++reported;
            CHECK(titles.contains(e.title));
        }
    CHECK(eventEntries == reported);

    // Internal links: one per printed [n], each to a page of the sources appendix.
    const QJsonObject objects = json.value(u"qpdf").toArray().at(1).toObject();
    QString catalogLang;
    int internal = 0;
    QSet<QString> targets;
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject().value(u"value").toObject();
        if (o.value(u"/Type").toString() == u"/Catalog")
            catalogLang = o.value(u"/Lang").toString();
        if (o.value(u"/Subtype").toString() == u"/Link" && o.contains(u"/Dest")) {
            ++internal;
            targets.insert(o.value(u"/Dest").toArray().at(0).toString());
        }
    }
    CHECK(catalogLang.endsWith(QStringLiteral("en")));
    const BriefText text(PdfProbe(b.path).text);
    CHECK(internal == citationNumbers(text.body).size());
    // Speakers with their office at the time; each source says what kind of report it is.
    CHECK(flatten(text.body).contains(QStringLiteral("Vladimir Putin, President of Russia")));
    for (auto it = text.appendix.begin(); it != text.appendix.end(); ++it)
        CHECK((it->contains(QStringLiteral("Original report.")) || it->contains(QStringLiteral("Republished: "))));
    CHECK(!targets.isEmpty());
    CHECK(targets.size() <= 2); // the appendix takes a page or two
}

TEST_CASE("bundled briefing: every summit in scope is labelled whole in the timeline", "[brief][structure]")
{
    Bundled b;
    // The timeline's page: the one whose text holds the figure's caption.
    int page = 0;
    for (int p = 2; p <= b.pages && page == 0; ++p)
        if (QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                                                 QString::number(p), b.path, QStringLiteral("-")}))
                .contains(QStringLiteral("Figure 1.")))
            page = p;
    REQUIRE(page > 0);
    const QVector<QPair<QString, double>> lines = bboxLines(b.path, page);
    double caption = 0;
    for (const auto &[line, y] : lines)
        if (line.startsWith(QStringLiteral("Figure 1.")))
            caption = y;
    REQUIRE(caption > 0);
    int summits = 0;
    for (const brief::EventBrief &e : b.content.events) {
        if (e.kind != u"summit")
            continue;
        ++summits;
        INFO(e.title.toStdString());
        // The label's title line stands alone above the caption, whole (not cut short).
        bool found = false;
        for (const auto &[line, y] : lines)
            found = found || (y < caption && line.contains(e.title));
        CHECK(found);
    }
    CHECK(summits >= 5);
}

TEST_CASE("bundled briefing: no text is printed twice across a page break", "[brief][structure]")
{
    Bundled b;
    auto bodyLines = [&b](int page) {
        const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                                   {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                                    QStringLiteral("-l"), QString::number(page), b.path, QStringLiteral("-")}));
        QStringList out;
        for (const QString &line : text.split(u'\n'))
            if (!line.trimmed().isEmpty() && !line.contains(QStringLiteral("Summitline briefing"))
                && !line.startsWith(b.content.title))
                out << line.simplified();
        return out;
    };
    for (int p = 2; p < b.pages; ++p) {
        const QStringList foot = bodyLines(p), head = bodyLines(p + 1);
        REQUIRE(!foot.isEmpty());
        REQUIRE(!head.isEmpty());
        INFO("page " << p << " ends: " << foot.last().toStdString());
        CHECK_FALSE(head.mid(0, 3).contains(foot.last()));
    }
}
