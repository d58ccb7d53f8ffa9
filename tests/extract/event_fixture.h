#pragma once

// Helpers for the entity and event tests: literal articles, hand-made dates, seed articles read
// through the real import preparation, and the whole tag -> timex -> link chain.

#include "extract/entities/entity_tagger.h"
#include "bundled_extractor.h"
#include "extract/events/event_linker.h"
#include "extract/timex/timex_tagger.h"
#include "ingest/prepared_article.h"
#include "test_paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::test {

/// One paragraph per blank-line block; sentences split after ". " (enough for literal texts).
inline ArticleText literalArticle(const QString &text, QDate published, const QString &dateline = {},
                                  const QString &datelinePlace = {})
{
    ArticleText a;
    a.text = text;
    a.published = published;
    a.dateline = dateline;
    a.datelinePlace = datelinePlace;
    a.paragraphs.append({TextSpan{0, int(text.size())}, ParagraphKind::Body});
    int start = 0;
    for (qsizetype at = text.indexOf(QLatin1String(". ")); at >= 0;
         at = text.indexOf(QLatin1String(". "), at + 2)) {
        a.sentences.append({TextSpan{start, int(at + 1)}, 0});
        start = int(at + 2);
    }
    if (start < text.size())
        a.sentences.append({TextSpan{start, int(text.size())}, 0});
    return a;
}

/// A hand-made Timex for the first occurrence of expression in the article.
inline Timex handTimex(const ArticleText &a, const QString &expression, QDate begin, QDate end,
                       const QString &value)
{
    Timex t;
    const int at = int(a.text.indexOf(expression));
    t.span = {at, at + int(expression.size())};
    t.sentence = a.sentenceAt(at);
    t.text = expression;
    t.value = value;
    t.begin = begin;
    t.end = end;
    t.granularity = begin == end ? QStringLiteral("day") : QStringLiteral("month");
    return t;
}

/// Manifest overrides (resources/corpus/manifest.json) for a seed file name.
inline ImportOverrides manifestOverrides(const QString &fileName)
{
    QFile file(corpusDir() + QStringLiteral("/manifest.json"));
    ImportOverrides o;
    if (!file.open(QIODevice::ReadOnly))
        return o;
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        if (row.value(QLatin1String("file")).toString() != fileName)
            continue;
        o.published = QDate::fromString(row.value(QLatin1String("published")).toString(), Qt::ISODate);
        o.outlet = row.value(QLatin1String("outlet")).toString();
        o.title = row.value(QLatin1String("title")).toString();
        o.url = row.value(QLatin1String("url")).toString();
        o.dateline = row.value(QLatin1String("dateline")).toString();
    }
    return o;
}

inline ArticleText seedArticle(const QString &prefix)
{
    for (const QString &path : seedFiles()) {
        const QString name = path.section(QLatin1Char('/'), -1);
        if (name.startsWith(prefix))
            return readArticleFile(path, manifestOverrides(name)).text;
    }
    return {};
}

inline ArticleText testArticle(const QString &fileName, QDate published)
{
    ImportOverrides o;
    o.published = published;
    return readArticleFile(dataDir() + QStringLiteral("/articles/") + fileName, o).text;
}

struct Analysis
{
    ArticleText article;
    QVector<Timex> timexes;
    QVector<Mention> mentions;
    EventLinking linking;

    QVector<EventLink> linksTo(const QString &slug) const
    {
        QVector<EventLink> out;
        for (const EventLink &l : linking.links)
            if (l.eventSlug == slug)
                out.append(l);
        return out;
    }
    QVector<Note> notesBy(const QString &rule) const
    {
        QVector<Note> out;
        for (const Note &n : linking.notes)
            if (n.rule == rule)
                out.append(n);
        return out;
    }
    QString sentenceText(int s) const { return article.slice(article.sentences.at(s).span); }
};

inline const TimexTagger &timexTagger()
{
    static const TimexTagger tagger = *Knowledge::bundled().dates;
    return tagger;
}

/// Runs the real chain: timexes, mentions, links.
inline Analysis analyze(const ArticleText &article)
{
    Analysis a;
    a.article = article;
    a.timexes = timexTagger().tag(article);
    a.mentions = test::bundledExtractor().entities().tag(article);
    a.linking = test::bundledExtractor().events().link(article, a.timexes, a.mentions);
    return a;
}

} // namespace summit::test
