// Scores QuoteFinder against tests/data/gold/quotes.json, written by hand from reading the seed
// articles and the quote_* test articles. Every article goes through the real import preparation
// (readArticleFile); seeds get their publication date from the corpus manifest, as on import.
// A found quote counts only with the right speaker (null in the gold = no speaker).

#include "extract/quotes/quote_finder.h"
#include "bundled_extractor.h"
#include "ingest/prepared_article.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <iostream>

using namespace summit;

namespace {

struct GoldQuote
{
    QString text;
    QString speaker;
    bool matched = false;
};

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll());
}

/// Whitespace runs to one space and curly apostrophes to straight ones, so the comparison
/// survives the cleaner's typography normalisation but nothing else.
QString normalized(const QString &s)
{
    QString out = s.simplified();
    out.replace(QChar(0x2019), u'\'');
    out.replace(QChar(0x2018), u'\'');
    return out;
}

struct Score
{
    int gold = 0;
    int found = 0;
    int matched = 0;
    double precision() const { return found ? double(matched) / found : 1.0; }
    double recall() const { return gold ? double(matched) / gold : 1.0; }
};

Score scoreFiles(const QMap<QString, QVector<GoldQuote>> &gold, bool seeds, const QHash<QString, QDate> &dates)
{
    Score score;
    for (auto it = gold.begin(); it != gold.end(); ++it) {
        const QString &file = it.key();
        const bool isSeed = dates.contains(file);
        if (isSeed != seeds)
            continue;
        ImportOverrides overrides;
        overrides.published = dates.value(file);
        const QString path = isSeed ? test::corpusDir() + u'/' + file : test::dataDir() + QStringLiteral("/articles/") + file;
        const PreparedArticle article = readArticleFile(path, overrides);
        INFO(file.toStdString());
        REQUIRE(article.text.published.isValid());

        QVector<GoldQuote> expected = it.value();
        score.gold += int(expected.size());
        for (const Quote &q : test::bundledExtractor().quotes().find(article.text)) {
            if (q.fragment)
                continue;
            ++score.found;
            bool hit = false;
            for (GoldQuote &g : expected) {
                if (!g.matched && normalized(g.text) == normalized(q.text) && g.speaker == q.speaker) {
                    g.matched = hit = true;
                    break;
                }
            }
            if (hit)
                ++score.matched;
            else
                std::cout << "  extra  " << file.toStdString() << ": [" << q.speaker.toStdString() << "] ("
                          << q.rule.toStdString() << ") " << q.text.left(70).toStdString() << "\n";
        }
        for (const GoldQuote &g : expected)
            if (!g.matched)
                std::cout << "  missed " << file.toStdString() << ": [" << g.speaker.toStdString() << "] "
                          << g.text.left(70).toStdString() << "\n";
    }
    return score;
}

} // namespace

TEST_CASE("quote gold: precision and recall with the right speaker", "[quotes][gold]")
{
    QHash<QString, QDate> seedDates;
    for (const QJsonValue &v : readJson(test::corpusDir() + QStringLiteral("/manifest.json")).array()) {
        const QJsonObject o = v.toObject();
        seedDates.insert(o.value(QLatin1String("file")).toString(),
                         QDate::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate));
    }
    REQUIRE(seedDates.size() == 5);

    QMap<QString, QVector<GoldQuote>> gold;
    for (const QJsonValue &v : readJson(test::dataDir() + QStringLiteral("/gold/quotes.json")).array()) {
        const QJsonObject o = v.toObject();
        gold[o.value(QLatin1String("file")).toString()].append(
            {o.value(QLatin1String("text")).toString(), o.value(QLatin1String("speaker")).toString()});
    }
    REQUIRE(gold.size() >= 12);

    for (const bool seeds : {true, false}) {
        const char *label = seeds ? "seeds" : "quote_* articles";
        std::cout << "Quote gold on " << label << ":\n";
        const Score s = scoreFiles(gold, seeds, seedDates);
        std::cout << "  " << label << ": gold " << s.gold << ", found " << s.found << ", matched " << s.matched
                  << ", precision " << s.precision() << ", recall " << s.recall() << "\n";
        INFO(label);
        CHECK(s.gold > 0);
        CHECK(s.precision() >= 0.95);
        CHECK(s.recall() >= 0.95);
    }
}
