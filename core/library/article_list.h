#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace summit::library {

/// One row of the articles list (the app's Articles panel and `summitline-cli articles`).
struct ArticleSummary
{
    qint64 id = 0;
    QString source; ///< file name as imported
    QString title;  ///< the found title, or the file name when titleIsFileName
    bool titleIsFileName = false;
    QString outlet;
    QString republisher; ///< the site that ran an agency's copy
    QDate published;     ///< invalid: the article needs a date
    QString publishedSource;
    QString dateline;
    QString url;
    QString sha256;
    QString byline;
    QString encoding;
    QString format;
    QString metadataSources; ///< JSON array of {field, value, source, rule}
    int paragraphs = 0;
    int sentences = 0;
    int words = 0;
    int quotes = 0; ///< quotes that are not fragments
    int events = 0; ///< distinct events the article reports or mentions
    bool needsDate() const { return !published.isValid(); }
};

/// What the articles list is narrowed to. The rule lives here so the panel's proxy only
/// delegates and the CLI's --needs-date means the same thing.
struct ArticleListFilter
{
    QString text;           ///< every word in the title, outlet, republisher or file name
    bool needsDateOnly = false;

    bool matches(const ArticleSummary &article) const;
};

} // namespace summit::library
