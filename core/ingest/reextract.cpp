#include "ingest/reextract.h"

#include "extract/extractor.h"
#include "ingest/article_writer.h"
#include "store/database.h"
#include "store/statement.h"

namespace summit {

ArticleText loadArticleText(Database &db, qint64 articleId)
{
    ArticleText t;
    Statement a(db, "SELECT clean_text, title, outlet, dateline, dateline_place, published FROM articles WHERE id = ?");
    a.bind(1, articleId);
    if (!a.step())
        throw StoreError(QStringLiteral("There is no article %1").arg(articleId));
    t.text = a.text(0);
    t.title = a.text(1);
    t.outlet = a.text(2);
    t.dateline = a.text(3);
    t.datelinePlace = a.text(4);
    t.published = QDate::fromString(a.text(5), Qt::ISODate);

    QHash<qint64, int> paragraphIndex;
    Statement p(db, "SELECT id, kind, start, end FROM paragraphs WHERE article_id = ? ORDER BY ord");
    p.bind(1, articleId);
    while (p.step()) {
        paragraphIndex.insert(p.int64(0), int(t.paragraphs.size()));
        t.paragraphs.append({{p.integer(2), p.integer(3)}, paragraphKindFromName(p.text(1))});
    }
    Statement s(db, "SELECT paragraph_id, start, end FROM sentences WHERE article_id = ? ORDER BY ord");
    s.bind(1, articleId);
    while (s.step())
        t.sentences.append({{s.integer(1), s.integer(2)}, paragraphIndex.value(s.int64(0))});
    return t;
}

void reextractArticle(Database &db, qint64 articleId)
{
    reextractArticle(db, articleId, Knowledge::bundled());
}

void reextractArticle(Database &db, qint64 articleId, const Knowledge &knowledge)
{
    Transaction tx(db);
    rewriteArticleExtraction(db, articleId, knowledge);
    tx.commit();
}

void rewriteArticleExtraction(Database &db, qint64 articleId)
{
    rewriteArticleExtraction(db, articleId, Knowledge::bundled());
}

void rewriteArticleExtraction(Database &db, qint64 articleId, const Knowledge &knowledge)
{
    const ArticleText text = loadArticleText(db, articleId);
    const Extraction extraction = Extractor(knowledge).run(text);
    ArticleWriter(db).rewriteExtraction(articleId, extraction);
}

} // namespace summit
