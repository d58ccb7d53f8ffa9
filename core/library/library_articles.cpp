// Article reading and metadata edits of Library; raw-text decoding and citations.
#include "ingest/decoder.h"
#include "ingest/prepared_article.h"
#include "library/library.h"
#include "store/database.h"
#include "store/statement.h"

#include <QLocale>

namespace summit::library {

std::optional<ArticleRecord> Library::article(qint64 id) const
{
    Statement st(m_db, "SELECT id, source, title, outlet, byline, dateline, published, url, "
                       "clean_text, raw, encoding, offset_map FROM articles WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    ArticleRecord a;
    a.id = st.int64(0);
    a.source = st.text(1);
    a.title = st.text(2);
    a.outlet = st.text(3);
    a.byline = st.text(4);
    a.dateline = st.text(5);
    a.published = QDate::fromString(st.text(6), Qt::ISODate);
    a.url = st.text(7);
    a.cleanText = st.text(8);
    a.raw = st.blob(9);
    a.encoding = st.text(10);
    a.offsetMap = st.blob(11);
    return a;
}

QVector<UndatedArticle> Library::articlesNeedingDate() const
{
    QVector<UndatedArticle> out;
    Statement st(m_db, "SELECT id, title, source, outlet FROM articles WHERE published IS NULL ORDER BY id");
    while (st.step())
        out.append({st.int64(0), st.text(1).isEmpty() ? st.text(2) : st.text(1), st.text(2), st.text(3)});
    return out;
}

std::optional<ArticleMetadata> Library::metadata(qint64 articleId) const
{
    Statement st(m_db, "SELECT title, outlet, published FROM articles WHERE id = ?");
    st.bind(1, articleId);
    if (!st.step())
        return std::nullopt;
    return ArticleMetadata{st.text(0), st.text(1), QDate::fromString(st.text(2), Qt::ISODate)};
}

void Library::setMetadata(qint64 articleId, const ArticleMetadata &metadata)
{
    Statement st(m_db, "UPDATE articles SET title = ?, outlet = ?, published = ?, "
                       "published_source = 'user', title_is_file_name = 0 WHERE id = ?");
    st.bind(1, metadata.title);
    st.bind(2, metadata.outlet);
    st.bind(3, metadata.published.isValid() ? metadata.published.toString(Qt::ISODate) : QString());
    st.bind(4, articleId);
    st.run();
}

QString decodeRaw(const QByteArray &raw, const QString &encoding)
{
    // The import's own decoder, so raw offsets count in exactly the same text. It picks the
    // same encoding again from the same bytes; the stored name is a cross-check only.
    Q_UNUSED(encoding);
    try {
        return decodeArticleBytes(raw, QString()).text;
    } catch (const ImportError &) {
        return QString::fromUtf8(raw);
    }
}

RawSpan toRawSpan(const ArticleRecord &article, int cleanStart, int cleanEnd)
{
    const OffsetMap map = OffsetMap::deserialize(article.offsetMap);
    return RawSpan{map.toRaw(cleanStart), map.toRaw(cleanEnd)};
}

QString citation(const ArticleRecord &article, const QString &quotedWords)
{
    QStringList parts;
    if (!article.outlet.isEmpty())
        parts << article.outlet;
    if (!article.title.isEmpty())
        parts << QStringLiteral("“%1”").arg(article.title);
    if (article.published.isValid())
        parts << QLocale::c().toString(article.published, QStringLiteral("d MMMM yyyy"));
    if (!article.url.isEmpty())
        parts << article.url;
    QString out = parts.join(QStringLiteral(", "));
    if (!quotedWords.isEmpty())
        out += QStringLiteral(": “%1”").arg(quotedWords.simplified());
    return out;
}

} // namespace summit::library
