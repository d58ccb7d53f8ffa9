// Scores the timex tagger against hand-written gold (tests/data/gold/timexes.json) on the seed
// articles and on the test articles, through the real import preparation (readArticleFile).

#include "timex_fixture.h"
#include "test_paths.h"

#include "ingest/prepared_article.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

using namespace summit;

namespace {

struct GoldEntry
{
    QString text;
    QString value;
    int occurrence = 1;
};

struct Score
{
    int gold = 0, dropped = 0, found = 0, correct = 0;
    double recall() const { return gold - dropped > 0 ? double(found) / (gold - dropped) : 0; }
    double accuracy() const { return found > 0 ? double(correct) / found : 0; }
};

QJsonDocument readJson(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll());
}

QHash<QString, QDate> manifestDates()
{
    QHash<QString, QDate> out;
    for (const QJsonValue &v : readJson(test::corpusDir() + QStringLiteral("/manifest.json")).array()) {
        const QJsonObject o = v.toObject();
        out.insert(o.value(QLatin1String("file")).toString(),
                   QDate::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate));
    }
    return out;
}

// Raw offset of the n-th (1-based) occurrence of text, or -1.
int nthOccurrence(const QString &haystack, const QString &text, int n)
{
    qsizetype at = -1;
    for (int k = 0; k < n; ++k) {
        at = haystack.indexOf(text, at + 1);
        if (at < 0)
            return -1;
    }
    return int(at);
}

bool insideRemoved(const PreparedArticle &p, int rawStart, int rawEnd)
{
    for (const RemovedBlock &b : p.removed)
        if (rawStart >= b.rawStart && rawEnd <= b.rawEnd)
            return true;
    return false;
}

void scoreFile(const QString &path, const QDate &published, const QVector<GoldEntry> &gold, Score &score)
{
    ImportOverrides overrides;
    overrides.published = published; // invalid for test articles: the file states its date
    const PreparedArticle p = readArticleFile(path, overrides);
    const QVector<Timex> found = test::bundledTagger().tag(p.text);
    const QString name = QFileInfo(path).fileName();
    for (const GoldEntry &g : gold) {
        ++score.gold;
        const int rawStart = nthOccurrence(p.rawText, g.text, g.occurrence);
        INFO(name.toStdString() << ": gold text not in file: " << g.text.toStdString());
        REQUIRE(rawStart >= 0);
        const int rawEnd = rawStart + int(g.text.size());
        const Timex *hit = nullptr;
        for (const Timex &t : found) {
            const int s = p.offsets.toRaw(t.span.start), e = p.offsets.toRaw(t.span.end - 1) + 1;
            // Overlap in raw offsets; or, since the offset map may drift inside an HTML text
            // node by the width of decoded entities, the same words a few characters away.
            const bool sameWords = t.text.contains(g.text) || g.text.contains(t.text);
            if ((s < rawEnd && rawStart < e) || (sameWords && std::abs(s - rawStart) <= 64)) {
                hit = &t;
                break;
            }
        }
        if (!hit && insideRemoved(p, rawStart, rawEnd)) {
            ++score.dropped;
            std::printf("  [cleaned away] %s: \"%s\"\n", qPrintable(name), qPrintable(g.text));
            continue;
        }
        if (!hit) {
            std::printf("  [missed] %s: \"%s\" (%s)\n", qPrintable(name), qPrintable(g.text), qPrintable(g.value));
            continue;
        }
        ++score.found;
        if (hit->value == g.value)
            ++score.correct;
        else
            std::printf("  [wrong] %s: \"%s\" -> %s (%s), gold %s\n", qPrintable(name), qPrintable(g.text),
                        qPrintable(hit->value), qPrintable(hit->rule), qPrintable(g.value));
    }
}

void report(const char *group, const Score &s)
{
    std::printf("timex gold %-9s: %d expressions (%d cleaned away), recall %.3f, value accuracy %.3f\n", group,
                s.gold, s.dropped, s.recall(), s.accuracy());
}

} // namespace

TEST_CASE("timex: gold values on seeds and test articles", "[timex][gold]")
{
    const QHash<QString, QDate> seeds = manifestDates();
    QMap<QString, QVector<GoldEntry>> byFile;
    for (const QJsonValue &v : readJson(test::dataDir() + QStringLiteral("/gold/timexes.json")).array()) {
        const QJsonObject o = v.toObject();
        byFile[o.value(QLatin1String("file")).toString()].append(
            {o.value(QLatin1String("text")).toString(), o.value(QLatin1String("value")).toString(),
             o.value(QLatin1String("occurrence")).toInt(1)});
    }
    Score seedScore, ownScore, quoteScore;
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
        const bool seed = seeds.contains(it.key());
        const QString path = seed ? test::corpusDir() + u'/' + it.key()
                                  : test::dataDir() + QStringLiteral("/articles/") + it.key();
        REQUIRE(QFileInfo::exists(path));
        Score &score = seed ? seedScore : it.key().startsWith(QLatin1String("timex_")) ? ownScore : quoteScore;
        scoreFile(path, seed ? seeds.value(it.key()) : QDate(), it.value(), score);
    }
    report("seeds", seedScore);
    report("timex_*", ownScore);
    if (quoteScore.gold > 0)
        report("quote_*", quoteScore);
    std::fflush(stdout);

    REQUIRE(seedScore.gold >= 30);
    REQUIRE(ownScore.gold >= 40);
    CHECK(seedScore.recall() >= 0.95);
    CHECK(seedScore.accuracy() >= 0.95);
    CHECK(ownScore.recall() >= 0.95);
    CHECK(ownScore.accuracy() >= 0.95);
    if (quoteScore.gold > 0) {
        CHECK(quoteScore.recall() >= 0.9);
        CHECK(quoteScore.accuracy() >= 0.9);
    }
    // Cleaning may drop a dateline or header line, never the body the gold is about.
    CHECK(seedScore.dropped <= seedScore.gold / 10);
}
