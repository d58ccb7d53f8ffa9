#pragma once

#include "brief/brief_content.h"

#include <QHash>
#include <optional>

namespace summit {
class Database;
}

namespace summit::brief {

/// Reads articles on first use and keeps them: the loader asks for the same article once per
/// event it reports and once per excerpt, and the clean text is what every excerpt is cut from.
class ArticleCache final
{
public:
    explicit ArticleCache(Database &db) : m_db(db) {}

    const SourceArticle &article(qint64 id);
    /// The words at [start, end) of the article's clean text (UTF-16 offsets).
    QString slice(qint64 id, int start, int end);
    /// Id of the article's first body sentence (its lede), if any.
    std::optional<qint64> ledeSentence(qint64 id);

    const QHash<qint64, SourceArticle> &articles() const { return m_articles; }

private:
    Database &m_db;
    QHash<qint64, SourceArticle> m_articles;
    QHash<qint64, QString> m_texts;
    QHash<qint64, std::optional<qint64>> m_ledes;
};

} // namespace summit::brief
